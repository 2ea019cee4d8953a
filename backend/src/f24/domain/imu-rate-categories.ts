/** Codici tributo of IMU on the F24: each rate category pays under its own. */
export type ImuTaxCode = '3912' | '3913' | '3914' | '3916' | '3918' | '3925' | '3930';

/**
 * One category of property for which a comune sets its own IMU rate (L. 160/2019 art. 1 cc. 748-755).
 * Rates are percent strings with a dot: '0.86' = 8,6 per mille.
 */
export interface ImuRateCategory<Key extends string = string> {
  /** The name in the domain, the HTTP body (`rates.<key>`), the views and the form field. */
  key: Key;
  /** The numeric(9, 6) column of `imu_rates`, added by a migration. */
  column: string;
  /** Heading of the form field and of the table column; the Italian one, lowercased, names it in errors. */
  label: { it: string; en: string };
  /** The range within which the comune may set the rate. */
  min: string;
  max: string;
  /** The higher ceiling for a comune that kept the former TASI surcharge (c. 755). */
  maxWithTasiSurcharge?: string;
  /** The base rate of the law, used for demo data and as the documented example. */
  base: string;
  /** The comma of L. 160/2019 art. 1 that sets the range, quoted in the refusal. */
  law: string;
  /** The codice tributo the tax at this rate is paid with (group D: the comune's part above the State's). */
  taxCode: ImuTaxCode;
}

const CATALOGUE = [
  {
    key: 'mainResidence',
    column: 'main_residence',
    label: { it: 'Abitazione principale A/1, A/8, A/9', en: 'Main residence A/1, A/8, A/9' },
    min: '0',
    max: '0.6',
    base: '0.5',
    law: 'c. 748',
    taxCode: '3912',
  },
  {
    key: 'ruralInstrumental',
    column: 'rural_instrumental',
    label: { it: 'Fabbricati rurali strumentali', en: 'Rural buildings for agricultural use' },
    min: '0',
    max: '0.1',
    base: '0.1',
    law: 'c. 750',
    taxCode: '3913',
  },
  {
    key: 'land',
    column: 'land',
    label: { it: 'Terreni agricoli', en: 'Agricultural land' },
    min: '0',
    max: '1.06',
    base: '0.76',
    law: 'c. 752',
    taxCode: '3914',
  },
  {
    // Building land falls under c. 754 ("altri immobili"), hence the base of 0,86.
    key: 'buildingLand',
    column: 'building_land',
    label: { it: 'Aree fabbricabili', en: 'Building land' },
    min: '0',
    max: '1.06',
    maxWithTasiSurcharge: '1.14',
    base: '0.86',
    law: 'cc. 754-755',
    taxCode: '3916',
  },
  {
    // 0,76 goes to the State with code 3925 (c. 753); the calculator splits it off.
    key: 'groupD',
    column: 'group_d',
    label: { it: 'Fabbricati del gruppo D', en: 'Group D buildings' },
    min: '0.76',
    max: '1.06',
    base: '0.86',
    law: 'c. 753',
    taxCode: '3930',
  },
  {
    key: 'otherBuildings',
    column: 'other_buildings',
    label: { it: 'Altri fabbricati', en: 'Other buildings' },
    min: '0',
    max: '1.06',
    maxWithTasiSurcharge: '1.14',
    base: '0.86',
    law: 'cc. 754-755',
    taxCode: '3918',
  },
] as const satisfies readonly ImuRateCategory[];

export type ImuRateCategoryKey = (typeof CATALOGUE)[number]['key'];

/**
 * Every IMU rate category, in the order the office's form and table show them. Validation, the DTO and its
 * OpenAPI schema, the `imu_rates` columns, the views, the demo rates and the calculator's rate lookup all read
 * this table: adding a category is one entry here, one migration and the calculator case that uses it
 * (see README.md, "Adding an IMU rate category").
 */
export const IMU_RATE_CATEGORIES: readonly ImuRateCategory<ImuRateCategoryKey>[] = CATALOGUE;

/** The rate of each category, as a year's rates, the request body and the views hold them. */
export type ImuRatePercents = Record<ImuRateCategoryKey, string>;

/** One value per category, in catalogue order: the rates of a row, of a request, of the demo. */
export function perImuRateCategory<T>(
  value: (category: ImuRateCategory<ImuRateCategoryKey>) => T,
): Record<ImuRateCategoryKey, T> {
  return Object.fromEntries(IMU_RATE_CATEGORIES.map((c) => [c.key, value(c)])) as Record<
    ImuRateCategoryKey,
    T
  >;
}

const BY_KEY = Object.fromEntries(IMU_RATE_CATEGORIES.map((c) => [c.key, c])) as Record<
  ImuRateCategoryKey,
  ImuRateCategory<ImuRateCategoryKey>
>;

export function imuRateCategory(key: ImuRateCategoryKey): ImuRateCategory<ImuRateCategoryKey> {
  return BY_KEY[key];
}
