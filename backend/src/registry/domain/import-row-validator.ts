import {
  addYears,
  type IsoDate,
  normalizeDateInput,
  parseIsoDate,
} from '../../common/calendar/civil-date.js';
import {
  baseFiscalCode,
  checkFiscalCode,
  fiscalCodeStem,
  lettersOnly,
} from '../../common/italian/fiscal-code.js';
import { findHouseholdRelationship, normalizeRelationshipCode } from './household-relationships.js';
import type { ImportColumn, ImportError, ImportRecord } from './import-columns.js';
import { findCitizenship, findPlaceByCode } from './places.js';
import {
  type Address,
  IDENTITY_DOCUMENT_KINDS,
  type IdentityDocument,
  MARITAL_STATUSES,
  type MaritalStatus,
  PERSON_STATUSES,
  type PersonStatus,
  type Sex,
} from './registry-types.js';

export interface ImportPlace {
  kind: 'municipality' | 'country';
  name: string;
}

export interface ImportValidationContext {
  /** "Today" for the import: no date may be after it. */
  referenceDate: IsoDate;
  /**
   * Resolves a Belfiore code. Defaults to the compact table of this folder; a real import passes a lookup on
   * the full ANPR list of comuni and states.
   */
  findPlace?: (code: string) => ImportPlace | undefined;
  /** Whether an ISO 3166-1 alpha-2 code is a known citizenship; defaults to the compact table. */
  isKnownCitizenship?: (iso2: string) => boolean;
}

export type ImportRowResult = { ok: true; record: ImportRecord } | { ok: false; errors: ImportError[] };

const OLDEST_BIRTH = '1880-01-01';
const PERSON_NAME = /^\p{L}[\p{L}\p{M}'’ .-]*$/u;
const HOUSEHOLD_CODE = /^[A-Za-z0-9._/-]{1,30}$/;
const PERSON_ID = /^[A-Za-z0-9._-]{1,40}$/;
const STREET_CODE = /^[A-Za-z0-9._-]{1,20}$/;
const TOPONYM = /^\p{L}[\p{L}' ]{0,29}$/u;
const CIVIC_NUMBER = /^([1-9][0-9]{0,4}( ?\/? ?[A-Z]{1,3})?|SNC)$/;
const INTERNAL = /^[A-Za-z0-9 /-]{1,10}$/;
const PLACE_CODE = /^[A-MZ][0-9]{3}$/;
const CIE_NUMBER = /^[A-Z]{2}[0-9]{5}[A-Z]{2}$/;
const PAPER_NUMBER = /^[A-Z]{2}[0-9]{7}$/;
const MINIMUM_MARRIAGE_AGE = 16;

function defaultFindPlace(code: string): ImportPlace | undefined {
  return findPlaceByCode(code);
}

function defaultIsKnownCitizenship(iso2: string): boolean {
  return findCitizenship(iso2) !== undefined;
}

/** Collects the problems of one row, reading each column at most once. */
class RowReader {
  readonly errors: ImportError[] = [];

  constructor(
    private readonly row: Record<string, string>,
    private readonly line: number,
  ) {}

  fail(field: ImportColumn, reason: string): undefined {
    this.errors.push({ line: this.line, field, reason });
    return undefined;
  }

  optional(field: ImportColumn): string {
    return (this.row[field] ?? '').trim();
  }

  required(field: ImportColumn): string | undefined {
    const value = this.optional(field);
    return value === '' ? this.fail(field, 'campo obbligatorio mancante') : value;
  }

  matching(
    field: ImportColumn,
    pattern: RegExp,
    reason: string,
    value = this.required(field),
  ): string | undefined {
    if (value === undefined) return undefined;
    return pattern.test(value) ? value : this.fail(field, `${reason}: «${value}»`);
  }

  oneOf<T extends string>(
    field: ImportColumn,
    allowed: readonly T[],
    value = this.required(field),
  ): T | undefined {
    if (value === undefined) return undefined;
    return (allowed as readonly string[]).includes(value)
      ? (value as T)
      : this.fail(field, `valore «${value}» non ammesso (ammessi: ${allowed.join(', ')})`);
  }

  /** A date not after `today`; `value` lets optional dates reuse the same checks. */
  date(field: ImportColumn, today: IsoDate, value = this.required(field)): IsoDate | undefined {
    if (value === undefined) return undefined;
    const iso = normalizeDateInput(value);
    if (!iso) return this.fail(field, `«${value}» non è una data valida (AAAA-MM-GG oppure GG/MM/AAAA)`);
    if (iso > today) return this.fail(field, `la data ${iso} è nel futuro`);
    return iso;
  }

  optionalDate(field: ImportColumn, today: IsoDate): IsoDate | null | undefined {
    const value = this.optional(field);
    return value === '' ? null : this.date(field, today, value);
  }
}

function readAddress(
  reader: RowReader,
  status: PersonStatus | undefined,
  findPlace: (code: string) => ImportPlace | undefined,
): Address | undefined {
  const streetFields: ImportColumn[] = [
    'street_code',
    'street_toponym',
    'street_name',
    'civic_number',
    'internal',
  ];
  const abroadFields: ImportColumn[] = ['abroad_country_code', 'abroad_locality', 'abroad_address'];
  const hasStreet = streetFields.some((field) => reader.optional(field) !== '');
  const hasAbroad = abroadFields.some((field) => reader.optional(field) !== '');
  if (status === 'aire' || (status === undefined && hasAbroad)) {
    if (hasStreet) {
      reader.fail(
        'street_code',
        "una persona iscritta all'AIRE ha un indirizzo estero, non uno dello stradario",
      );
    }
    const countryCode = reader.required('abroad_country_code')?.toUpperCase();
    const locality = reader.required('abroad_locality');
    const addressLine = reader.optional('abroad_address');
    if (
      countryCode !== undefined &&
      (!/^Z[0-9]{3}$/.test(countryCode) || findPlace(countryCode)?.kind !== 'country')
    ) {
      reader.fail('abroad_country_code', `«${countryCode}» non è il codice di uno Stato estero conosciuto`);
      return undefined;
    }
    if (countryCode === undefined || locality === undefined) return undefined;
    return { kind: 'abroad', countryCode, locality, addressLine };
  }
  if (hasAbroad)
    reader.fail('abroad_country_code', "l'indirizzo estero è ammesso solo per gli iscritti all'AIRE");
  const streetCode = reader.matching('street_code', STREET_CODE, 'codice via non valido');
  const toponym = reader.matching(
    'street_toponym',
    TOPONYM,
    'denominazione urbanistica (via, piazza, ...) non valida',
  );
  const streetName = reader.required('street_name');
  if (streetName !== undefined && streetName.length > 100)
    reader.fail('street_name', 'nome della via troppo lungo (massimo 100 caratteri)');
  const civicNumber = reader.matching(
    'civic_number',
    CIVIC_NUMBER,
    'numero civico non valido (es. 12, 12A, 12/B, SNC)',
    reader.required('civic_number')?.toUpperCase(),
  );
  const internalText = reader.optional('internal');
  const internal =
    internalText === '' ? null : reader.matching('internal', INTERNAL, 'interno non valido', internalText);
  if (
    streetCode === undefined ||
    toponym === undefined ||
    streetName === undefined ||
    civicNumber === undefined ||
    internal === undefined
  ) {
    return undefined;
  }
  return { kind: 'street', streetCode, toponym, streetName, civicNumber, internal };
}

function readIdentityDocument(
  reader: RowReader,
  today: IsoDate,
  birthDate: IsoDate | undefined,
): IdentityDocument | null | undefined {
  const fields: ImportColumn[] = [
    'id_document_kind',
    'id_document_number',
    'id_document_issued_on',
    'id_document_expires_on',
  ];
  if (fields.every((field) => reader.optional(field) === '')) return null;
  const kind = reader.oneOf(
    'id_document_kind',
    IDENTITY_DOCUMENT_KINDS,
    reader.required('id_document_kind')?.toLowerCase(),
  );
  const numberText = reader.required('id_document_number')?.toUpperCase().replace(/\s+/g, '');
  const number =
    kind === 'cie'
      ? reader.matching(
          'id_document_number',
          CIE_NUMBER,
          "numero di carta d'identità elettronica non valido (es. CA12345AB)",
          numberText,
        )
      : kind === 'paper'
        ? reader.matching(
            'id_document_number',
            PAPER_NUMBER,
            "numero di carta d'identità cartacea non valido (es. AX1234567)",
            numberText,
          )
        : undefined;
  const issuedOn = reader.date('id_document_issued_on', today);
  const expiresText = reader.required('id_document_expires_on');
  const expiresOn = expiresText === undefined ? undefined : normalizeDateInput(expiresText);
  if (expiresText !== undefined && !expiresOn) {
    reader.fail(
      'id_document_expires_on',
      `«${expiresText}» non è una data valida (AAAA-MM-GG oppure GG/MM/AAAA)`,
    );
  }
  if (issuedOn && birthDate && issuedOn < birthDate) {
    reader.fail('id_document_issued_on', 'il documento risulta rilasciato prima della nascita');
  }
  if (issuedOn && expiresOn && expiresOn <= issuedOn) {
    reader.fail('id_document_expires_on', 'la scadenza deve essere successiva al rilascio');
  }
  if (!kind || !number || !issuedOn || !expiresOn) return undefined;
  return { kind, number, issuedOn, expiresOn };
}

/** The codice fiscale must agree with sex, birth date and birth place (names may have changed since). */
function checkFiscalCodeCoherence(
  reader: RowReader,
  fiscalCode: string,
  sex: Sex,
  birthDate: IsoDate,
  placeCode: string,
): void {
  const birth = parseIsoDate(birthDate);
  if (!birth) return;
  const expected = fiscalCodeStem('XXX', 'XXX', sex, birth, placeCode);
  const actual = baseFiscalCode(fiscalCode);
  const codeSex: Sex = Number(actual.slice(9, 11)) > 40 ? 'F' : 'M';
  if (codeSex !== sex) {
    reader.fail('fiscal_code', `il codice fiscale è di una persona di sesso ${codeSex}, non ${sex}`);
  } else if (actual.slice(6, 11) !== expected.slice(6, 11)) {
    reader.fail('fiscal_code', `il codice fiscale non corrisponde alla data di nascita ${birthDate}`);
  }
  if (actual.slice(11, 15) !== placeCode) {
    reader.fail(
      'fiscal_code',
      `il codice fiscale indica il luogo di nascita ${actual.slice(11, 15)}, non ${placeCode}`,
    );
  }
}

/**
 * Validates and normalizes one row of the import file (see docs/registry-import.md). Pure and stateless: the
 * importer calls it while streaming; checks across rows belong to the consistency checker.
 */
export function validateImportRow(
  row: Record<string, string>,
  line: number,
  context: ImportValidationContext,
): ImportRowResult {
  const reader = new RowReader(row, line);
  const today = context.referenceDate;
  const findPlace = context.findPlace ?? defaultFindPlace;
  const isKnownCitizenship = context.isKnownCitizenship ?? defaultIsKnownCitizenship;

  const householdCode = reader.matching(
    'household_code',
    HOUSEHOLD_CODE,
    'codice famiglia non valido (fino a 30 tra lettere, cifre e . _ / -)',
  );
  const relationshipText = reader.required('relationship_code');
  let relationshipCode: string | undefined;
  if (relationshipText !== undefined) {
    const relationship = findHouseholdRelationship(relationshipText);
    if (!relationship)
      reader.fail(
        'relationship_code',
        `codice di parentela «${relationshipText}» sconosciuto (tabella ANPR)`,
      );
    else if (!relationship.valid)
      reader.fail(
        'relationship_code',
        `il codice di parentela ${relationship.code} (${relationship.labelIt}) non è più ammesso da ANPR`,
      );
    else relationshipCode = normalizeRelationshipCode(relationshipText) ?? undefined;
  }
  const personIdText = reader.optional('person_id');
  const personId =
    personIdText === ''
      ? null
      : reader.matching('person_id', PERSON_ID, 'identificativo persona non valido', personIdText);

  const familyName = reader.matching('family_name', PERSON_NAME, 'il cognome contiene caratteri non ammessi');
  const givenName = reader.matching('given_name', PERSON_NAME, 'il nome contiene caratteri non ammessi');
  for (const [field, value] of [
    ['family_name', familyName],
    ['given_name', givenName],
  ] as const) {
    if (value !== undefined && (value.length > 80 || lettersOnly(value).length === 0)) {
      reader.fail(field, 'deve contenere almeno una lettera e al massimo 80 caratteri');
    }
  }
  const sex = reader.oneOf<Sex>('sex', ['M', 'F'], reader.required('sex')?.toUpperCase());
  let birthDate = reader.date('birth_date', today);
  if (birthDate !== undefined && birthDate < OLDEST_BIRTH) {
    birthDate = reader.fail('birth_date', `la data di nascita ${birthDate} è troppo remota`);
  }
  const placeText = reader.required('birth_place_code')?.toUpperCase();
  let birthPlaceCode: string | undefined;
  let birthPlaceName: string | undefined;
  if (placeText !== undefined) {
    const place = PLACE_CODE.test(placeText) ? findPlace(placeText) : undefined;
    if (!PLACE_CODE.test(placeText))
      reader.fail(
        'birth_place_code',
        `«${placeText}» non è un codice catastale (lettera A-M o Z e tre cifre)`,
      );
    else if (!place) reader.fail('birth_place_code', `codice catastale «${placeText}» sconosciuto`);
    else {
      birthPlaceCode = placeText;
      birthPlaceName = reader.optional('birth_place_name') || place.name;
    }
  }
  const citizenshipText = reader.required('citizenship')?.toUpperCase();
  let citizenship: string | undefined;
  if (citizenshipText !== undefined) {
    if (!/^[A-Z]{2}$/.test(citizenshipText) || !isKnownCitizenship(citizenshipText)) {
      reader.fail(
        'citizenship',
        `cittadinanza «${citizenshipText}» sconosciuta (codice ISO 3166-1 alfa-2, es. IT, RO)`,
      );
    } else {
      citizenship = citizenshipText;
    }
  }
  const maritalStatus = reader.oneOf<MaritalStatus>('marital_status', MARITAL_STATUSES);
  if (maritalStatus && maritalStatus !== 'single' && birthDate) {
    if (addYears(birthDate, MINIMUM_MARRIAGE_AGE) > today) {
      reader.fail(
        'marital_status',
        `stato civile «${maritalStatus}» impossibile per chi non ha ancora 16 anni`,
      );
    }
  }
  const status = reader.oneOf<PersonStatus>('status', PERSON_STATUSES);

  const fiscalCodeText = reader.required('fiscal_code');
  let fiscalCode: string | undefined;
  if (fiscalCodeText !== undefined) {
    const check = checkFiscalCode(fiscalCodeText);
    if (!check.valid) reader.fail('fiscal_code', `codice fiscale non valido: ${check.reason}`);
    else {
      fiscalCode = check.fiscalCode;
      if (sex && birthDate && birthPlaceCode)
        checkFiscalCodeCoherence(reader, fiscalCode, sex, birthDate, birthPlaceCode);
    }
  }

  const entryDate = reader.date('entry_date', today);
  if (entryDate && birthDate && entryDate < birthDate)
    reader.fail('entry_date', 'la data di ingresso nella famiglia precede la nascita');
  const exitDate = reader.optionalDate('exit_date', today);
  if (exitDate && entryDate && exitDate < entryDate)
    reader.fail('exit_date', 'la data di uscita precede quella di ingresso');
  const historic = status === 'deceased' || status === 'emigrated';
  if (historic && exitDate === null)
    reader.fail('exit_date', 'obbligatoria per una persona deceduta o emigrata (uscita dalla famiglia)');
  if (!historic && status && exitDate)
    reader.fail(
      'exit_date',
      'una persona residente o AIRE non può avere data di uscita: indicare la famiglia attuale',
    );

  const deathText = reader.optional('death_date');
  let deathDate: IsoDate | undefined;
  if (status === 'deceased') {
    deathDate = reader.date('death_date', today);
    if (deathDate && birthDate && deathDate < birthDate)
      deathDate = reader.fail('death_date', 'la data di morte precede la nascita');
  } else if (deathText !== '') {
    reader.fail('death_date', 'la data di morte è ammessa solo con stato «deceased»');
  }

  const address = readAddress(reader, status, findPlace);
  const identityDocument = readIdentityDocument(reader, today, birthDate);

  if (
    reader.errors.length > 0 ||
    householdCode === undefined ||
    relationshipCode === undefined ||
    entryDate === undefined ||
    exitDate === undefined ||
    personId === undefined ||
    fiscalCode === undefined ||
    familyName === undefined ||
    givenName === undefined ||
    sex === undefined ||
    birthDate === undefined ||
    birthPlaceCode === undefined ||
    birthPlaceName === undefined ||
    citizenship === undefined ||
    maritalStatus === undefined ||
    status === undefined ||
    address === undefined ||
    identityDocument === undefined
  ) {
    return { ok: false, errors: reader.errors };
  }
  const person: ImportRecord['person'] = {
    fiscalCode,
    givenName,
    familyName,
    sex,
    birthDate,
    birthPlaceCode,
    birthPlaceName,
    citizenship,
    maritalStatus,
    identityDocument,
    status,
  };
  if (deathDate) person.deathDate = deathDate;
  return {
    ok: true,
    record: { line, householdCode, relationshipCode, entryDate, exitDate, address, personId, person },
  };
}
