import { describe, expect, it } from 'vitest';
import { megabytes } from './megabytes.js';

describe('megabytes', () => {
  it('should print whole binary megabytes without decimals', () => {
    expect(megabytes(20 * 1_048_576)).toBe('20 MB');
  });

  it('should print one decimal with the Italian comma otherwise', () => {
    expect(megabytes(1_572_864)).toBe('1,5 MB');
  });
});
