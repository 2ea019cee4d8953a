import { parentPort, workerData } from 'node:worker_threads';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import { emptyReadingStats, validateImportFile } from './import-validation.js';

/** From the importer: the file's bytes, chunk by chunk, then its end. */
export type ToValidationWorker = { type: 'chunk'; data: Uint8Array } | { type: 'end' };
/** To the importer: a chunk consumed (room for another), COPY text with the counts so far, the end. */
export type FromValidationWorker =
  | { type: 'consumed' }
  | { type: 'copy'; text: string; stats: ReturnType<typeof emptyReadingStats> }
  | { type: 'done'; stats: ReturnType<typeof emptyReadingStats> };

const port = parentPort!;
const { referenceDate } = workerData as { referenceDate: IsoDate };
const received: Uint8Array[] = [];
let ended = false;
let wake: (() => void) | undefined;

port.on('message', (message: ToValidationWorker) => {
  if (message.type === 'chunk') received.push(message.data);
  else ended = true;
  wake?.();
});

async function* input(): AsyncGenerator<Buffer, void, undefined> {
  for (;;) {
    const data = received.shift();
    if (data) {
      port.postMessage({ type: 'consumed' } satisfies FromValidationWorker);
      yield Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    } else if (ended) {
      return;
    } else {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  }
}

const stats = emptyReadingStats();
// Counts travel with each chunk of COPY text; the problems list only at the end (it can hold a thousand).
const counts = () => ({ ...stats, errors: [] });
for await (const text of validateImportFile(input(), referenceDate, stats)) {
  port.postMessage({ type: 'copy', text, stats: counts() } satisfies FromValidationWorker);
}
port.postMessage({ type: 'done', stats } satisfies FromValidationWorker);
