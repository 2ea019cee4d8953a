import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './body-limits.middleware.js';

describe('nestsDeeperThan', () => {
  it('should accept flat values and bodies up to the limit', () => {
    expect(nestsDeeperThan(undefined, 2)).toBe(false);
    expect(nestsDeeperThan('text', 1)).toBe(false);
    expect(nestsDeeperThan({ a: 1, b: [1, 2] }, 2)).toBe(false);
    expect(nestsDeeperThan({ owners: [{ share: { value: 1 } }] }, 4)).toBe(false);
  });

  it('should refuse a body one level deeper than the limit, in objects or arrays', () => {
    expect(nestsDeeperThan({ owners: [{ share: { value: 1 } }] }, 3)).toBe(true);
    expect(nestsDeeperThan([[[]]], 2)).toBe(true);
  });

  it('should walk a body nested far beyond the stack without overflowing', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(nestsDeeperThan(deep, 32)).toBe(true);
  });
});
