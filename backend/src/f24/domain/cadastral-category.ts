/**
 * Cadastral categories of the Catasto fabbricati and what IMU does with each (L. 160/2019 art. 1).
 * E/1..E/9 are exempt (c. 759 lett. a-b); F/1..F/7 have no rendita and are not taxed as buildings (an
 * F/3 under construction or an F/2 ruin may be taxed as building land: register that as a separate
 * `buildingLand` property).
 */

const range = (group: string, last: number): string[] =>
  Array.from({ length: last }, (_, i) => `${group}/${i + 1}`);

export const CADASTRAL_CATEGORIES: readonly string[] = [
  ...range('A', 11),
  ...range('B', 8),
  ...range('C', 7),
  ...range('D', 10),
  ...range('E', 9),
  ...range('F', 7),
];

const KNOWN = new Set(CADASTRAL_CATEGORIES);

export function isCadastralCategory(value: unknown): value is string {
  return typeof value === 'string' && KNOWN.has(value);
}

/** Multiplier of the rendita for the taxable base (c. 745); null when the category is not taxed. */
export function buildingMultiplier(category: string): number | null {
  const group = category.charAt(0);
  if (category === 'A/10' || category === 'D/5') return 80;
  if (group === 'A' || category === 'C/2' || category === 'C/6' || category === 'C/7') return 160;
  if (group === 'B' || category === 'C/3' || category === 'C/4' || category === 'C/5') return 140;
  if (group === 'D') return 65;
  if (category === 'C/1') return 55;
  return null;
}

/** A dwelling: group A except A/10 (offices). */
export function isDwelling(category: string): boolean {
  return category.startsWith('A/') && category !== 'A/10';
}

/** "Luxury" dwellings, taxed even as main residence (c. 740, 748). */
export function isLuxuryDwelling(category: string): boolean {
  return category === 'A/1' || category === 'A/8' || category === 'A/9';
}

/** Categories that can be appurtenances (pertinenze) of the main residence, one of each (c. 741 lett. b). */
export function isAppurtenanceCategory(category: string): boolean {
  return category === 'C/2' || category === 'C/6' || category === 'C/7';
}

export function isGroupD(category: string): boolean {
  return category.startsWith('D/');
}
