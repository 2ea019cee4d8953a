import { describe, expect, it } from 'vitest';
import { PollingLoop } from './polling-loop.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('PollingLoop', () => {
  it('should run a second round right after the first when woken during it, never two at a time', async () => {
    const gate = deferred();
    const secondRound = deferred();
    let running = 0;
    let maxRunning = 0;
    let rounds = 0;
    const loop = new PollingLoop(async () => {
      rounds += 1;
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      if (rounds === 1) await gate.promise;
      if (rounds === 2) secondRound.resolve();
      running -= 1;
    }, 60_000);
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 10));
    loop.wake();
    loop.wake();
    gate.resolve();
    await secondRound.promise;
    await loop.stop();
    expect(rounds).toBe(2);
    expect(maxRunning).toBe(1);
  });

  it('should let the round in progress finish on stop and start no other', async () => {
    const gate = deferred();
    let finished = false;
    let rounds = 0;
    const loop = new PollingLoop(async (self) => {
      rounds += 1;
      await gate.promise;
      expect(self.stopping).toBe(true);
      finished = true;
    }, 1);
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const stopped = loop.stop();
    loop.wake();
    gate.resolve();
    await stopped;
    expect(finished).toBe(true);
    expect(rounds).toBe(1);
  });
  it('should drain on the given number of lanes at once, a failing lane ending alone', async () => {
    const loop = new PollingLoop(async () => {}, 60_000);
    let left = 20;
    let inFlight = 0;
    let maxInFlight = 0;
    let done = 0;
    const errors: string[] = [];
    let failed = false;
    await loop.drainLanes(
      3,
      async () => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight -= 1;
        if (!failed && done === 5) {
          failed = true;
          throw new Error('provider down');
        }
        if (left === 0) return false;
        left -= 1;
        done += 1;
        return true;
      },
      (error) => errors.push(error.message),
    );
    expect(maxInFlight).toBe(3);
    expect(done).toBe(20);
    expect(errors).toEqual(['provider down']);
  });

  it('should start no unit once stopping', async () => {
    const loop = new PollingLoop(async () => {}, 60_000);
    await loop.stop();
    let units = 0;
    await loop.drainLanes(
      2,
      async () => {
        units += 1;
        return true;
      },
      () => {},
    );
    expect(units).toBe(0);
  });
});
