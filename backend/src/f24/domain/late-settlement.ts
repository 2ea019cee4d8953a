import { nextItalianWorkingDay } from '../../common/calendar/italian-holidays.js';
import { DomainError } from '../../common/errors/domain-error.js';
import {
  formatEuro,
  formatPercent,
  Money,
  type MoneyValue,
  roundToWholeEuro,
  toCents,
} from './euro-amount.js';
import type { Explanation } from './explanation.js';
import type { LegalInterestRates } from './imu-types.js';
import { validateLegalInterestRates } from './imu-validation.js';
import {
  addDays,
  addYears,
  assertIsoDate,
  dateParts,
  daysBetween,
  formatItalianDate,
  type IsoDate,
  isoDate,
  toDayNumber,
} from './iso-date.js';

/**
 * Ravvedimento operoso for a late tax payment (D.Lgs 472/1997 art. 13 on the penalty of D.Lgs 471/1997
 * art. 13, both as amended by D.Lgs 87/2024 for violations from 1 September 2024).
 *
 * Base penalty for an omitted payment: 25% (30% before), halved within 90 days, and within 15 days a
 * further 1/15 per day of delay. Paying spontaneously reduces it to a fraction of that minimum:
 *
 * | days late              | reduction | from 2024-09-01       | up to 2024-08-31      |
 * |------------------------|-----------|-----------------------|-----------------------|
 * | 1-14 ("sprint")        | 1/10      | 0,0833% per day       | 0,1% per day          |
 * | 15-30 ("breve")        | 1/10      | 1,25%                 | 1,5%                  |
 * | 31-90 ("intermedio")   | 1/9       | 1,3889%               | 1,6667%               |
 * | 91 days – 1 year       | 1/8       | 3,125%                | 3,75%                 |
 * | 1 – 2 years            | 1/7       | 3,5714%               | 4,2857%               |
 * | beyond 2 years         | 1/6       | 4,1667%               | 5%                    |
 *
 * Example (new table): € 534 saldo due 16/12/2024, paid 27/12/2024 (11 days): penalty 534 × 0,9167% =
 * € 4,90; interest 534 × 2,5% × 11/365 = € 0,40; F24 line 534 + 4,90 + 0,40 = 539,30 → € 539.
 * Interest: simple, daily, on the tax only, at the legal rate of each calendar year crossed, on a 365-day
 * year, from the day after the deadline to the payment day included.
 */

export interface LateSettlementInput {
  /** The legal deadline; when it falls on a holiday or weekend the next working day applies. */
  dueDate: IsoDate;
  paymentDate: IsoDate;
  /** The unpaid tax per codice tributo, in cents. */
  lines: ReadonlyArray<{ taxCode: string; taxCents: number }>;
  legalInterestRates: LegalInterestRates;
}

export type LateSettlementTable = 'from-2024-09-01' | 'until-2024-08-31';
export type LateSettlementTier =
  | 'within14Days'
  | 'within30Days'
  | 'within90Days'
  | 'withinOneYear'
  | 'withinTwoYears'
  | 'beyondTwoYears';

export interface LateSettlementInterest {
  year: number;
  days: number;
  ratePercent: string;
  cents: number;
}

export interface LateSettlementLine {
  taxCode: string;
  taxCents: number;
  penaltyCents: number;
  interestCents: number;
  interestByYear: LateSettlementInterest[];
  /** Tax + penalty + interest rounded to the euro: the amount of the F24 line with "Ravv." ticked. */
  totalCents: number;
  explanations: Explanation[];
}

export interface LateSettlement {
  /** The deadline actually missed (moved past weekends and holidays). */
  dueDate: IsoDate;
  paymentDate: IsoDate;
  daysLate: number;
  table: LateSettlementTable;
  tier: LateSettlementTier;
  /** Penalty as a percent of the tax, full precision. */
  penaltyPercent: string;
  lines: LateSettlementLine[];
  totalCents: number;
  explanations: Explanation[];
}

/** Violations from this day use the penalties of D.Lgs 87/2024 (art. 5). */
export const NEW_PENALTY_TABLE_FROM: IsoDate = '2024-09-01';

const TIER_LABELS: Record<LateSettlementTier, string> = {
  within14Days:
    'entro 14 giorni: 1/15 della sanzione per giorno di ritardo, ridotta a 1/10 (art. 13 c. 1 lett. a)',
  within30Days: 'entro 30 giorni: 1/10 del minimo (lett. a)',
  within90Days: 'entro 90 giorni: 1/9 del minimo (lett. a-bis)',
  withinOneYear: 'entro un anno: 1/8 del minimo (lett. b)',
  withinTwoYears: 'entro due anni: 1/7 del minimo (lett. b-bis)',
  beyondTwoYears: 'oltre due anni: 1/6 del minimo (lett. b-ter)',
};

function penaltyPercent(
  table: LateSettlementTable,
  dueDate: IsoDate,
  paymentDate: IsoDate,
  daysLate: number,
): { tier: LateSettlementTier; percent: MoneyValue } {
  const base = new Money(table === 'from-2024-09-01' ? 25 : 30);
  const halved = base.div(2);
  if (daysLate <= 14) return { tier: 'within14Days', percent: halved.times(daysLate).div(15).div(10) };
  if (daysLate <= 30) return { tier: 'within30Days', percent: halved.div(10) };
  if (daysLate <= 90) return { tier: 'within90Days', percent: halved.div(9) };
  if (paymentDate <= addYears(dueDate, 1)) return { tier: 'withinOneYear', percent: base.div(8) };
  if (paymentDate <= addYears(dueDate, 2)) return { tier: 'withinTwoYears', percent: base.div(7) };
  return { tier: 'beyondTwoYears', percent: base.div(6) };
}

/** Days of delay in each calendar year, from the day after the deadline to the payment day included. */
function daysPerYear(dueDate: IsoDate, paymentDate: IsoDate): Array<{ year: number; days: number }> {
  const result: Array<{ year: number; days: number }> = [];
  const first = addDays(dueDate, 1);
  for (let year = dateParts(first).year; year <= dateParts(paymentDate).year; year++) {
    const start = Math.max(toDayNumber(first), toDayNumber(isoDate(year, 1, 1)));
    const end = Math.min(toDayNumber(paymentDate), toDayNumber(isoDate(year, 12, 31)));
    result.push({ year, days: end - start + 1 });
  }
  return result;
}

export function computeLateSettlement(input: LateSettlementInput): LateSettlement {
  assertIsoDate(input.dueDate, 'dueDate');
  assertIsoDate(input.paymentDate, 'paymentDate');
  if (input.lines.length === 0) {
    throw new DomainError({
      code: 'LATE_SETTLEMENT_NO_LINES',
      status: 422,
      detail: 'Indicare almeno un tributo da regolarizzare.',
      field: 'lines',
    });
  }
  input.lines.forEach((line, i) => {
    if (!/^[0-9A-Z]{4}$/.test(line.taxCode)) {
      throw new DomainError({
        code: 'INVALID_TAX_CODE',
        status: 422,
        detail: `Codice tributo "${line.taxCode}" non valido.`,
        field: `lines.${i}.taxCode`,
      });
    }
    if (!Number.isSafeInteger(line.taxCents) || line.taxCents <= 0) {
      throw new DomainError({
        code: 'INVALID_AMOUNT',
        status: 422,
        detail: "L'imposta da regolarizzare deve essere un numero positivo di centesimi.",
        field: `lines.${i}.taxCents`,
      });
    }
  });
  const dueDate = nextItalianWorkingDay(input.dueDate);
  const { paymentDate } = input;
  if (paymentDate <= dueDate) {
    throw new DomainError({
      code: 'PAYMENT_NOT_LATE',
      status: 422,
      detail: `Il pagamento del ${formatItalianDate(paymentDate)} non è in ritardo: la scadenza è il ${formatItalianDate(dueDate)}, il ravvedimento non serve.`,
      field: 'paymentDate',
      extra: { dueDate },
    });
  }
  const daysLate = daysBetween(dueDate, paymentDate);
  const table: LateSettlementTable =
    dueDate >= NEW_PENALTY_TABLE_FROM ? 'from-2024-09-01' : 'until-2024-08-31';
  const { tier, percent } = penaltyPercent(table, dueDate, paymentDate, daysLate);
  const periods = daysPerYear(dueDate, paymentDate);
  validateLegalInterestRates(
    input.legalInterestRates,
    periods.map((p) => p.year),
  );

  const explanations: Explanation[] = [
    {
      key: 'lateSettlement.delay',
      text: `Scadenza ${formatItalianDate(dueDate)}${dueDate !== input.dueDate ? ` (il ${formatItalianDate(input.dueDate)} non era lavorativo)` : ''}, pagamento ${formatItalianDate(paymentDate)}: ${daysLate} giorn${daysLate === 1 ? 'o' : 'i'} di ritardo.`,
      params: { dueDate, paymentDate, daysLate },
    },
    {
      key: `lateSettlement.penalty.${tier}`,
      text: `Sanzione ridotta ${formatPercent(percent.toDecimalPlaces(4))}% dell'imposta: ${TIER_LABELS[tier]}, sulla sanzione del ${table === 'from-2024-09-01' ? '25% (violazioni dal 1° settembre 2024, D.Lgs 87/2024)' : '30% (violazioni fino al 31 agosto 2024)'}, dimezzata entro 90 giorni (D.Lgs 471/1997 art. 13; D.Lgs 472/1997 art. 13).`,
      params: { table, tier, penaltyPercent: percent.toString() },
    },
  ];

  const lines = input.lines.map((line): LateSettlementLine => {
    const tax = new Money(line.taxCents);
    const penaltyCents = toCents(tax.times(percent).div(100));
    const interestByYear = periods.map(({ year, days }) => {
      const ratePercent = input.legalInterestRates[year];
      return {
        year,
        days,
        ratePercent,
        exact: tax.times(ratePercent).div(100).times(days).div(365),
      };
    });
    const interestCents = toCents(interestByYear.reduce((sum, p) => sum.plus(p.exact), new Money(0)));
    const totalCents = roundToWholeEuro(line.taxCents + penaltyCents + interestCents);
    const lineExplanations: Explanation[] = [
      {
        key: 'lateSettlement.line.penalty',
        text: `Codice ${line.taxCode}: sanzione € ${formatEuro(line.taxCents)} × ${formatPercent(percent.toDecimalPlaces(4))}% = € ${formatEuro(penaltyCents)}.`,
        params: { taxCode: line.taxCode, penaltyCents },
      },
      ...interestByYear.map((p) => ({
        key: 'lateSettlement.line.interest',
        text: `Interessi ${p.year}: € ${formatEuro(line.taxCents)} × ${formatPercent(p.ratePercent)}% × ${p.days}/365 = € ${formatEuro(toCents(p.exact))} (tasso legale ${p.year}, solo sull'imposta).`,
        params: { year: p.year, days: p.days, ratePercent: p.ratePercent },
      })),
      {
        key: 'lateSettlement.line.total',
        text: `Riga F24 con "Ravv." barrato, codice ${line.taxCode}: imposta € ${formatEuro(line.taxCents)} + sanzione € ${formatEuro(penaltyCents)} + interessi € ${formatEuro(interestCents)} = € ${formatEuro(line.taxCents + penaltyCents + interestCents)}, arrotondato all'euro € ${formatEuro(totalCents)}.`,
        params: { totalCents },
      },
    ];
    return {
      taxCode: line.taxCode,
      taxCents: line.taxCents,
      penaltyCents,
      interestCents,
      interestByYear: interestByYear.map(({ year, days, ratePercent, exact }) => ({
        year,
        days,
        ratePercent,
        cents: toCents(exact),
      })),
      totalCents,
      explanations: lineExplanations,
    };
  });

  return {
    dueDate,
    paymentDate,
    daysLate,
    table,
    tier,
    penaltyPercent: percent.toString(),
    lines,
    totalCents: lines.reduce((sum, line) => sum + line.totalCents, 0),
    explanations,
  };
}
