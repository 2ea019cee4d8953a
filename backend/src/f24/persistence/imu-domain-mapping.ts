import { perImuRateCategory } from '../domain/imu-rate-categories.js';
import type { ImuRates, Ownership, Property } from '../domain/imu-types.js';
import type { ImuOwnershipRecord } from './imu-ownership.entity.js';
import type { ImuPropertyRecord } from './imu-property.entity.js';
import type { ImuRatesRecord } from './imu-rates.entity.js';

type PropertyRow = Pick<
  ImuPropertyRecord,
  | 'id'
  | 'kind'
  | 'cadastralCategory'
  | 'cadastralIncomeCents'
  | 'dominicalIncomeCents'
  | 'marketValueCents'
  | 'foglio'
  | 'particella'
  | 'subalterno'
  | 'ruralInstrumental'
  | 'reductions'
>;

type OwnershipRow = Pick<
  ImuOwnershipRecord,
  | 'propertyId'
  | 'ownerFiscalCode'
  | 'sharePercent'
  | 'validFrom'
  | 'validTo'
  | 'mainResidence'
  | 'professionalFarmer'
  | 'heldForSaleByBuilder'
>;

export function toDomainProperty(row: PropertyRow): Property {
  return {
    id: row.id,
    kind: row.kind,
    ...(row.cadastralCategory !== null ? { cadastralCategory: row.cadastralCategory } : {}),
    ...(row.cadastralIncomeCents !== null ? { cadastralIncome: row.cadastralIncomeCents } : {}),
    ...(row.dominicalIncomeCents !== null ? { dominicalIncome: row.dominicalIncomeCents } : {}),
    ...(row.marketValueCents !== null ? { marketValue: row.marketValueCents } : {}),
    cadastralReference: {
      foglio: row.foglio,
      particella: row.particella,
      ...(row.subalterno !== null ? { subalterno: row.subalterno } : {}),
    },
    ...(row.ruralInstrumental ? { ruralInstrumental: true } : {}),
    reductions: row.reductions,
  };
}

export function toDomainOwnership(row: OwnershipRow): Ownership {
  return {
    propertyId: row.propertyId,
    ownerId: row.ownerFiscalCode,
    sharePercent: row.sharePercent,
    from: row.validFrom,
    ...(row.validTo !== null ? { to: row.validTo } : {}),
    mainResidence: row.mainResidence,
    ...ownerExemptions(row),
  };
}

/** Only the flags that are set, so an ownership without exemptions reads as before. */
export function ownerExemptions(row: {
  professionalFarmer: boolean;
  heldForSaleByBuilder: boolean;
}): Pick<Ownership, 'professionalFarmer' | 'heldForSaleByBuilder'> {
  return {
    ...(row.professionalFarmer ? { professionalFarmer: true } : {}),
    ...(row.heldForSaleByBuilder ? { heldForSaleByBuilder: true } : {}),
  };
}

export function toDomainRates(row: ImuRatesRecord): ImuRates {
  return {
    year: row.year,
    label: row.label,
    ...perImuRateCategory((category) => row[category.key]),
    mainResidenceDeduction: row.mainResidenceDeductionCents,
    minimumAmount: row.minimumAmountCents,
    ...(row.formerTasiSurcharge ? { formerTasiSurcharge: true } : {}),
  };
}
