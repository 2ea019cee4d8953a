import type { ImuRatePercents } from './imu-rate-categories.js';

export type { ImuTaxCode } from './imu-rate-categories.js';

import type { IsoDate } from './iso-date.js';

/**
 * A period of days, both ends included; no `to` means "still going". For a transfer by deed on day D the
 * seller's `to` is D − 1 and the buyer's `from` is D: the day of transfer belongs to the acquirer
 * (L. 160/2019 art. 1 c. 761).
 */
export interface DatePeriod {
  from: IsoDate;
  to?: IsoDate;
}

export type PropertyKind = 'building' | 'land' | 'buildingLand';

export interface CadastralReference {
  foglio: string;
  particella: string;
  subalterno?: string;
}

export interface PropertyReductions {
  /** Building of historic or artistic interest (D.Lgs 42/2004 art. 10): base halved (c. 747 lett. a). */
  historic?: boolean;
  /** Declared uninhabitable and actually unused in this period: base halved for those months (c. 747 lett. b). */
  uninhabitable?: DatePeriod;
  /**
   * Dwelling lent free to a parent or child who lives there, under the conditions of c. 747 lett. c
   * (registered contract, lender resident in the same comune, at most one other dwelling; not A/1, A/8, A/9):
   * base halved. `true` for the whole year.
   */
  freeLoanToRelative?: boolean | DatePeriod;
  /** Let at agreed rent (canone concordato, L. 431/1998): tax × 75% (c. 760). `true` for the whole year. */
  agreedRent?: boolean | DatePeriod;
}

export interface Property {
  id: string;
  kind: PropertyKind;
  /** 'A/2', 'C/6', 'D/1' ...: buildings only. */
  cadastralCategory?: string;
  /** Rendita catastale in cents: buildings only. */
  cadastralIncome?: number;
  /** Reddito dominicale in cents: agricultural land only. */
  dominicalIncome?: number;
  /** Market value at 1 January of the year, in cents: building land (area fabbricabile) only. */
  marketValue?: number;
  cadastralReference: CadastralReference;
  /** Rural building for agricultural use (D.L. 557/1993 art. 9 c. 3-bis): code 3913, own rate. */
  ruralInstrumental?: boolean;
  reductions?: PropertyReductions;
}

export interface Ownership {
  propertyId: string;
  /** Codice fiscale of the owner (or holder of another real right: usufrutto, abitazione ...). */
  ownerId: string;
  /** Share of possession in percent, as a decimal string: '100', '50', '33.3333'. */
  sharePercent: string;
  from: IsoDate;
  to?: IsoDate;
  /**
   * The owner lives and is registered here (abitazione principale, c. 741 lett. b), or, for a C/2, C/6,
   * C/7, uses it as an appurtenance of that main residence. Split the record when this changes mid-year.
   */
  mainResidence: boolean;
  /**
   * Agricultural land the owner farms as coltivatore diretto or imprenditore agricolo professionale
   * enrolled in the agricultural social security (previdenza agricola): exempt for this owner's share only,
   * since the exemption follows the owner's status (c. 758 lett. a).
   */
  professionalFarmer?: boolean;
  /**
   * The owner is the construction company that built the building and holds it for sale, not let
   * (beni merce): exempt from 2022 while that lasts (c. 751). Split the record when it is let.
   */
  heldForSaleByBuilder?: boolean;
}

/**
 * The IMU rates a comune adopted for one year: one percent string per category of `IMU_RATE_CATEGORIES`
 * ('0.86' = 8,6 per mille), with the legal range of each there. Data entered by tax staff from the council
 * resolution, never constants in code.
 */
export interface ImuRates extends ImuRatePercents {
  year: number;
  /** Where the rates come from: 'delibera C.C. n. 42 del 23/12/2024', or 'demo'. */
  label: string;
  /** Deduction for a main residence in A/1, A/8, A/9 in cents; the law sets € 200 (c. 749). */
  mainResidenceDeduction: number;
  /** Annual amount in cents under which nothing is due (L. 296/2006 c. 168); € 12 when the comune sets none. */
  minimumAmount: number;
  /** The comune applied the TASI surcharge up to 2019 and keeps it (c. 755): allows up to 1,14%. */
  formerTasiSurcharge?: boolean;
}

/** Legal interest rate (art. 1284 c.c.) in percent per calendar year: { 2025: '2', 2026: '1.6' }. */
export type LegalInterestRates = Readonly<Record<number, string>>;
