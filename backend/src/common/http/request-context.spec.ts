import { describe, expect, it } from 'vitest';
import { cookieLocale, currentRequest, requestContextMiddleware, viewLocale } from './request-context.js';

describe('request context', () => {
  it('should read the page language from the lang cookie only', () => {
    expect(cookieLocale('portal_session=x; lang=en')).toBe('en');
    expect(cookieLocale('lang=it; csrf_token=y')).toBe('it');
    expect(cookieLocale('lang=fr')).toBeUndefined();
    expect(cookieLocale('xlang=en')).toBeUndefined();
    expect(cookieLocale(undefined)).toBeUndefined();
  });

  it('should keep the language and the request id for the whole request, Italian outside it', () => {
    let seen: { locale: string; requestId?: string } | undefined;
    const req = { id: 'req-1', headers: { cookie: 'lang=en' } };
    requestContextMiddleware(req as never, {} as never, () => {
      seen = { locale: viewLocale(), requestId: currentRequest().requestId };
    });
    expect(seen).toEqual({ locale: 'en', requestId: 'req-1' });
    expect(viewLocale()).toBe('it');
  });
});
