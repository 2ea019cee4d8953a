import { describe, expect, it } from 'vitest';
import { formatDay, formatFileSize, formatInstant } from './permit-formatting';

describe('permit formatting', () => {
  it('should write a legal day the Italian way without shifting it', () => {
    expect(formatDay('2026-05-04', 'it')).toBe('04/05/2026');
    expect(formatDay('2026-05-04', 'en')).toBe('4 May 2026');
    expect(formatDay('not a date', 'it')).toBe('not a date');
  });

  it('should write an instant as the day and time in Italy', () => {
    expect(formatInstant('2026-03-28T23:30:00Z', 'it')).toBe('29/03/2026, 00:30');
  });

  it('should write file sizes in the reader’s language', () => {
    expect(formatFileSize(512, 'it')).toBe('512 B');
    expect(formatFileSize(1_572_864, 'it')).toBe('1,5 MB');
    expect(formatFileSize(1_572_864, 'en')).toBe('1.5 MB');
    expect(formatFileSize(20 * 1024, 'en')).toBe('20 KB');
  });
});
