import { describe, expect, it } from 'vitest';
import { copyTextLine } from './staging-row.js';

describe('copyTextLine', () => {
  it('should separate values with tabs and write null as \\N', () => {
    expect(copyTextLine(['F1', null, "D'Angelo"])).toBe("F1\t\\N\tD'Angelo\n");
  });

  it('should escape backslashes, tabs and line breaks so a value cannot split the row', () => {
    expect(copyTextLine(['a\\b', 'c\td', 'e\nf\rg'])).toBe('a\\\\b\tc\\td\te\\nf\\rg\n');
  });
});
