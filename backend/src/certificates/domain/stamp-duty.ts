import { DomainError } from '../../common/errors/domain-error.js';

/** Imposta di bollo on a certificate (D.P.R. 642/1972, Tariffa parte I, art. 4): €16.00 per sheet. */
export const STAMP_DUTY_AMOUNT_CENTS = 1600;

export const MAX_EXEMPTION_NOTE_LENGTH = 256;

export const STAMP_DUTY_EXEMPTION_IDS = [
  'pension',
  'family_allowance',
  'adoption_fostering_guardianship',
  'separation_divorce',
  'court_proceedings',
  'sport',
  'third_sector',
  'electoral',
  'tax',
  'other',
] as const;

export type StampDutyExemptionId = (typeof STAMP_DUTY_EXEMPTION_IDS)[number];

export interface StampDutyExemption {
  id: StampDutyExemptionId;
  /** The declared use, printed after "Esente dall'imposta di bollo per uso". */
  useLabel: string;
  /** Legal basis printed on the certificate; empty for `other`, whose note is printed instead. */
  legalBasis: string;
}

/**
 * The exempt uses offered to the requester. Bases checked against comune and Agenzia delle Entrate
 * references (Tabella B = D.P.R. 642/1972, allegato B). Sport bodies are exempt under Tabella B art. 27-bis
 * as extended by L. 289/2002 art. 90 c. 6 and L. 145/2018 art. 1 c. 646; third-sector bodies also under
 * D.Lgs. 117/2017 art. 82 c. 5.
 */
export const STAMP_DUTY_EXEMPTIONS: Readonly<Record<StampDutyExemptionId, StampDutyExemption>> = {
  pension: {
    id: 'pension',
    useLabel: 'pensione (anche esistenza in vita per fini pensionistici)',
    legalBasis: 'D.P.R. 642/1972, Tabella B, art. 9',
  },
  family_allowance: {
    id: 'family_allowance',
    useLabel: 'assegni familiari',
    legalBasis: 'D.P.R. 642/1972, Tabella B, art. 9',
  },
  adoption_fostering_guardianship: {
    id: 'adoption_fostering_guardianship',
    useLabel: 'adozione, affidamento o tutela di minori',
    legalBasis: 'D.P.R. 642/1972, Tabella B, art. 13; L. 184/1983, art. 82',
  },
  separation_divorce: {
    id: 'separation_divorce',
    useLabel: 'separazione personale o divorzio',
    legalBasis: 'L. 74/1987, art. 19',
  },
  court_proceedings: {
    id: 'court_proceedings',
    useLabel: 'processuale (procedimento giudiziario)',
    legalBasis: 'D.P.R. 115/2002, art. 18',
  },
  sport: {
    id: 'sport',
    useLabel:
      'federazioni sportive, enti di promozione sportiva, associazioni e società sportive dilettantistiche riconosciuti dal CONI',
    legalBasis: 'D.P.R. 642/1972, Tabella B, art. 27-bis',
  },
  third_sector: {
    id: 'third_sector',
    useLabel: 'ONLUS ed enti del Terzo settore',
    legalBasis: 'D.P.R. 642/1972, Tabella B, art. 27-bis; D.Lgs. 117/2017, art. 82, comma 5',
  },
  electoral: {
    id: 'electoral',
    useLabel: 'esercizio dei diritti elettorali',
    legalBasis: 'D.P.R. 642/1972, Tabella B, art. 1',
  },
  tax: {
    id: 'tax',
    useLabel: 'applicazione delle leggi tributarie',
    legalBasis: 'D.P.R. 642/1972, Tabella B, art. 5',
  },
  other: {
    id: 'other',
    useLabel: 'altro motivo di esenzione dichiarato dal richiedente',
    legalBasis: '',
  },
};

export type StampDutyInput =
  | { exemption: string; note?: string }
  | { marcaId: string }
  /** Digital stamp through pagoPA (@e.bollo): `{ pagoPA: true }` (`pagoPa` accepted as an alias). */
  | { pagoPA: true };

export type StampDutyResolution =
  | { kind: 'exempt'; exemption: StampDutyExemptionId; useLabel: string; legalBasis: string; note?: string }
  | { kind: 'paid'; method: 'marca'; marcaId: string; amountCents: number }
  /** Marca da bollo digitale paid through pagoPA; `iubd` null only in a preview, before payment. */
  | { kind: 'paid'; method: 'pagopa'; iubd: string | null; paidOn: string | null; amountCents: number };

/** What the requester chose: settled now (exemption, marca) or to be paid through pagoPA first. */
export type StampDutyChoice = StampDutyResolution | { kind: 'pagopa'; amountCents: number };

function isExemptionId(value: string): value is StampDutyExemptionId {
  return (STAMP_DUTY_EXEMPTION_IDS as readonly string[]).includes(value);
}

function invalid(code: string, field: string, detail: string): DomainError {
  return new DomainError({ code, status: 422, detail, field });
}

/** Printed text must stay on one line and free of control characters. */
function normalizeNote(note: unknown): string {
  return typeof note === 'string' ? note.replace(/[\p{Cc}\s]+/gu, ' ').trim() : '';
}

/**
 * Turns what the requester declared about the stamp duty into what the certificate prints.
 * Uniqueness of a marca da bollo identifier is the caller's job (a unique index), see `marcaAlreadyUsed`.
 */
export function resolveStampDuty(input: StampDutyInput): StampDutyResolution {
  const choice = chooseStampDuty(input);
  return choice.kind === 'pagopa' ? digitalStampPlaceholder() : choice;
}

/** Like `resolveStampDuty`, telling apart the digital stamp that has still to be paid through pagoPA. */
export function chooseStampDuty(input: StampDutyInput): StampDutyChoice {
  const raw = (input ?? {}) as Partial<
    Record<'exemption' | 'note' | 'marcaId' | 'pagoPA' | 'pagoPa', unknown>
  >;
  const declared = { ...raw, pagoPA: raw.pagoPA ?? raw.pagoPa };
  // Forms send the unused alternatives as null (and false for the pagoPA switch); only a given value counts.
  const ways = (['exemption', 'marcaId', 'pagoPA'] as const).filter(
    (key) => declared[key] != null && declared[key] !== false,
  );
  if (ways.length === 0) {
    throw invalid(
      'STAMP_DUTY_REQUIRED',
      'stampDuty',
      "Indicare un motivo di esenzione dall'imposta di bollo oppure il numero identificativo della marca da bollo.",
    );
  }
  if (ways.length > 1) {
    throw invalid(
      'STAMP_DUTY_AMBIGUOUS',
      'stampDuty',
      "Indicare un motivo di esenzione oppure una marca da bollo, non entrambi: l'esenzione esclude il pagamento.",
    );
  }
  if (ways[0] === 'pagoPA') return { kind: 'pagopa', amountCents: STAMP_DUTY_AMOUNT_CENTS };
  return ways[0] === 'marcaId'
    ? resolveMarca(declared.marcaId)
    : resolveExemption(declared.exemption, declared.note);
}

/** Where the pagoPA digital stamp stands in for a resolution: the preview, before the payment. */
export function digitalStampPlaceholder(): StampDutyResolution {
  return { kind: 'paid', method: 'pagopa', iubd: null, paidOn: null, amountCents: STAMP_DUTY_AMOUNT_CENTS };
}

function resolveExemption(exemption: unknown, rawNote: unknown): StampDutyResolution {
  if (typeof exemption !== 'string' || exemption.trim() === '') {
    throw invalid(
      'STAMP_DUTY_EXEMPTION_REQUIRED',
      'stampDuty.exemption',
      "Scegliere il motivo di esenzione dall'imposta di bollo.",
    );
  }
  if (!isExemptionId(exemption)) {
    throw invalid(
      'STAMP_DUTY_EXEMPTION_UNKNOWN',
      'stampDuty.exemption',
      "Il motivo di esenzione indicato non è tra quelli previsti: scegliere una voce dell'elenco oppure «altro motivo».",
    );
  }
  const { id, useLabel, legalBasis } = STAMP_DUTY_EXEMPTIONS[exemption];
  const note = normalizeNote(rawNote);
  if (id !== 'other') {
    if (note !== '') {
      throw invalid(
        'STAMP_DUTY_NOTE_NOT_ALLOWED',
        'stampDuty.note',
        "La descrizione si indica solo per «altro motivo di esenzione»: per l'uso scelto il certificato riporta già la norma.",
      );
    }
    return { kind: 'exempt', exemption: id, useLabel, legalBasis };
  }
  if (note === '') {
    throw invalid(
      'STAMP_DUTY_NOTE_REQUIRED',
      'stampDuty.note',
      "Per «altro motivo di esenzione» descrivere l'uso del certificato e la norma che prevede l'esenzione.",
    );
  }
  if ([...note].length > MAX_EXEMPTION_NOTE_LENGTH) {
    throw invalid(
      'STAMP_DUTY_NOTE_TOO_LONG',
      'stampDuty.note',
      `La descrizione del motivo di esenzione può contenere al massimo ${MAX_EXEMPTION_NOTE_LENGTH} caratteri.`,
    );
  }
  return { kind: 'exempt', exemption: id, useLabel, legalBasis, note };
}

function resolveMarca(rawMarcaId: unknown): StampDutyResolution {
  // People copy the number from the sticker with spaces between the digit groups.
  const marcaId = typeof rawMarcaId === 'string' ? rawMarcaId.replace(/\s+/g, '') : '';
  if (!/^\d{14}$/.test(marcaId)) {
    throw invalid(
      'STAMP_DUTY_MARCA_ID_INVALID',
      'stampDuty.marcaId',
      'Il numero identificativo della marca da bollo è composto da 14 cifre: controllare il numero stampato sul contrassegno.',
    );
  }
  return { kind: 'paid', method: 'marca', marcaId, amountCents: STAMP_DUTY_AMOUNT_CENTS };
}

/** For the caller whose unique index on the marca identifier rejected an insert. */
export function marcaAlreadyUsed(): DomainError {
  return new DomainError({
    code: 'STAMP_DUTY_MARCA_ALREADY_USED',
    status: 409,
    detail:
      'Questa marca da bollo è già stata usata per un altro certificato: ogni marca vale per un solo certificato.',
    field: 'stampDuty.marcaId',
  });
}
