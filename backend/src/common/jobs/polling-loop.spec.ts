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
});
