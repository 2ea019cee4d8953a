import type { it } from './it';

/** Every locale's dictionary has exactly the Italian shape: a missing or extra key is a type error. */
export type Dictionary = typeof it;
