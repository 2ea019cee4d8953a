import { DomainError } from '../../common/errors/domain-error.js';
import {
  buildingMultiplier,
  isAppurtenanceCategory,
  isDwelling,
  isGroupD,
  isLuxuryDwelling,
} from './cadastral-category.js';
import {
  formatEuro,
  formatPercent,
  Money,
  type MoneyValue,
  roundToWholeEuro,
  toCents,
} from './euro-amount.js';
import type { Explanation } from './explanation.js';
import { type ImuDueDates, imuDueDates } from './imu-due-dates.js';
import { type ImuRateCategoryKey, imuRateCategory } from './imu-rate-categories.js';
import type { DatePeriod, ImuRates, ImuTaxCode, Ownership, Property } from './imu-types.js';
import { validateImuRates, validateOwnerships, validateProperty } from './imu-validation.js';
import { formatItalianDate } from './iso-date.js';
import { countedMonths, describeMonths, monthCoverage } from './possession-months.js';

/** The share of the group D rate that goes to the State (c. 753), paid with code 3925. */
export const GROUP_D_STATE_RATE = '0.76';

export type ImuCase =
  | 'mainResidenceExempt'
  | 'farmerLandExempt'
  | 'goodsForSaleExempt'
  | 'mainResidenceLuxury'
  | 'ruralInstrumental'
  | 'land'
  | 'buildingLand'
  | 'groupD'
  | 'otherBuildings'
  | 'notTaxable';

export type ImuBaseReduction = 'historic' | 'uninhabitable' | 'freeLoanToRelative';

export type ImuAppurtenanceNote =
  | 'appurtenance'
  | 'appurtenanceBeyondLimit'
  | 'appurtenanceWithoutMainDwelling';

/** How one month of possession of one property is taxed for the owner. */
export interface ImuMonthTerms {
  month: number;
  imuCase: ImuCase;
  sharePercent: string;
  baseReductions: ImuBaseReduction[];
  agreedRent: boolean;
  appurtenance?: ImuAppurtenanceNote;
}

export interface ImuCodeAmount {
  taxCode: ImuTaxCode;
  /** Whole year at the current year's rates, in cents (rounded to the cent). */
  annualCents: number;
  /** First semester at the previous year's rates, in cents (rounded to the cent). */
  firstInstalmentCents: number;
}

export interface ImuPropertyAssessment {
  propertyId: string;
  /** Taxable base before reductions, in cents. */
  taxableBaseCents: number;
  possessedMonths: number[];
  months: ImuMonthTerms[];
  amounts: ImuCodeAmount[];
  explanations: Explanation[];
}

export interface ImuTaxLine {
  taxCode: ImuTaxCode;
  propertiesCount: number;
  /** Tax before the deduction, in cents: whole year at current rates / first semester at previous rates. */
  grossAnnualCents: number;
  grossFirstInstalmentCents: number;
  /** Deduction for an A/1, A/8, A/9 main residence (code 3912 only), in cents. */
  deductionAnnualCents: number;
  deductionFirstInstalmentCents: number;
  /** Net of the deduction, rounded to the cent but not yet to the euro. */
  annualCents: number;
  firstInstalmentCents: number;
  /** What to pay on this F24 line, in whole euros (cents multiple of 100). */
  firstInstalmentDueCents: number;
  balanceDueCents: number;
  singlePaymentDueCents: number;
  /** Acconto above the annual tax (rates lowered): to be refunded, not paid. */
  overpaidCents: number;
  explanations: Explanation[];
}

export interface ImuYearAssessment {
  ownerId: string;
  year: number;
  ratesLabel: string;
  previousYearRatesLabel: string;
  dueDates: ImuDueDates;
  properties: ImuPropertyAssessment[];
  /** One per codice tributo with something to pay or to explain. */
  lines: ImuTaxLine[];
  totals: {
    annualCents: number;
    firstInstalmentDueCents: number;
    balanceDueCents: number;
    singlePaymentDueCents: number;
    overpaidCents: number;
  };
  /** The annual total is below the comune's minimum: nothing is due. */
  belowMinimum: boolean;
  explanations: Explanation[];
}

export interface ImuComputationInput {
  /** Codice fiscale of the taxpayer whose IMU is computed. */
  ownerId: string;
  year: number;
  /** Every property the taxpayer holds (others are ignored). */
  properties: readonly Property[];
  /** Every ownership record of those properties, all owners: shares and the deduction split need them. */
  ownerships: readonly Ownership[];
  /** Rates of `year`, for the annual tax and the saldo. */
  rates: ImuRates;
  /** Rates of `year − 1`, for the acconto (c. 762). */
  previousYearRates: ImuRates;
}

const TAX_CODE_LABELS: Record<ImuTaxCode, string> = {
  '3912': 'abitazione principale A/1, A/8, A/9 e pertinenze',
  '3913': 'fabbricati rurali ad uso strumentale',
  '3914': 'terreni',
  '3916': 'aree fabbricabili',
  '3918': 'altri fabbricati',
  '3925': 'fabbricati gruppo D, quota Stato',
  '3930': 'fabbricati gruppo D, quota Comune',
};

const CASE_LABELS: Record<ImuCase, string> = {
  mainResidenceExempt: 'abitazione principale, esente',
  farmerLandExempt:
    'terreno agricolo posseduto e condotto da coltivatore diretto o imprenditore agricolo professionale iscritto alla previdenza agricola, esente per la quota di questo possessore (c. 758 lett. a)',
  goodsForSaleExempt:
    "fabbricato costruito e destinato alla vendita dall'impresa costruttrice e non locato (bene merce), esente dal 2022 (c. 751)",
  mainResidenceLuxury: 'abitazione principale di categoria A/1, A/8, A/9',
  ruralInstrumental: 'fabbricato rurale strumentale',
  land: 'terreno agricolo',
  buildingLand: 'area fabbricabile',
  groupD: 'fabbricato del gruppo D',
  otherBuildings: 'altro fabbricato',
  notTaxable: 'non soggetto',
};

const REDUCTION_LABELS: Record<ImuBaseReduction, string> = {
  historic: 'interesse storico o artistico, c. 747 lett. a',
  uninhabitable: 'inagibile e non utilizzato, c. 747 lett. b',
  freeLoanToRelative: 'comodato a genitori o figli, c. 747 lett. c',
};

type ExemptCase = 'mainResidenceExempt' | 'farmerLandExempt' | 'goodsForSaleExempt' | 'notTaxable';

const EXEMPT_CASES: ReadonlySet<ImuCase> = new Set<ExemptCase>([
  'mainResidenceExempt',
  'farmerLandExempt',
  'goodsForSaleExempt',
  'notTaxable',
]);

function isExemptCase(imuCase: ImuCase): imuCase is ExemptCase {
  return EXEMPT_CASES.has(imuCase);
}

/** Beni merce are exempt from this year (c. 751); before, they paid a reduced rate of their own. */
export const GOODS_FOR_SALE_EXEMPT_FROM = 2022;

/** The rate category (and so the rate and codice tributo) of each taxed case. */
export const RATE_CATEGORY_OF_CASE: Record<Exclude<ImuCase, ExemptCase>, ImuRateCategoryKey> = {
  mainResidenceLuxury: 'mainResidence',
  ruralInstrumental: 'ruralInstrumental',
  land: 'land',
  buildingLand: 'buildingLand',
  groupD: 'groupD',
  otherBuildings: 'otherBuildings',
};

const TAX_CODE_ORDER: readonly ImuTaxCode[] = ['3912', '3913', '3914', '3916', '3918', '3925', '3930'];

function euro(cents: MoneyValue | number): string {
  return `€ ${formatEuro(typeof cents === 'number' ? cents : toCents(cents))}`;
}

/** Months that count for a reduction given as a flag (whole year) or a period. */
function reductionMonths(value: boolean | DatePeriod | undefined, year: number): Set<number> {
  if (!value) return new Set();
  if (value === true) return new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  return new Set(countedMonths([value], year));
}

function taxableBase(property: Property): { base: MoneyValue; explanation: Explanation } {
  if (property.kind === 'land') {
    const income = property.dominicalIncome ?? 0;
    const base = new Money(income).times('1.25').times(135);
    return {
      base,
      explanation: {
        key: 'imu.base.land',
        text: `Base imponibile del terreno: reddito dominicale ${euro(income)} × 1,25 (rivalutazione del 25%) × 135 = ${euro(base)} (L. 160/2019 art. 1 c. 746).`,
        params: { dominicalIncome: income, baseCents: toCents(base) },
      },
    };
  }
  if (property.kind === 'buildingLand') {
    const value = property.marketValue ?? 0;
    const base = new Money(value);
    return {
      base,
      explanation: {
        key: 'imu.base.buildingLand',
        text: `Base imponibile dell'area fabbricabile: valore venale in comune commercio al 1° gennaio, ${euro(value)} (c. 746).`,
        params: { marketValue: value, baseCents: value },
      },
    };
  }
  const category = property.cadastralCategory ?? '';
  const multiplier = buildingMultiplier(category);
  const income = property.cadastralIncome ?? 0;
  if (multiplier === null) {
    return {
      base: new Money(0),
      explanation: {
        key: 'imu.base.notTaxable',
        text: `Categoria ${category}: non soggetta all'IMU come fabbricato (c. 759 per il gruppo E; il gruppo F non ha rendita).`,
        params: { category },
      },
    };
  }
  const base = new Money(income).times('1.05').times(multiplier);
  return {
    base,
    explanation: {
      key: 'imu.base.building',
      text: `Base imponibile: rendita catastale ${euro(income)} × 1,05 (rivalutazione del 5%) × ${multiplier} (moltiplicatore della categoria ${category}) = ${euro(base)} (c. 745).`,
      params: { cadastralIncome: income, multiplier, category, baseCents: toCents(base) },
    },
  };
}

interface OwnerMonthState {
  property: Property;
  possessed: number[];
  mainResidence: Set<number>;
  /** Months the owner farms the land as coltivatore diretto or IAP (c. 758 lett. a). */
  professionalFarmer: Set<number>;
  /** Months the owner, the builder, holds the building for sale (c. 751). */
  heldForSaleByBuilder: Set<number>;
  share: Map<number, string>;
}

/** The record holding most days of the month (the later one on a tie) gives the share for that month. */
function dominantShare(records: readonly Ownership[], year: number, month: number): string {
  let best: Ownership | undefined;
  let bestDays = -1;
  for (const record of records) {
    const { days } = monthCoverage([record], year, month);
    if (days > bestDays || (days === bestDays && best !== undefined && record.from > best.from)) {
      best = record;
      bestDays = days;
    }
  }
  return best?.sharePercent ?? '0';
}

function ownerMonthState(property: Property, records: readonly Ownership[], year: number): OwnerMonthState {
  const possessed = countedMonths(records, year);
  const flagged = (flag: (record: Ownership) => boolean | undefined): Set<number> => {
    const months = new Set(
      countedMonths(
        records.filter((r) => flag(r)),
        year,
      ),
    );
    return new Set(possessed.filter((m) => months.has(m)));
  };
  return {
    property,
    possessed,
    mainResidence: flagged((r) => r.mainResidence),
    professionalFarmer: flagged((r) => r.professionalFarmer),
    heldForSaleByBuilder: flagged((r) => r.heldForSaleByBuilder),
    share: new Map(possessed.map((m) => [m, dominantShare(records, year, m)])),
  };
}

function byHighestIncome(a: Property, b: Property): number {
  const diff = (b.cadastralIncome ?? 0) - (a.cadastralIncome ?? 0);
  return diff !== 0 ? diff : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The month-by-month terms of every property of the owner: which one is the main dwelling, which
 * appurtenances (one per category C/2, C/6, C/7: the highest rendita, the most favourable choice) share
 * its treatment, and the case, share and reductions of each month.
 */
function monthTerms(states: readonly OwnerMonthState[], year: number): Map<string, ImuMonthTerms[]> {
  const dwellingByMonth = new Map<number, Property>();
  const appurtenancesByMonth = new Map<number, Set<string>>();
  for (let month = 1; month <= 12; month++) {
    const residences = states.filter((s) => s.mainResidence.has(month)).map((s) => s.property);
    const dwelling = residences.find((p) => isDwelling(p.cadastralCategory ?? ''));
    if (!dwelling) continue;
    dwellingByMonth.set(month, dwelling);
    const chosen = new Set<string>();
    for (const category of ['C/2', 'C/6', 'C/7']) {
      const best = residences.filter((p) => p.cadastralCategory === category).sort(byHighestIncome)[0];
      if (best) chosen.add(best.id);
    }
    appurtenancesByMonth.set(month, chosen);
  }

  const result = new Map<string, ImuMonthTerms[]>();
  for (const state of states) {
    const { property } = state;
    const category = property.cadastralCategory ?? '';
    const reductions = property.reductions ?? {};
    const uninhabitable = reductionMonths(reductions.uninhabitable, year);
    const freeLoan = reductionMonths(reductions.freeLoanToRelative, year);
    const agreedRent = reductionMonths(reductions.agreedRent, year);
    const terms = state.possessed.map((month): ImuMonthTerms => {
      let imuCase: ImuCase;
      let appurtenance: ImuAppurtenanceNote | undefined;
      // The farmer's exemption follows the owner's status, so a co-owner who is not a farmer still pays.
      if (property.kind === 'land')
        imuCase = state.professionalFarmer.has(month) ? 'farmerLandExempt' : 'land';
      else if (property.kind === 'buildingLand') imuCase = 'buildingLand';
      else if (buildingMultiplier(category) === null) imuCase = 'notTaxable';
      // D/10 is the category of rural instrumental buildings, whatever the flag says.
      else if (property.ruralInstrumental || category === 'D/10') imuCase = 'ruralInstrumental';
      else if (state.heldForSaleByBuilder.has(month)) imuCase = 'goodsForSaleExempt';
      else if (state.mainResidence.has(month) && isDwelling(category)) {
        imuCase = isLuxuryDwelling(category) ? 'mainResidenceLuxury' : 'mainResidenceExempt';
      } else if (state.mainResidence.has(month) && isAppurtenanceCategory(category)) {
        const dwelling = dwellingByMonth.get(month);
        if (!dwelling) {
          imuCase = 'otherBuildings';
          appurtenance = 'appurtenanceWithoutMainDwelling';
        } else if (appurtenancesByMonth.get(month)?.has(property.id)) {
          imuCase = isLuxuryDwelling(dwelling.cadastralCategory ?? '')
            ? 'mainResidenceLuxury'
            : 'mainResidenceExempt';
          appurtenance = 'appurtenance';
        } else {
          imuCase = 'otherBuildings';
          appurtenance = 'appurtenanceBeyondLimit';
        }
      } else if (isGroupD(category)) imuCase = 'groupD';
      else imuCase = 'otherBuildings';

      const baseReductions: ImuBaseReduction[] = [];
      if (reductions.historic) baseReductions.push('historic');
      if (uninhabitable.has(month)) baseReductions.push('uninhabitable');
      if (freeLoan.has(month)) baseReductions.push('freeLoanToRelative');
      return {
        month,
        imuCase,
        sharePercent: state.share.get(month) ?? '0',
        baseReductions,
        agreedRent: agreedRent.has(month),
        ...(appurtenance ? { appurtenance } : {}),
      };
    });
    result.set(property.id, terms);
  }
  return result;
}

interface Segment {
  months: number[];
  terms: ImuMonthTerms;
}

/** Months with identical terms, so each explanation line reads as one formula. */
function segments(terms: readonly ImuMonthTerms[]): Segment[] {
  const groups = new Map<string, Segment>();
  for (const t of terms) {
    const key = JSON.stringify([t.imuCase, t.sharePercent, t.baseReductions, t.agreedRent, t.appurtenance]);
    const group = groups.get(key);
    if (group) group.months.push(t.month);
    else groups.set(key, { months: [t.month], terms: t });
  }
  return [...groups.values()];
}

interface SegmentTax {
  taxCode: ImuTaxCode;
  amount: MoneyValue;
  formula: string;
}

/** Tax of a segment of `months` at `rates`, one entry per codice tributo (two for group D). */
function segmentTax(base: MoneyValue, segment: Segment, months: number, rates: ImuRates): SegmentTax[] {
  const { terms } = segment;
  const { imuCase } = terms;
  if (isExemptCase(imuCase) || months === 0) return [];
  const reductionFactor = new Money('0.5').pow(terms.baseReductions.length);
  const rentFactor = terms.agreedRent ? new Money('0.75') : new Money(1);
  const common = base
    .times(reductionFactor)
    .times(months)
    .div(12)
    .times(terms.sharePercent)
    .div(100)
    .times(rentFactor);
  const describe = (rate: MoneyValue, amount: MoneyValue): string =>
    [
      euro(base),
      ...terms.baseReductions.map(() => '50%'),
      `aliquota ${formatPercent(rate)}%`,
      `${months}/12`,
      `quota ${formatPercent(terms.sharePercent)}%`,
      ...(terms.agreedRent ? ['75% (canone concordato)'] : []),
    ].join(' × ') + ` = ${euro(amount)}`;
  const category = imuRateCategory(RATE_CATEGORY_OF_CASE[imuCase]);
  const rate = new Money(rates[category.key]);
  const taxAt = (r: MoneyValue): MoneyValue => common.times(r).div(100);
  if (terms.imuCase === 'groupD') {
    const stateRate = new Money(GROUP_D_STATE_RATE);
    const municipalRate = rate.minus(stateRate);
    const parts: SegmentTax[] = [{ taxCode: '3925', amount: taxAt(stateRate), formula: '' }];
    parts[0].formula = `quota Stato (3925): ${describe(stateRate, parts[0].amount)}`;
    if (municipalRate.gt(0)) {
      const amount = taxAt(municipalRate);
      parts.push({
        taxCode: '3930',
        amount,
        formula: `quota Comune (3930): ${describe(municipalRate, amount)}`,
      });
    }
    return parts;
  }
  const { taxCode } = category;
  const amount = taxAt(rate);
  return [{ taxCode, amount, formula: `${describe(rate, amount)} (codice ${taxCode})` }];
}

function segmentDescription(segment: Segment): string {
  const { terms } = segment;
  const parts =
    terms.appurtenance === 'appurtenance'
      ? [
          `pertinenza dell'abitazione principale (c. 741 lett. b), con lo stesso trattamento: ${CASE_LABELS[terms.imuCase]}`,
        ]
      : [CASE_LABELS[terms.imuCase]];
  if (terms.appurtenance === 'appurtenanceBeyondLimit') {
    parts.push(
      'pertinenza oltre la prima della stessa categoria: si considera esente o agevolata una sola unità per ciascuna categoria C/2, C/6, C/7 (quella con la rendita più alta)',
    );
  }
  if (terms.appurtenance === 'appurtenanceWithoutMainDwelling') {
    parts.push(
      'indicata come pertinenza, ma nello stesso mese non risulta un’abitazione principale del possessore',
    );
  }
  if (terms.imuCase === 'mainResidenceExempt') parts.push('nessuna imposta (c. 740)');
  for (const reduction of terms.baseReductions)
    parts.push(`base ridotta del 50% (${REDUCTION_LABELS[reduction]})`);
  if (terms.agreedRent) parts.push('imposta ridotta al 75% per locazione a canone concordato (c. 760)');
  return parts.join('; ');
}

function assessProperty(
  state: OwnerMonthState,
  terms: readonly ImuMonthTerms[],
  input: ImuComputationInput,
): ImuPropertyAssessment {
  const { property } = state;
  const { base, explanation } = taxableBase(property);
  const explanations: Explanation[] = [explanation];
  explanations.push({
    key: 'imu.months',
    text: `Mesi di possesso nel ${input.year}: ${state.possessed.length} (${describeMonths(state.possessed)}). Conta il mese posseduto per più della metà dei giorni; il giorno del trasferimento è dell'acquirente e, a parità di giorni, il mese è suo (c. 761).`,
    params: { months: state.possessed.length },
  });
  const annual = new Map<ImuTaxCode, MoneyValue>();
  const first = new Map<ImuTaxCode, MoneyValue>();
  const add = (target: Map<ImuTaxCode, MoneyValue>, parts: SegmentTax[]) => {
    for (const part of parts)
      target.set(part.taxCode, (target.get(part.taxCode) ?? new Money(0)).plus(part.amount));
  };
  for (const segment of segments(terms)) {
    const firstSemesterMonths = segment.months.filter((m) => m <= 6).length;
    const annualParts = segmentTax(base, segment, segment.months.length, input.rates);
    const firstParts = segmentTax(base, segment, firstSemesterMonths, input.previousYearRates);
    add(annual, annualParts);
    add(first, firstParts);
    const heading = `Mesi ${describeMonths(segment.months)}: ${segmentDescription(segment)}`;
    explanations.push({
      key: `imu.case.${segment.terms.imuCase}`,
      text: annualParts.length
        ? `${heading}. Imposta annua (aliquote ${input.year}): ${annualParts.map((p) => p.formula).join('; ')}.`
        : `${heading}.`,
      params: { months: segment.months.length, sharePercent: segment.terms.sharePercent },
    });
    if (firstParts.length) {
      explanations.push({
        key: 'imu.firstInstalment.segment',
        text: `Acconto, mesi ${describeMonths(segment.months.filter((m) => m <= 6))} del primo semestre (aliquote ${input.year - 1}): ${firstParts.map((p) => p.formula).join('; ')}.`,
        params: { months: firstSemesterMonths },
      });
    }
  }
  const amounts = TAX_CODE_ORDER.filter((code) => annual.has(code) || first.has(code)).map((taxCode) => ({
    taxCode,
    annualCents: toCents(annual.get(taxCode) ?? new Money(0)),
    firstInstalmentCents: toCents(first.get(taxCode) ?? new Money(0)),
  }));
  return {
    propertyId: property.id,
    taxableBaseCents: toCents(base),
    possessedMonths: state.possessed,
    months: [...terms],
    amounts,
    explanations,
  };
}

interface DeductionShare {
  annual: MoneyValue;
  first: MoneyValue;
  explanations: Explanation[];
}

/**
 * c. 749: € 200 for an A/1, A/8, A/9 main residence, per month of that use, split in equal parts among the
 * co-owners who live there (not by ownership share).
 */
function mainResidenceDeduction(
  input: ImuComputationInput,
  states: readonly OwnerMonthState[],
  terms: Map<string, ImuMonthTerms[]>,
): DeductionShare {
  let annual = new Money(0);
  let first = new Money(0);
  const explanations: Explanation[] = [];
  for (const state of states) {
    const category = state.property.cadastralCategory ?? '';
    if (!isLuxuryDwelling(category)) continue;
    const months = (terms.get(state.property.id) ?? [])
      .filter((t) => t.imuCase === 'mainResidenceLuxury')
      .map((t) => t.month);
    if (!months.length) continue;
    const recordsByOwner = new Map<string, Ownership[]>();
    for (const o of input.ownerships) {
      if (o.propertyId !== state.property.id) continue;
      recordsByOwner.set(o.ownerId, [...(recordsByOwner.get(o.ownerId) ?? []), o]);
    }
    const residenceMonths = [...recordsByOwner.values()].map(
      (records) => ownerMonthState(state.property, records, input.year).mainResidence,
    );
    const byCount = new Map<number, number[]>();
    for (const month of months) {
      const count = residenceMonths.filter((residence) => residence.has(month)).length;
      byCount.set(count, [...(byCount.get(count) ?? []), month]);
      const monthly = (rates: ImuRates) => new Money(rates.mainResidenceDeduction).div(12).div(count);
      annual = annual.plus(monthly(input.rates));
      if (month <= 6) first = first.plus(monthly(input.previousYearRates));
    }
    for (const [count, countMonths] of byCount) {
      const amount = new Money(input.rates.mainResidenceDeduction)
        .times(countMonths.length)
        .div(12)
        .div(count);
      explanations.push({
        key: 'imu.deduction.mainResidence',
        text: `Detrazione per l'abitazione principale ${category} (c. 749), mesi ${describeMonths(countMonths)}: ${euro(input.rates.mainResidenceDeduction)} × ${countMonths.length}/12${count > 1 ? ` ÷ ${count} contitolari che vi dimorano (in parti uguali, non secondo la quota)` : ''} = ${euro(amount)}.`,
        params: { months: countMonths.length, residents: count, deductionCents: toCents(amount) },
      });
    }
  }
  return { annual, first, explanations };
}

function validateInput(input: ImuComputationInput): void {
  if (!Number.isInteger(input.year)) {
    throw new DomainError({
      code: 'INVALID_TAX_YEAR',
      status: 422,
      detail: 'Anno non valido.',
      field: 'year',
    });
  }
  validateImuRates(input.rates, 'rates');
  validateImuRates(input.previousYearRates, 'previousYearRates');
  if (input.rates.year !== input.year) {
    throw new DomainError({
      code: 'IMU_RATES_YEAR_MISMATCH',
      status: 422,
      detail: `Le aliquote indicate sono del ${input.rates.year}, non del ${input.year}.`,
      field: 'rates.year',
    });
  }
  if (input.previousYearRates.year !== input.year - 1) {
    throw new DomainError({
      code: 'IMU_RATES_YEAR_MISMATCH',
      status: 422,
      detail: `L'acconto ${input.year} si calcola con le aliquote del ${input.year - 1}, non del ${input.previousYearRates.year}.`,
      field: 'previousYearRates.year',
    });
  }
  input.properties.forEach((p, i) => {
    validateProperty(p, `properties.${i}`);
  });
  validateOwnerships(input.ownerships, input.properties);
}

/**
 * Until 2021 beni merce paid a reduced rate of their own (0,1%, which the comune could raise to 0,25% or
 * lower to zero, c. 751), which the rates of this portal do not hold: better no figure than a wrong one.
 */
function refuseGoodsForSaleBeforeExemption(
  input: ImuComputationInput,
  states: readonly OwnerMonthState[],
): void {
  if (input.year >= GOODS_FOR_SALE_EXEMPT_FROM) return;
  const held = states.find((s) => s.heldForSaleByBuilder.size > 0);
  if (!held) return;
  const index = input.ownerships.findIndex(
    (o) => o.propertyId === held.property.id && o.ownerId === input.ownerId && o.heldForSaleByBuilder,
  );
  throw new DomainError({
    code: 'GOODS_FOR_SALE_RATE_NOT_AVAILABLE',
    status: 422,
    detail: `Fino al 2021 i fabbricati merce pagavano l'IMU con un'aliquota ridotta deliberata dal Comune (L. 160/2019 art. 1 c. 751), che il portale non gestisce: l'IMU ${input.year} di questo immobile va calcolata dall'ufficio tributi.`,
    field: `ownerships.${index}.heldForSaleByBuilder`,
    extra: { propertyId: held.property.id },
  });
}

function buildLine(
  taxCode: ImuTaxCode,
  assessments: readonly ImuPropertyAssessment[],
  deduction: DeductionShare,
  input: ImuComputationInput,
  dueDates: ImuDueDates,
): ImuTaxLine | null {
  let grossAnnualCents = 0;
  let grossFirstInstalmentCents = 0;
  let propertiesCount = 0;
  for (const a of assessments) {
    const amount = a.amounts.find((x) => x.taxCode === taxCode);
    if (!amount || (amount.annualCents === 0 && amount.firstInstalmentCents === 0)) continue;
    grossAnnualCents += amount.annualCents;
    grossFirstInstalmentCents += amount.firstInstalmentCents;
    propertiesCount++;
  }
  if (propertiesCount === 0) return null;
  const explanations: Explanation[] = [];
  let deductionAnnualCents = 0;
  let deductionFirstInstalmentCents = 0;
  if (taxCode === '3912') {
    deductionAnnualCents = Math.min(toCents(deduction.annual), grossAnnualCents);
    deductionFirstInstalmentCents = Math.min(toCents(deduction.first), grossFirstInstalmentCents);
    explanations.push(...deduction.explanations);
    explanations.push({
      key: 'imu.deduction.applied',
      text: `Detrazione applicata fino a concorrenza dell'imposta: ${euro(deductionAnnualCents)} sull'anno, ${euro(deductionFirstInstalmentCents)} in acconto (detrazione ${input.year - 1} sul primo semestre).`,
      params: { deductionAnnualCents, deductionFirstInstalmentCents },
    });
  }
  const annualCents = grossAnnualCents - deductionAnnualCents;
  const firstInstalmentCents = grossFirstInstalmentCents - deductionFirstInstalmentCents;
  const firstInstalmentDueCents = roundToWholeEuro(firstInstalmentCents);
  const singlePaymentDueCents = roundToWholeEuro(annualCents);
  const balance = singlePaymentDueCents - firstInstalmentDueCents;
  const label = `Codice tributo ${taxCode} (IMU ${TAX_CODE_LABELS[taxCode]})`;
  explanations.unshift({
    key: 'imu.line.total',
    text: `${label}, ${propertiesCount} immobil${propertiesCount === 1 ? 'e' : 'i'}: imposta annua ${euro(annualCents)} con le aliquote ${input.year} (${input.rates.label})${deductionAnnualCents > 0 ? `, cioè ${euro(grossAnnualCents)} meno la detrazione ${euro(deductionAnnualCents)}` : ''}; acconto sul primo semestre con le aliquote ${input.year - 1} (${input.previousYearRates.label}) ${euro(firstInstalmentCents)}${deductionFirstInstalmentCents > 0 ? `, cioè ${euro(grossFirstInstalmentCents)} meno la detrazione ${euro(deductionFirstInstalmentCents)}` : ''}.`,
    params: { taxCode, annualCents, firstInstalmentCents, propertiesCount },
  });
  explanations.push(
    {
      key: 'imu.line.firstInstalment',
      text: `Acconto entro il ${formatItalianDate(dueDates.firstInstalment)}: ${euro(firstInstalmentCents)} arrotondato all'euro ${euro(firstInstalmentDueCents)} (per riga: fino a 49 centesimi per difetto, da 50 per eccesso; L. 296/2006 art. 1 c. 166).`,
      params: { firstInstalmentDueCents },
    },
    {
      key: 'imu.line.balance',
      text:
        balance >= 0
          ? `Saldo entro il ${formatItalianDate(dueDates.balance)}: imposta annua ${euro(annualCents)} arrotondata ${euro(singlePaymentDueCents)} meno l'acconto ${euro(firstInstalmentDueCents)} = ${euro(balance)}.`
          : `Saldo entro il ${formatItalianDate(dueDates.balance)}: nulla da versare; l'acconto ${euro(firstInstalmentDueCents)} supera l'imposta annua arrotondata ${euro(singlePaymentDueCents)} di ${euro(-balance)}, che si può chiedere a rimborso al Comune.`,
      params: { balanceDueCents: Math.max(0, balance) },
    },
    {
      key: 'imu.line.singlePayment',
      text: `In alternativa, tutto l'anno in un'unica soluzione entro il ${formatItalianDate(dueDates.firstInstalment)}: ${euro(singlePaymentDueCents)} (c. 762).`,
      params: { singlePaymentDueCents },
    },
  );
  return {
    taxCode,
    propertiesCount,
    grossAnnualCents,
    grossFirstInstalmentCents,
    deductionAnnualCents,
    deductionFirstInstalmentCents,
    annualCents,
    firstInstalmentCents,
    firstInstalmentDueCents,
    balanceDueCents: Math.max(0, balance),
    singlePaymentDueCents,
    overpaidCents: Math.max(0, -balance),
    explanations,
  };
}

/**
 * IMU of one taxpayer for one year in one comune (L. 160/2019 art. 1 cc. 738-783): per property and month
 * the taxable case, the annual tax at the year's rates, the acconto on the first semester at the previous
 * year's rates, and one line per codice tributo rounded to the euro, with the minimum amount applied to
 * the annual total.
 */
export function computeImuYear(input: ImuComputationInput): ImuYearAssessment {
  validateInput(input);
  const { year, ownerId } = input;
  const dueDates = imuDueDates(year);
  const states: OwnerMonthState[] = [];
  for (const property of input.properties) {
    const records = input.ownerships.filter((o) => o.propertyId === property.id && o.ownerId === ownerId);
    if (records.length) states.push(ownerMonthState(property, records, year));
  }
  refuseGoodsForSaleBeforeExemption(input, states);
  const terms = monthTerms(states, year);
  const properties = states
    .filter((s) => s.possessed.length > 0)
    .map((s) => assessProperty(s, terms.get(s.property.id) ?? [], input));
  const deduction = mainResidenceDeduction(input, states, terms);
  let lines = TAX_CODE_ORDER.map((code) => buildLine(code, properties, deduction, input, dueDates)).filter(
    (line): line is ImuTaxLine => line !== null,
  );

  const explanations: Explanation[] = [
    {
      key: 'imu.rates',
      text: `Aliquote ${year}: ${input.rates.label}; aliquote ${year - 1} per l'acconto: ${input.previousYearRates.label}.`,
      params: { ratesLabel: input.rates.label, previousYearRatesLabel: input.previousYearRates.label },
    },
  ];
  const annualTotal = lines.reduce((sum, line) => sum + line.annualCents, 0);
  const minimum = input.rates.minimumAmount;
  const belowMinimum = annualTotal > 0 && annualTotal < minimum;
  if (belowMinimum) {
    lines = lines.map((line) => ({
      ...line,
      firstInstalmentDueCents: 0,
      balanceDueCents: 0,
      singlePaymentDueCents: 0,
      overpaidCents: 0,
    }));
    explanations.push({
      key: 'imu.minimum.notDue',
      text: `L'imposta annua complessiva (${euro(annualTotal)}) è inferiore all'importo minimo di ${euro(minimum)}: non si versa nulla (L. 296/2006 art. 1 c. 168).`,
      params: { annualCents: annualTotal, minimumAmount: minimum },
    });
  } else if (annualTotal === 0) {
    explanations.push({ key: 'imu.nothingDue', text: `Nessuna IMU dovuta per il ${year}.` });
  }
  const sum = (pick: (line: ImuTaxLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
  return {
    ownerId,
    year,
    ratesLabel: input.rates.label,
    previousYearRatesLabel: input.previousYearRates.label,
    dueDates,
    properties,
    lines,
    totals: {
      annualCents: annualTotal,
      firstInstalmentDueCents: sum((l) => l.firstInstalmentDueCents),
      balanceDueCents: sum((l) => l.balanceDueCents),
      singlePaymentDueCents: sum((l) => l.singlePaymentDueCents),
      overpaidCents: sum((l) => l.overpaidCents),
    },
    belowMinimum,
    explanations,
  };
}
