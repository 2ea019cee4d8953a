import { describe, expect, it } from 'vitest';
import { IMPORT_STEPS, importStep, isImportRunning } from './import-job-progress';

describe('import job progress', () => {
  it('should keep refreshing a queued or running job and stop once it has an outcome', () => {
    expect(isImportRunning('queued')).toBe(true);
    expect(isImportRunning('running')).toBe(true);
    expect(isImportRunning('completed')).toBe(false);
    expect(isImportRunning('rejected')).toBe(false);
    expect(isImportRunning('failed')).toBe(false);
  });

  it('should advance one step per phase and be complete when done', () => {
    expect(importStep('waiting')).toBe(0);
    expect(importStep('reading')).toBe(1);
    expect(importStep('merging')).toBe(2);
    expect(importStep('done')).toBe(IMPORT_STEPS);
  });
});
