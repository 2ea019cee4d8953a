import { describe, expect, it } from 'vitest';
import { italianDate } from './italian-date.js';

describe('italianDate', () => {
  it('should write dates the Italian way', () => {
    expect(italianDate('2026-05-04')).toBe('04/05/2026');
  });
});
