/**
 * The staff queue counts the practices a filter matches up to this many; beyond, it says "more than" this.
 * Counting a whole archive (120,000 practices in force in a large comune) for every page cost more than the
 * page itself, and nobody pages past a thousand practices instead of narrowing the filters.
 */
export const QUEUE_COUNT_CAP = 1_000;
