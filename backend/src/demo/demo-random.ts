import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * The seeded random source of every demo generator: pure-rand's xoroshiro128+ behind verbs that read as
 * sentences ("pick a street", "one time in four"). The same seed gives the same draws in the same order, so a
 * generator that makes its draws in a fixed order gives the same data for the same seed. Changing how a verb
 * draws (how many values it takes) changes every demo population, practice and property after it: the
 * README's demo identities are pinned by `readme-identities.spec.ts`.
 */
export class DemoRandom {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** An integer from `min` to `max`, both included; `min` without a draw when `max` is not above it. */
  int(min: number, max: number): number {
    return max <= min ? min : uniformInt(this.rng, min, max);
  }

  /** True with the given probability (0.25: one time in four). */
  chance(probability: number): boolean {
    return uniformFloat64(this.rng) < probability;
  }

  /** One item of a non-empty list, each as likely; a list of one is answered without a draw. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[this.int(0, items.length - 1)];
  }

  /** Favours the first items of a list ordered by frequency. */
  pickFrequent<T>(items: readonly T[]): T {
    return items[Math.floor(items.length * uniformFloat64(this.rng) ** 1.3)];
  }

  /**
   * One item, as likely as its `weight` is of the total; `total` may be given when the list is drawn from
   * often (it must be the sum of the weights).
   */
  weighted<T extends { readonly weight: number }>(
    items: readonly T[],
    total = items.reduce((sum, item) => sum + item.weight, 0),
  ): T {
    let target = uniformFloat64(this.rng) * total;
    for (const item of items) {
      target -= item.weight;
      if (target < 0) return item;
    }
    return items[items.length - 1];
  }

  /** A version 4 UUID from the generator (one draw per hex digit), so rows have the same ids for the same seed. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(0, 15).toString(16));
    hex[12] = '4';
    hex[16] = ((this.int(0, 15) & 0x3) | 0x8).toString(16);
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  }
}
