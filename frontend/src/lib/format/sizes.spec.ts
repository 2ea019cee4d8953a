import { describe, expect, it } from 'vitest';
import { BYTES_PER_MB, formatFileSize } from './sizes';

describe('formatFileSize', () => {
  it('should keep bytes below one kilobyte', () => {
    expect(formatFileSize(512, 'it')).toBe('512 B');
  });

  it('should count in binary units with one decimal below 10', () => {
    expect(formatFileSize(1_572_864, 'it')).toBe('1,5 MB');
    expect(formatFileSize(1_572_864, 'en')).toBe('1.5 MB');
    expect(formatFileSize(2_412_345, 'it')).toBe('2,3 MB');
    expect(formatFileSize(20 * 1024, 'en')).toBe('20 KB');
    expect(formatFileSize(64 * BYTES_PER_MB, 'it')).toBe('64 MB');
  });
});
