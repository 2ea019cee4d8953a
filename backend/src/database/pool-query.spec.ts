import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { readTogether } from './pool-query.js';

/** A read that notes when it starts and ends, finishing after `ms`. */
function tracedRead(log: string[], name: string, ms: number, value: number) {
  return async () => {
    log.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, ms));
    log.push(`end ${name}`);
    return value;
  };
}

describe('readTogether', () => {
  it('should run the reads at once on the pool, each on a connection of its own', async () => {
    const log: string[] = [];
    const onPool = { queryRunner: undefined } as unknown as EntityManager;
    const results = await readTogether(onPool, [tracedRead(log, 'a', 20, 1), tracedRead(log, 'b', 5, 2)]);
    expect(results).toEqual([1, 2]);
    expect(log).toEqual(['start a', 'start b', 'end b', 'end a']);
  });

  it("should run them one after another on a transaction's single connection, results in order", async () => {
    const log: string[] = [];
    const inTransaction = { queryRunner: {} } as unknown as EntityManager;
    const results = await readTogether(inTransaction, [
      tracedRead(log, 'a', 20, 1),
      tracedRead(log, 'b', 5, 2),
    ]);
    expect(results).toEqual([1, 2]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('should fail with the first read that fails, without starting the next in a transaction', async () => {
    const log: string[] = [];
    const inTransaction = { queryRunner: {} } as unknown as EntityManager;
    const failing = async () => {
      log.push('start failing');
      throw new Error('no such table');
    };
    await expect(readTogether(inTransaction, [failing, tracedRead(log, 'b', 1, 2)])).rejects.toThrow(
      'no such table',
    );
    expect(log).toEqual(['start failing']);
  });
});
