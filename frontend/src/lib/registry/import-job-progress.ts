import type { ImportJobPhase, ImportJobState } from '../api/registry';

/** Reading (rows streamed and validated), merging (one transaction), done. */
export const IMPORT_STEPS = 3;

const STEP: Record<ImportJobPhase, number> = { waiting: 0, reading: 1, merging: 2, done: 3 };

/** Whether the job can still change: its pages refresh themselves until it cannot. */
export function isImportRunning(state: ImportJobState): boolean {
  return state === 'queued' || state === 'running';
}

/**
 * How far the job is, out of `IMPORT_STEPS`. The backend cannot know the row count before it has read the
 * whole file, so progress is measured in phases; the rows read so far are shown beside it.
 */
export function importStep(phase: ImportJobPhase): number {
  return STEP[phase];
}
