import type { IsoDate } from '../common/calendar/civil-date.js';

/**
 * The demo's reference date: the demo population (names, birth dates, codici fiscali, households) is generated
 * as of this fixed day, so the demo identities listed in the README are the same whatever day the seed runs.
 * Only facts that must stay relative to the real day are shifted when seeding (the identity card that expires
 * "in 20 days").
 */
export const DEMO_REFERENCE_DATE: IsoDate = '2026-01-01';

/** The card of the "expiring identity card" demo identity expires this many days after the seeding day. */
export const EXPIRING_CARD_DAYS = 20;
