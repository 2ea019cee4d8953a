import { describe, expect, it } from 'vitest';
import { portalLocale } from './portal-locale.js';

describe('portalLocale', () => {
  it('should read English from the lang cookie among others', () => {
    expect(portalLocale({ headers: { cookie: 'sid=abc; lang=en; csrf_token=x' } })).toBe('en');
  });

  it('should know no language when the cookie is missing or not one the portal speaks', () => {
    expect(portalLocale({ headers: {} })).toBeUndefined();
    expect(portalLocale({ headers: { cookie: 'lang=de' } })).toBeUndefined();
    expect(portalLocale({ headers: { cookie: 'xlang=en' } })).toBeUndefined();
  });
});
