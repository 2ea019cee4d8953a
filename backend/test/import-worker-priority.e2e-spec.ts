import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../src/registry/domain/import-columns.js';
import { emptyReadingStats } from '../src/registry/import/import-validation.js';

/** The nice value of each thread of this process, by thread id (field 19 of /proc/self/task/<tid>/stat). */
function threadNiceValues(): Map<string, number> {
  const values = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
    values.set(tid, Number(fields[16]));
  }
  return values;
}

// Runs the built module: its worker is the compiled import-validation.worker.js beside it.
describe('the import validation worker', () => {
  it('should run at the lowest priority while the thread that started it keeps its own', async () => {
    const { validateInWorker } = (await import(
      // @ts-expect-error the built file has no declarations
      '../dist/backend/src/registry/import/validate-in-worker.js'
    )) as typeof import('../src/registry/import/validate-in-worker.js');
    const before = threadNiceValues();
    let during = new Map<string, number>();
    const lowered = () => [...during].some(([tid, nice]) => !before.has(tid) && nice === 19);
    async function* source() {
      yield `${IMPORT_COLUMNS.join(',')}\n`;
      // The worker is alive and waiting for the rest of the file; on a busy machine it may still be loading.
      for (let tries = 0; tries < 200 && !lowered(); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        during = threadNiceValues();
      }
    }
    for await (const _ of validateInWorker(source(), '2026-01-01', emptyReadingStats(), () => {})) {
      // Only the counts matter here.
    }
    const started = [...during].filter(([tid]) => !before.has(tid));
    expect(started.map(([, nice]) => nice)).toContain(19);
    expect(during.get(String(process.pid))).toBe(before.get(String(process.pid)));
    expect(before.get(String(process.pid))).toBe(0);
  });
});
