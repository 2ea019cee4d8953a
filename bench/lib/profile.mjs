// Full sizes by default; `npm run bench -- --quick` (or BENCH_SCALE=quick) runs small ones, to check the harness
// in a few minutes. The runner passes its choice down as BENCH_PROFILE.

/** `quick` or `full`. */
export function benchProfile() {
  const chosen = process.env.BENCH_PROFILE ?? process.env.BENCH_SCALE ?? 'full';
  if (chosen !== 'quick' && chosen !== 'full') {
    throw new Error(`BENCH_PROFILE/BENCH_SCALE must be quick or full, got «${chosen}»`);
  }
  return chosen;
}

/** The value of the current profile: `sized({ quick: 2_000, full: 1_000_000 })`. */
export function sized({ quick, full }) {
  return benchProfile() === 'quick' ? quick : full;
}
