import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './safe-return-to';

describe('safeReturnTo', () => {
  it('should keep a local path with its query and fragment', () => {
    expect(safeReturnTo('/certificati?tipo=residenza#modulo')).toBe('/certificati?tipo=residenza#modulo');
  });

  it('should fall back to the home page when the value is missing', () => {
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo('')).toBe('/');
  });

  it('should refuse an absolute URL to another site', () => {
    expect(safeReturnTo('https://evil.example/phish')).toBe('/');
  });

  it('should refuse protocol-relative and backslash tricks that browsers read as another host', () => {
    expect(safeReturnTo('//evil.example')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo('/\t/evil.example')).toBe('/');
  });

  it('should take the first value when the query parameter is repeated', () => {
    expect(safeReturnTo(['/pagamenti', 'https://evil.example'])).toBe('/pagamenti');
  });
});
