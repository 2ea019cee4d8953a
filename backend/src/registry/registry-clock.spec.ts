import { describe, expect, it } from 'vitest';
import { romeDay } from './registry-clock.js';

describe('romeDay', () => {
  it('should give the Italian calendar day, which starts before UTC midnight', () => {
    expect(romeDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(romeDay(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(romeDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
