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

/** The rates form's fields that are not rates. */
const RATES_FORM_OWN_FIELDS: ReadonlySet<string> = new Set([
  'year',
  'label',
  'mainResidenceDeduction',
  'minimumAmount',
  'formerTasiSurcharge',
]);

/** React's hidden inputs on a form bound to a server action ($ACTION_REF_1, $ACTION_KEY ...), posted with it. */
const REACT_ACTION_FIELD = /^\$ACTION_/;

/**
 * Every other field is a rate, named by the category key the page drew it from: the backend's catalogue is
 * the only list of categories, and the backend refuses a rate missing or unknown to it.
 */
export function readRatesForm(fields: FormFields): { year: number; input: ImuRatesInput } {
  const rates = Object.entries(fields)
    .filter(([name]) => !RATES_FORM_OWN_FIELDS.has(name) && !REACT_ACTION_FIELD.test(name))
    .map(([name, value]) => [name, amount(value) ?? '']);
  return {
    year: Number(text(fields.year)),
    input: {
      label: optional(fields.label),
      rates: Object.fromEntries(rates),
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
