import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DemoRandom } from './demo-random.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The next draws of a generator, to compare two generators' positions in their sequence. */
function nextDraws(random: DemoRandom): number[] {
  return Array.from({ length: 8 }, () => random.int(0, 1_000_000));
}

describe('DemoRandom', () => {
  it('should give the same draws for the same seed and different draws for another', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(nextDraws(new DemoRandom(seed))).toEqual(nextDraws(new DemoRandom(seed)));
        expect(nextDraws(new DemoRandom(seed))).not.toEqual(nextDraws(new DemoRandom(seed ^ 1)));
      }),
    );
  });

  it('should keep the sequence of seed 42 that the demo data was generated with', () => {
    const random = new DemoRandom(42);
    expect(nextDraws(random)).toEqual([481458, 19785, 149396, 471456, 200013, 318881, 87722, 92834]);
    expect(random.uuid()).toBe('317959a0-60c4-4353-b33d-e5aea8914260');
  });

  it('should draw integers within the bounds, both included', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 1, max: 2 ** 32 }),
        (seed, min, width) => {
          const random = new DemoRandom(seed);
          for (let i = 0; i < 20; i++) {
            const value = random.int(min, min + width);
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(min);
            expect(value).toBeLessThanOrEqual(min + width);
          }
        },
      ),
    );
  });

  it('should reach both bounds of a small range', () => {
    const random = new DemoRandom(7);
    const seen = new Set(Array.from({ length: 200 }, () => random.int(1, 3)));
    expect(seen).toEqual(new Set([1, 2, 3]));
  });

  it('should answer min without a draw when max is not above it, so the sequence does not move', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -100, max: 100 }), fc.nat(50), (seed, min, below) => {
        const random = new DemoRandom(seed);
        expect(random.int(min, min)).toBe(min);
        expect(random.int(min, min - below)).toBe(min);
        expect(random.pick(['only'])).toBe('only');
        expect(nextDraws(random)).toEqual(nextDraws(new DemoRandom(seed)));
      }),
    );
  });

  it('should pick only items of the list and refuse an empty one', () => {
    const random = new DemoRandom(3);
    const items = ['a', 'b', 'c', 'd'];
    const picked = new Set(Array.from({ length: 200 }, () => random.pick(items)));
    expect(picked).toEqual(new Set(items));
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('should favour the first items when picking by frequency, and stay within the list', () => {
    const random = new DemoRandom(11);
    const items = Array.from({ length: 10 }, (_, i) => i);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 5_000; i++) counts[random.pickFrequent(items)]++;
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(5_000);
    expect(counts[0]).toBeGreaterThan(counts[9]);
  });

  it('should never give an item of weight zero and follow the weights', () => {
    const random = new DemoRandom(5);
    const items = [
      { name: 'never', weight: 0 },
      { name: 'rare', weight: 1 },
      { name: 'often', weight: 9 },
    ];
    const counts = new Map<string, number>();
    for (let i = 0; i < 5_000; i++) {
      const { name } = random.weighted(items);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    expect(counts.has('never')).toBe(false);
    expect(counts.get('often')).toBeGreaterThan(4 * (counts.get('rare') ?? 0));
  });

  it('should give the same item with a given total as with the computed one', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.nat(100), { minLength: 1, maxLength: 8 }), (seed, weights) => {
        const items = weights.map((weight, index) => ({ index, weight }));
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        expect(new DemoRandom(seed).weighted(items, total)).toBe(new DemoRandom(seed).weighted(items));
      }),
    );
  });

  it('should give version 4 UUIDs, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const first = new DemoRandom(seed);
        const second = new DemoRandom(seed);
        for (let i = 0; i < 5; i++) {
          const uuid = first.uuid();
          expect(uuid).toMatch(UUID_V4);
          expect(second.uuid()).toBe(uuid);
        }
      }),
    );
  });

  it('should answer chance(0) with false and chance(1) with true', () => {
    const random = new DemoRandom(9);
    for (let i = 0; i < 100; i++) {
      expect(random.chance(0)).toBe(false);
      expect(random.chance(1)).toBe(true);
    }
  });
});
