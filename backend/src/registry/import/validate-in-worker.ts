import { Worker } from 'node:worker_threads';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import type { ReadingStats } from './import-validation.js';
import type { FromValidationWorker, ToValidationWorker } from './import-validation.worker.js';

/** File chunks handed to the worker and not yet consumed; COPY text waiting for the database. */
const MAX_CHUNKS_IN_FLIGHT = 4;
const MAX_TEXT_WAITING = 8;

/**
 * The staging COPY text of an import file, validated on a worker thread of its own: parsing and checking a
 * million rows is seconds of CPU that would otherwise stall every request served by this process. The file
 * flows in and the text flows out with bounded buffers on both sides (so memory stays flat whatever the file's
 * size); `stats` is kept up to date with the counts, and receives the problems at the end.
 */
export async function* validateInWorker(
  source: AsyncIterable<Buffer | string>,
  referenceDate: IsoDate,
  stats: ReadingStats,
  onProgress: () => void,
): AsyncGenerator<string, void, undefined> {
  const worker = new Worker(new URL('./import-validation.worker.js', import.meta.url), {
    workerData: { referenceDate },
  });
  const texts: string[] = [];
  let inFlight = 0;
  let done = false;
  let failure: unknown;
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const resolve of waiters) resolve();
    waiters.clear();
  };
  const changed = () => new Promise<void>((resolve) => waiters.add(resolve));
  worker.on('message', (message: FromValidationWorker) => {
    if (message.type === 'consumed') inFlight -= 1;
    else if (message.type === 'copy') {
      if (message.text !== '') texts.push(message.text);
      Object.assign(stats, { ...message.stats, errors: stats.errors });
      onProgress();
    } else {
      Object.assign(stats, message.stats);
      done = true;
    }
    notify();
  });
  worker.on('error', (error) => {
    failure = error;
    notify();
  });
  worker.on('exit', (code) => {
    if (!done) failure ??= new Error(`the import's validation worker stopped (exit code ${code})`);
    notify();
  });
  const feeding = (async () => {
    for await (const chunk of source) {
      while (
        failure === undefined &&
        (inFlight >= MAX_CHUNKS_IN_FLIGHT || texts.length >= MAX_TEXT_WAITING)
      ) {
        await changed();
      }
      if (failure !== undefined) return;
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      // A copy the worker owns: the source may reuse its buffer.
      const data = new Uint8Array(bytes);
      inFlight += 1;
      worker.postMessage({ type: 'chunk', data } satisfies ToValidationWorker, [data.buffer]);
    }
    worker.postMessage({ type: 'end' } satisfies ToValidationWorker);
  })().catch((error: unknown) => {
    failure ??= error;
    notify();
  });
  try {
    for (;;) {
      if (failure !== undefined) throw failure;
      const text = texts.shift();
      if (text !== undefined) {
        notify();
        yield text;
      } else if (done) {
        break;
      } else {
        await changed();
      }
    }
    await feeding;
    if (failure !== undefined) throw failure;
  } finally {
    // Also releases the feeding loop when the database side gave up first.
    failure ??= new Error('the import stopped');
    notify();
    await worker.terminate();
  }
}
