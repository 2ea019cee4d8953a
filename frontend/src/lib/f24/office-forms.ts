import type {
  ImuRatesInput,
  LegalInterestRateInput,
  NewProperty,
  PropertyKind,
  ReductionKind,
} from '../api/f24';

/** Form fields as posted: one value per name, or several for repeated names. */
export type FormFields = Record<string, string | undefined>;

/** Field-name prefixes of the owner rows the property form offers; empty rows are left out. */
export const OWNER_ROWS = ['owner0', 'owner1', 'owner2'] as const;

const text = (value: string | undefined) => value?.trim() ?? '';
const optional = (value: string | undefined) => text(value) || undefined;
/** "750,50" typed the Italian way becomes "750.50", the API's form; the backend checks the rest. */
const amount = (value: string | undefined) => optional(value)?.replace(',', '.');

export function readRatesForm(fields: FormFields): { year: number; input: ImuRatesInput } {
  return {
    year: Number(text(fields.year)),
    input: {
      label: optional(fields.label),
      rates: {
        mainResidence: amount(fields.mainResidence) ?? '',
        ruralInstrumental: amount(fields.ruralInstrumental) ?? '',
        land: amount(fields.land) ?? '',
        buildingLand: amount(fields.buildingLand) ?? '',
        groupD: amount(fields.groupD) ?? '',
        otherBuildings: amount(fields.otherBuildings) ?? '',
      },
      mainResidenceDeduction: amount(fields.mainResidenceDeduction) ?? '',
      minimumAmount: amount(fields.minimumAmount) ?? '',
      formerTasiSurcharge: fields.formerTasiSurcharge === 'on',
    },
  };
}

export function readLegalInterestRateForm(fields: FormFields): {
  year: number;
  input: LegalInterestRateInput;
} {
  return {
    year: Number(text(fields.year)),
    input: { ratePercent: amount(fields.ratePercent) ?? '', source: text(fields.source) },
  };
}

export function readPropertyForm(fields: FormFields): NewProperty {
  const kind = (text(fields.kind) || 'building') as PropertyKind;
  const owners: NewProperty['owners'] = [];
  for (const row of OWNER_ROWS) {
    const fiscalCode = text(fields[`${row}FiscalCode`]).toUpperCase();
    if (!fiscalCode) continue;
    owners.push({
      fiscalCode,
      sharePercent: amount(fields[`${row}Share`]) ?? '',
      from: text(fields[`${row}From`]),
      to: optional(fields[`${row}To`]),
      mainResidence: fields[`${row}MainResidence`] === 'on',
      professionalFarmer: fields[`${row}ProfessionalFarmer`] === 'on',
      heldForSaleByBuilder: fields[`${row}HeldForSale`] === 'on',
    });
  }
  const reductions: NonNullable<NewProperty['reductions']> = [];
  const flag = (name: ReductionKind) => fields[name] === 'on';
  if (flag('historic')) reductions.push({ kind: 'historic' });
  if (optional(fields.uninhabitableFrom)) {
    reductions.push({
      kind: 'uninhabitable',
      from: text(fields.uninhabitableFrom),
      to: optional(fields.uninhabitableTo),
    });
  }
  if (flag('agreedRent')) reductions.push({ kind: 'agreedRent' });
  if (flag('freeLoanToRelative')) reductions.push({ kind: 'freeLoanToRelative' });
  return {
    kind,
    ...(kind === 'building'
      ? {
          cadastralCategory: optional(fields.cadastralCategory)?.toUpperCase(),
          cadastralIncome: amount(fields.cadastralIncome),
        }
      : {}),
    ...(kind === 'land' ? { dominicalIncome: amount(fields.dominicalIncome) } : {}),
    ...(kind === 'buildingLand' ? { marketValue: amount(fields.marketValue) } : {}),
    foglio: optional(fields.foglio),
    particella: optional(fields.particella),
    subalterno: optional(fields.subalterno),
    address: optional(fields.address),
    ruralInstrumental: fields.ruralInstrumental === 'on',
    owners,
    reductions,
  };
}
