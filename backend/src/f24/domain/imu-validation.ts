import { DomainError } from '../../common/errors/domain-error.js';
import {
  buildingMultiplier,
  isAppurtenanceCategory,
  isCadastralCategory,
  isDwelling,
  isLuxuryDwelling,
} from './cadastral-category.js';
import { formatEuro, formatPercent, Money, type MoneyValue } from './euro-amount.js';
import { IMU_RATE_CATEGORIES } from './imu-rate-categories.js';
import type { DatePeriod, ImuRates, LegalInterestRates, Ownership, Property } from './imu-types.js';
import { assertIsoDate, formatItalianDate, fromDayNumber, toDayNumber } from './iso-date.js';

/** A rendita or reddito dominicale above € 50 million is a typing error, not a property. */
const MAX_INCOME_CENTS = 5_000_000_000;
/** A building plot worth more than € 10 billion is a typing error too. */
const MAX_MARKET_VALUE_CENTS = 1_000_000_000_000;
const DECIMAL = /^\d{1,3}(\.\d{1,6})?$/;

function invalid(code: string, detail: string, field: string, extra?: Record<string, unknown>): DomainError {
  return new DomainError({ code, status: 422, detail, field, extra });
}

function parseDecimal(value: unknown, field: string, what: string): MoneyValue {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw invalid(
      'INVALID_DECIMAL',
      `${what}: "${String(value)}" non è un numero valido (usare il punto per i decimali, es. 0.86).`,
      field,
    );
  }
  return new Money(value);
}

function assertCents(
  value: unknown,
  field: string,
  what: string,
  max: number,
  min = 0,
): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw invalid('INVALID_AMOUNT', `${what}: l'importo deve essere un numero intero di centesimi.`, field);
  }
  if (value < min || value > max) {
    throw invalid(
      'AMOUNT_OUT_OF_RANGE',
      `${what}: l'importo deve essere compreso tra € ${formatEuro(min)} e € ${formatEuro(max)}.`,
      field,
      { min, max },
    );
  }
}

function assertNonEmpty(value: unknown, field: string, what: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid('REQUIRED_FIELD_MISSING', `${what}: il dato è obbligatorio.`, field);
  }
}

function assertPeriod(period: DatePeriod, field: string): void {
  assertIsoDate(period.from, `${field}.from`);
  if (period.to !== undefined) {
    assertIsoDate(period.to, `${field}.to`);
    if (period.to < period.from) {
      throw invalid('INVALID_PERIOD', 'La data di fine precede la data di inizio.', `${field}.to`);
    }
  }
}

export function validateProperty(property: Property, field = 'property'): void {
  assertNonEmpty(property.id, `${field}.id`, 'Identificativo immobile');
  if (!['building', 'land', 'buildingLand'].includes(property.kind)) {
    throw invalid(
      'UNKNOWN_PROPERTY_KIND',
      `Tipo di immobile sconosciuto: "${String(property.kind)}".`,
      `${field}.kind`,
    );
  }
  assertNonEmpty(property.cadastralReference?.foglio, `${field}.cadastralReference.foglio`, 'Foglio');
  assertNonEmpty(
    property.cadastralReference?.particella,
    `${field}.cadastralReference.particella`,
    'Particella',
  );
  const reductions = property.reductions ?? {};

  if (property.kind === 'building') {
    const category = property.cadastralCategory;
    if (!isCadastralCategory(category)) {
      throw invalid(
        'UNKNOWN_CADASTRAL_CATEGORY',
        `Categoria catastale sconosciuta: "${String(category)}" (attese A/1-A/11, B/1-B/8, C/1-C/7, D/1-D/10, E/1-E/9, F/1-F/7).`,
        `${field}.cadastralCategory`,
      );
    }
    const taxable = buildingMultiplier(category) !== null;
    if (taxable || property.cadastralIncome !== undefined) {
      assertCents(
        property.cadastralIncome,
        `${field}.cadastralIncome`,
        'Rendita catastale',
        MAX_INCOME_CENTS,
        taxable ? 1 : 0,
      );
    }
    if (reductions.agreedRent && !isDwelling(category)) {
      throw invalid(
        'REDUCTION_NOT_APPLICABLE',
        `La riduzione al 75% per il canone concordato vale solo per le abitazioni (categoria A, escluso A/10 uffici e studi privati): la categoria ${category} non ne ha diritto (L. 160/2019 art. 1 c. 760).`,
        `${field}.reductions.agreedRent`,
      );
    }
    if (reductions.freeLoanToRelative && !(isDwelling(category) || isAppurtenanceCategory(category))) {
      throw invalid(
        'REDUCTION_NOT_APPLICABLE',
        'Il comodato a parenti riduce la base solo per abitazioni e relative pertinenze.',
        `${field}.reductions.freeLoanToRelative`,
      );
    }
    if (reductions.freeLoanToRelative && isLuxuryDwelling(category)) {
      throw invalid(
        'REDUCTION_NOT_APPLICABLE',
        'Il comodato a parenti non riduce la base delle abitazioni A/1, A/8, A/9.',
        `${field}.reductions.freeLoanToRelative`,
      );
    }
  } else {
    if (property.ruralInstrumental) {
      throw invalid(
        'RURAL_INSTRUMENTAL_NOT_A_BUILDING',
        'Solo un fabbricato può essere rurale strumentale.',
        `${field}.ruralInstrumental`,
      );
    }
    for (const name of ['historic', 'uninhabitable', 'freeLoanToRelative', 'agreedRent'] as const) {
      if (reductions[name]) {
        throw invalid(
          'REDUCTION_NOT_APPLICABLE',
          'Le riduzioni della base e il canone concordato riguardano solo i fabbricati.',
          `${field}.reductions.${name}`,
        );
      }
    }
  }
  if (property.kind === 'land') {
    assertCents(property.dominicalIncome, `${field}.dominicalIncome`, 'Reddito dominicale', MAX_INCOME_CENTS);
  }
  if (property.kind === 'buildingLand') {
    assertCents(property.marketValue, `${field}.marketValue`, 'Valore venale', MAX_MARKET_VALUE_CENTS);
  }
  if (reductions.uninhabitable) assertPeriod(reductions.uninhabitable, `${field}.reductions.uninhabitable`);
  for (const name of ['freeLoanToRelative', 'agreedRent'] as const) {
    const period = reductions[name];
    if (typeof period === 'object') assertPeriod(period, `${field}.reductions.${name}`);
  }
}

/**
 * Checks every ownership record against its property, then, over all records: no owner holds the same
 * property twice on one day, the shares of one property never exceed 100% on any day, and nobody has two
 * main-residence dwellings on the same day.
 */
export function validateOwnerships(ownerships: readonly Ownership[], properties: readonly Property[]): void {
  const byId = new Map(properties.map((p) => [p.id, p]));
  ownerships.forEach((o, i) => {
    const field = `ownerships.${i}`;
    const property = byId.get(o.propertyId);
    if (!property) {
      throw invalid('UNKNOWN_PROPERTY', `Immobile "${o.propertyId}" non trovato.`, `${field}.propertyId`);
    }
    assertNonEmpty(o.ownerId, `${field}.ownerId`, 'Codice fiscale del possessore');
    const share = parseDecimal(o.sharePercent, `${field}.sharePercent`, 'Quota di possesso');
    if (share.lte(0) || share.gt(100)) {
      throw invalid(
        'OWNERSHIP_SHARE_OUT_OF_RANGE',
        'La quota di possesso deve essere maggiore di 0 e al massimo 100%.',
        `${field}.sharePercent`,
      );
    }
    assertPeriod(o, field);
    checkOwnerExemptions(o, property, field);
    if (o.mainResidence) {
      const category = property.cadastralCategory ?? '';
      const allowed =
        property.kind === 'building' &&
        !property.ruralInstrumental &&
        (isDwelling(category) || isAppurtenanceCategory(category));
      if (!allowed) {
        throw invalid(
          'MAIN_RESIDENCE_NOT_ALLOWED',
          "Solo un'abitazione (categoria A, esclusa A/10) o una pertinenza C/2, C/6, C/7 può essere abitazione principale.",
          `${field}.mainResidence`,
        );
      }
    }
  });

  checkOverlaps(ownerships);
  checkShares(ownerships);
  checkSingleMainResidence(ownerships, byId);
}

/** The exemptions that follow the owner's status fit only some properties (c. 758 lett. a, c. 751). */
function checkOwnerExemptions(o: Ownership, property: Property, field: string): void {
  if (o.professionalFarmer && property.kind !== 'land') {
    throw invalid(
      'EXEMPTION_NOT_APPLICABLE',
      "L'esenzione per coltivatori diretti e imprenditori agricoli professionali riguarda solo i terreni agricoli (L. 160/2019 art. 1 c. 758 lett. a).",
      `${field}.professionalFarmer`,
    );
  }
  if (!o.heldForSaleByBuilder) return;
  const category = property.cadastralCategory ?? '';
  if (
    property.kind !== 'building' ||
    buildingMultiplier(category) === null ||
    property.ruralInstrumental ||
    category === 'D/10'
  ) {
    throw invalid(
      'EXEMPTION_NOT_APPLICABLE',
      "L'esenzione dei beni merce riguarda solo i fabbricati costruiti dall'impresa costruttrice e destinati alla vendita (L. 160/2019 art. 1 c. 751).",
      `${field}.heldForSaleByBuilder`,
    );
  }
  if (o.mainResidence || property.reductions?.agreedRent) {
    throw invalid(
      'EXEMPTION_NOT_APPLICABLE',
      "Un bene merce è esente solo finché è destinato alla vendita e non è locato né abitato (L. 160/2019 art. 1 c. 751): dividere il periodo di possesso quando cambia l'uso.",
      `${field}.heldForSaleByBuilder`,
    );
  }
}

type Indexed = { o: Ownership; i: number };

function groupBy(
  ownerships: readonly Ownership[],
  key: (o: Ownership) => string | null,
): Map<string, Indexed[]> {
  const groups = new Map<string, Indexed[]>();
  ownerships.forEach((o, i) => {
    const k = key(o);
    if (k === null) return;
    const group = groups.get(k) ?? [];
    group.push({ o, i });
    groups.set(k, group);
  });
  return groups;
}

function firstOverlap(records: Indexed[]): [Indexed, Indexed] | null {
  const sorted = [...records].sort((a, b) => (a.o.from < b.o.from ? -1 : a.o.from > b.o.from ? 1 : 0));
  for (let k = 1; k < sorted.length; k++) {
    const previous = sorted[k - 1].o;
    if (previous.to === undefined || sorted[k].o.from <= previous.to) return [sorted[k - 1], sorted[k]];
  }
  return null;
}

function checkOverlaps(ownerships: readonly Ownership[]): void {
  for (const records of groupBy(ownerships, (o) => `${o.propertyId}\u0000${o.ownerId}`).values()) {
    const overlap = firstOverlap(records);
    if (overlap) {
      const [earlier, later] = overlap;
      throw invalid(
        'OWNERSHIP_PERIODS_OVERLAP',
        `Il possesso di ${later.o.ownerId} sull'immobile ${later.o.propertyId} dal ${formatItalianDate(later.o.from)} si sovrappone a un periodo già registrato.`,
        `ownerships.${later.i}.from`,
        { overlapsWith: earlier.i },
      );
    }
  }
}

function checkShares(ownerships: readonly Ownership[]): void {
  for (const [propertyId, records] of groupBy(ownerships, (o) => o.propertyId)) {
    const events: Array<{ day: number; delta: MoneyValue; index: number }> = [];
    for (const { o, i } of records) {
      const share = new Money(o.sharePercent);
      events.push({ day: toDayNumber(o.from), delta: share, index: i });
      if (o.to !== undefined) events.push({ day: toDayNumber(o.to) + 1, delta: share.neg(), index: i });
    }
    // Removals before additions on the same day: a share ending the day before another starts frees room.
    events.sort((a, b) => a.day - b.day || a.delta.comparedTo(b.delta));
    let total = new Money(0);
    for (const event of events) {
      total = total.plus(event.delta);
      if (total.gt(100)) {
        const date = fromDayNumber(event.day);
        throw invalid(
          'OWNERSHIP_SHARES_EXCEED_100',
          `Le quote di possesso dell'immobile ${propertyId} superano il 100% il ${formatItalianDate(date)} (${formatPercent(total)}%).`,
          `ownerships.${event.index}.sharePercent`,
          { propertyId, date, totalPercent: total.toString() },
        );
      }
    }
  }
}

function checkSingleMainResidence(ownerships: readonly Ownership[], byId: Map<string, Property>): void {
  const dwellingResidences = groupBy(ownerships, (o) => {
    const category = byId.get(o.propertyId)?.cadastralCategory ?? '';
    return o.mainResidence && isDwelling(category) ? o.ownerId : null;
  });
  for (const [ownerId, records] of dwellingResidences) {
    const overlap = firstOverlap(records);
    if (overlap && overlap[0].o.propertyId !== overlap[1].o.propertyId) {
      throw invalid(
        'MAIN_RESIDENCE_NOT_UNIQUE',
        `${ownerId} risulta avere due abitazioni principali nello stesso periodo: se ne può avere una sola.`,
        `ownerships.${overlap[1].i}.mainResidence`,
      );
    }
  }
}

/** A label as a heading, "Aree fabbricabili", inside a sentence: "l'aliquota per aree fabbricabili". */
function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Each rate within the range L. 160/2019 art. 1 gives its category (`IMU_RATE_CATEGORIES`). */
export function validateImuRates(rates: ImuRates, field = 'rates'): void {
  if (!Number.isInteger(rates.year) || rates.year < 2020 || rates.year > 2100) {
    throw invalid(
      'INVALID_TAX_YEAR',
      "L'anno delle aliquote deve essere dal 2020 (nuova IMU) in poi.",
      `${field}.year`,
    );
  }
  assertNonEmpty(rates.label, `${field}.label`, 'Fonte delle aliquote');
  for (const category of IMU_RATE_CATEGORIES) {
    const key = category.key;
    const name = lowerFirst(category.label.it);
    const rate = parseDecimal(rates[key], `${field}.${key}`, `Aliquota ${name}`);
    const max =
      rates.formerTasiSurcharge && category.maxWithTasiSurcharge
        ? category.maxWithTasiSurcharge
        : category.max;
    if (rate.lt(category.min) || rate.gt(max)) {
      throw invalid(
        'IMU_RATE_OUT_OF_RANGE',
        `L'aliquota per ${name} (${formatPercent(rate)}%) è fuori dai limiti di legge: da ${formatPercent(category.min)}% a ${formatPercent(max)}% (L. 160/2019 art. 1 ${category.law}).`,
        `${field}.${key}`,
        { min: category.min, max },
      );
    }
  }
  assertCents(rates.mainResidenceDeduction, `${field}.mainResidenceDeduction`, 'Detrazione', 100_000_000);
  assertCents(rates.minimumAmount, `${field}.minimumAmount`, 'Importo minimo', 100_000_000);
}

/** Each year in `years` must have a plausible legal interest rate. */
export function validateLegalInterestRates(rates: LegalInterestRates, years: readonly number[]): void {
  for (const year of years) {
    const field = `legalInterestRates.${year}`;
    if (rates[year] === undefined) {
      throw invalid(
        'LEGAL_INTEREST_RATE_MISSING',
        `Il tasso di interesse legale del ${year} non è ancora stato inserito dall'ufficio tributi (lo fissa ogni anno a dicembre un decreto del Ministero dell'economia): un ravvedimento che comprende giorni del ${year} non si può ancora calcolare.`,
        field,
        { missingYear: year },
      );
    }
    const rate = parseDecimal(rates[year], field, `Tasso legale ${year}`);
    if (rate.gte(100)) {
      throw invalid('LEGAL_INTEREST_RATE_OUT_OF_RANGE', `Tasso legale ${year} non plausibile.`, field);
    }
  }
}
