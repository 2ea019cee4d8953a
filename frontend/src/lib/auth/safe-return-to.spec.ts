import { describe, expect, it } from 'vitest';
import { RETURN_ADDRESS_CASES, staysOnOrigin } from '../../../../shared/return-address.cases';
import { normaliseReturnAddress, safeReturnTo } from './safe-return-to';

// The backend runs the same table against its import (backend/src/auth/login/return-address.spec.ts).
describe('return address (frontend)', () => {
  it.each(RETURN_ADDRESS_CASES)('should decide $name', ({ input, expected }) => {
    expect(normaliseReturnAddress(input)).toBe(expected);
    const result = safeReturnTo(input);
    expect(result).toBe(expected ?? '/');
    expect(staysOnOrigin(result)).toBe(true);
  });

  it('should fall back to the given page instead of the home page', () => {
    expect(safeReturnTo('/.//evil.example', '/messaggi')).toBe('/messaggi');
    expect(safeReturnTo('/messaggi?pagina=2', '/messaggi')).toBe('/messaggi?pagina=2');
  });
});
