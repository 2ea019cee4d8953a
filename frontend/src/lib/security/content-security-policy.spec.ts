import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from './content-security-policy';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((entry) => entry.startsWith(`${name} `))
    ?.slice(name.length + 1);

describe('buildContentSecurityPolicy', () => {
  const production = buildContentSecurityPolicy({
    nonce: 'n0nce',
    development: false,
    upgradeInsecureRequests: true,
  });

  it('should allow only nonce-bearing scripts and what they load in production', () => {
    expect(directive(production, 'script-src')).toBe("'self' 'nonce-n0nce' 'strict-dynamic'");
    expect(directive(production, 'style-src')).toBe("'self' 'nonce-n0nce'");
    expect(production).not.toContain('unsafe-');
  });

  it('should forbid framing, plugins, base rewriting and foreign form targets', () => {
    expect(directive(production, 'frame-ancestors')).toBe("'none'");
    expect(directive(production, 'object-src')).toBe("'none'");
    expect(directive(production, 'base-uri')).toBe("'none'");
    expect(directive(production, 'form-action')).toBe("'self'");
  });

  it('should upgrade insecure requests only when asked to', () => {
    expect(production).toContain('upgrade-insecure-requests');
    const plainHttp = buildContentSecurityPolicy({
      nonce: 'n',
      development: false,
      upgradeInsecureRequests: false,
    });
    expect(plainHttp).not.toContain('upgrade-insecure-requests');
  });

  it('should allow eval only in development, where React needs it', () => {
    const development = buildContentSecurityPolicy({
      nonce: 'n',
      development: true,
      upgradeInsecureRequests: false,
    });
    expect(directive(development, 'script-src')).toContain("'unsafe-eval'");
  });
});
