import type { IsoDate } from '../calendar/civil-date.js';

/** `2025-03-10` → `10/03/2025`, the form Italian offices, certificates and tax forms write dates in. */
export function italianDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
