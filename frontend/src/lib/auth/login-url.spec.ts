import { describe, expect, it } from 'vitest';
import { loginUrl } from './login-url';

describe('loginUrl', () => {
  it('should name the SPID identity provider and the return path', () => {
    expect(loginUrl({ provider: 'spid', idp: 'posteid', returnTo: '/certificati' })).toBe(
      '/api/auth/login?provider=spid&idp=posteid&returnTo=%2Fcertificati',
    );
  });

  it('should start a CIE login without an identity provider', () => {
    expect(loginUrl({ provider: 'cie', returnTo: '/' })).toBe('/api/auth/login?provider=cie&returnTo=%2F');
  });

  it('should replace a foreign return address with the home page', () => {
    expect(loginUrl({ provider: 'cie', returnTo: '//evil.example' })).toBe(
      '/api/auth/login?provider=cie&returnTo=%2F',
    );
  });
});
