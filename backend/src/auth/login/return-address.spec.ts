import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RETURN_ADDRESS_CASES, staysOnOrigin } from '../../../../shared/return-address.cases.js';
import { normaliseReturnAddress } from '../../../../shared/return-address.js';

// The frontend runs the same table against its import (frontend/src/lib/auth/safe-return-to.spec.ts).
describe('return address of a login (backend)', () => {
  it.each(RETURN_ADDRESS_CASES)('should decide $name', ({ input, expected }) => {
    expect(normaliseReturnAddress(input)).toBe(expected);
  });

  it('should only ever accept a path that the browser resolves to this site', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webPath(),
          fc.webUrl(),
          fc
            .array(
              fc.constantFrom('/', '\\', '.', '%2e', '%2f', '%5c', '%25', '\t', 'evil', ':', '@', '?', '#'),
            )
            .map((parts) => parts.join('')),
        ),
        (input) => {
          const result = normaliseReturnAddress(input);
          return result === null || (staysOnOrigin(result) && normaliseReturnAddress(result) === result);
        },
      ),
      { numRuns: 2000 },
    );
  }, 30_000);
});
