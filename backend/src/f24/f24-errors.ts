import { DomainError } from '../common/errors/domain-error.js';

/** Errors of the F24/IMU HTTP layer; the rules' own errors come from `domain/`. */
export const F24Errors = {
  /** The rates of a year the computation needs have not been entered by the taxes office. */
  ratesNotAvailable: (year: number, requestedYear: number) =>
    new DomainError({
      code: 'IMU_RATES_NOT_AVAILABLE',
      status: 422,
      detail:
        year === requestedYear
          ? `Le aliquote IMU del ${year} non sono ancora disponibili: il Comune non le ha ancora pubblicate.`
          : `Le aliquote IMU del ${year}, con cui si calcola l'acconto ${requestedYear}, non sono disponibili.`,
      field: 'year',
      extra: { missingYear: year },
    }),

  /** Nothing to pay for that instalment: no F24 to print and no late payment to settle. */
  nothingDue: (year: number, instalmentLabel: string) =>
    new DomainError({
      code: 'IMU_NOTHING_DUE',
      status: 422,
      detail: `Per ${instalmentLabel} IMU ${year} non risulta nulla da versare.`,
      field: 'instalment',
    }),

  /** The cadastral unit exists with other fiscal data: registering owners on it would mix two properties. */
  propertyAlreadyRegistered: (reference: string, differences: string[]) =>
    new DomainError({
      code: 'PROPERTY_ALREADY_REGISTERED',
      status: 409,
      detail: `L'immobile ${reference} è già registrato con dati diversi (${differences.join(', ')}): correggere i dati o indicare l'immobile giusto.`,
      field: 'particella',
      extra: { differences },
    }),

  /** Two runs for one instalment would replace each other's forms. */
  bulkJobAlreadyRunning: (jobId: string) =>
    new DomainError({
      code: 'BULK_JOB_ALREADY_RUNNING',
      status: 409,
      detail:
        'Una generazione degli F24 per lo stesso anno e la stessa rata è già in corso: attendere che finisca.',
      extra: { jobId },
    }),

  bulkJobNotFound: () =>
    new DomainError({ code: 'BULK_JOB_NOT_FOUND', status: 404, detail: 'Elaborazione non trovata.' }),

  /** Also for another taxpayer's document: its existence is not revealed. */
  documentNotFound: () =>
    new DomainError({ code: 'F24_DOCUMENT_NOT_FOUND', status: 404, detail: 'Modello F24 non trovato.' }),

  duplicateReduction: (index: number) =>
    new DomainError({
      code: 'DUPLICATE_REDUCTION',
      status: 422,
      detail: 'Ogni riduzione si indica una sola volta per immobile.',
      field: `reductions.${index}.kind`,
    }),

  unknownReduction: (index: number, kind: string) =>
    new DomainError({
      code: 'UNKNOWN_REDUCTION',
      status: 422,
      detail: `Riduzione sconosciuta: "${kind}" (ammesse: historic, uninhabitable, freeLoanToRelative, agreedRent).`,
      field: `reductions.${index}.kind`,
    }),

  reductionPeriodNotAllowed: (index: number) =>
    new DomainError({
      code: 'REDUCTION_PERIOD_NOT_ALLOWED',
      status: 422,
      detail: "L'interesse storico o artistico vale per tutto l'anno: non si indica un periodo.",
      field: `reductions.${index}.from`,
    }),

  reductionPeriodRequired: (index: number) =>
    new DomainError({
      code: 'REDUCTION_PERIOD_REQUIRED',
      status: 422,
      detail: "Per l'inagibilità indicare la data di inizio (e di fine, se è cessata).",
      field: `reductions.${index}.from`,
    }),
};

/** The same error with `field` renamed to the request's name for it. */
export function withField(error: DomainError, field: string | undefined): DomainError {
  return new DomainError({
    code: error.code,
    status: error.status,
    detail: error.detail,
    field,
    extra: error.extra,
  });
}
