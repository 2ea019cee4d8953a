import { describe, expect, it } from 'vitest';
import { randomAlphanumeric } from './random-alphanumeric.js';

describe('randomAlphanumeric', () => {
  it('should produce letters and digits only, long enough for SPID state and nonce', () => {
    const values = Array.from({ length: 50 }, () => randomAlphanumeric());

    expect(values.every((value) => /^[A-Za-z0-9]{48}$/.test(value))).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });
});
