import type { CertificateSubject, MaritalStatusCode } from './certificate-subject.js';
import { CERTIFICATE_TYPE_CODES, CERTIFICATE_TYPES, type CertificateTypeCode } from './certificate-types.js';

export interface CertificateAvailability {
  type: CertificateTypeCode;
  available: boolean;
  /** Italian sentence for the user: why the type cannot be issued now. Present only when unavailable. */
  reason?: string;
}

export interface ApplicabilityOptions {
  /**
   * Codice fiscale of who asks. ANPR issues the cohabitation-contract certificate only to one of the two
   * partners; when absent the subject is taken as the requester (self-service).
   */
  requesterFiscalCode?: string;
}

type Check = (subject: CertificateSubject, options: ApplicabilityOptions) => string | undefined;

const FREE_STATUSES: readonly MaritalStatusCode[] = [
  'single',
  'divorced',
  'widowed',
  'civil_union_dissolved',
  'civil_union_widowed',
];
const EVER_MARRIED_STATUSES: readonly MaritalStatusCode[] = ['married', 'divorced', 'widowed'];

/**
 * Which certificate types can be issued instantly for the subject, each with the reason when not.
 *
 * The rules follow the ANPR issuing checks (italia/anpr, "Controlli applicati alla produzione di
 * certificati"): a record that is incomplete or under an open procedure, and a deceased or cancelled
 * subject, get no instant certificate at all; the office can still issue or force them at the desk.
 */
export function applicableTypes(
  subject: CertificateSubject,
  options: ApplicabilityOptions = {},
): CertificateAvailability[] {
  const blocked = recordBlock(subject);
  return CERTIFICATE_TYPE_CODES.map((type) => {
    const reason = blocked ?? scopeBlock(subject, type) ?? TYPE_CHECKS[type](subject, options);
    return reason === undefined ? { type, available: true } : { type, available: false, reason };
  });
}

function recordBlock(subject: CertificateSubject): string | undefined {
  if (subject.registration === 'deceased') {
    return "La persona risulta deceduta: i certificati anagrafici non si rilasciano online. L'estratto o il certificato di morte si richiede all'ufficio di stato civile.";
  }
  if (subject.registration === 'cancelled') {
    return "La persona non risulta più iscritta nell'anagrafe di questo Comune: i certificati storici si richiedono all'ufficio anagrafe, indicando il motivo.";
  }
  if (subject.recordIncomplete) {
    return "La scheda anagrafica è incompleta: l'ufficio anagrafe deve completarla prima di rilasciare certificati. Si prega di contattare l'ufficio.";
  }
  if (subject.openProcedure) {
    return "Sulla scheda anagrafica è in corso un procedimento (ad esempio un cambio di residenza): i certificati si potranno ottenere online alla sua conclusione. Per urgenze rivolgersi all'ufficio anagrafe.";
  }
  return undefined;
}

function scopeBlock(subject: CertificateSubject, type: CertificateTypeCode): string | undefined {
  const { scope } = CERTIFICATE_TYPES[type];
  if (scope === 'resident' && subject.registration === 'aire') {
    return "La persona è iscritta all'AIRE (residente all'estero): questo certificato riguarda solo chi risiede nel Comune. Sono disponibili i certificati AIRE.";
  }
  if (scope === 'aire' && subject.registration === 'resident') {
    return "La persona risiede in Italia: i certificati AIRE riguardano solo gli iscritti all'Anagrafe degli Italiani Residenti all'Estero.";
  }
  return undefined;
}

function householdBlock(subject: CertificateSubject): string | undefined {
  if (subject.cohabitation) {
    return 'La persona fa parte di una convivenza anagrafica e non di una famiglia: è disponibile il certificato di residenza in convivenza.';
  }
  if (subject.homeless) {
    return "La persona è iscritta come senza fissa dimora: lo stato di famiglia si richiede all'ufficio anagrafe.";
  }
  const members = subject.household?.members ?? [];
  if (members.length === 0) {
    return "La persona non risulta associata a una famiglia anagrafica. Si prega di contattare l'ufficio anagrafe.";
  }
  if (!members.some((member) => member.isHead)) {
    return "La famiglia anagrafica risulta priva di intestatario: l'ufficio anagrafe deve completare la scheda.";
  }
  return undefined;
}

function hasItalianBirthPlace(subject: CertificateSubject): boolean {
  const { country } = subject.person.birthPlace;
  return country === undefined || country.trim().toLowerCase() === 'italia';
}

const TYPE_CHECKS: Readonly<Record<CertificateTypeCode, Check>> = {
  residence: (subject) =>
    subject.residence
      ? undefined
      : "L'indirizzo di residenza non risulta registrato: contattare l'ufficio anagrafe.",
  residence_aire: (subject) =>
    subject.foreignResidence
      ? undefined
      : "L'indirizzo di residenza all'estero non risulta registrato: contattare l'ufficio anagrafe.",
  residence_cohabitation: (subject) => {
    if (!subject.cohabitation) return 'La persona non fa parte di una convivenza anagrafica.';
    return subject.residence ? undefined : "L'indirizzo della convivenza non risulta registrato.";
  },
  household: (subject) => householdBlock(subject),
  household_relationships: (subject) => {
    const blocked = householdBlock(subject);
    if (blocked) return blocked;
    return (subject.household?.members.length ?? 0) < 2
      ? 'La famiglia anagrafica è composta da una sola persona: non ci sono rapporti di parentela da certificare.'
      : undefined;
  },
  household_marital_status: (subject) => {
    const blocked = householdBlock(subject);
    if (blocked) return blocked;
    const unknown = subject.household?.members.some(
      (member) => !member.maritalStatus || member.maritalStatus.status === 'unknown',
    );
    return unknown
      ? "Lo stato civile di un componente della famiglia non risulta registrato: contattare l'ufficio anagrafe."
      : undefined;
  },
  household_aire: (subject) => {
    if (!subject.foreignResidence) {
      return "L'indirizzo di residenza all'estero non risulta registrato: contattare l'ufficio anagrafe.";
    }
    return (subject.household?.members.length ?? 0) === 0
      ? "La persona non risulta associata a una famiglia AIRE. Si prega di contattare l'ufficio anagrafe."
      : undefined;
  },
  birth: (subject) =>
    subject.registration === 'aire' && !hasItalianBirthPlace(subject)
      ? "Per gli iscritti all'AIRE nati all'estero il certificato di nascita si richiede all'ufficio di stato civile."
      : undefined,
  citizenship: (subject) => {
    if (subject.citizenshipUndetermined) {
      return "La cittadinanza risulta in corso di definizione: contattare l'ufficio anagrafe.";
    }
    if (subject.citizenships.length === 0)
      return "La cittadinanza non risulta registrata: contattare l'ufficio anagrafe.";
    if (subject.citizenships.length > 1) {
      return "Risultano più cittadinanze: il certificato di cittadinanza si richiede all'ufficio anagrafe.";
    }
    return subject.citizenships[0].countryCode.toUpperCase() === 'IT'
      ? undefined
      : 'Il certificato di cittadinanza attesta la cittadinanza italiana, che non risulta per questa persona.';
  },
  existence: () => undefined,
  marital_status: (subject) => {
    const { status } = subject.maritalStatus;
    if (status === 'unknown') return "Lo stato civile non risulta registrato: contattare l'ufficio anagrafe.";
    if (status === 'married' && !subject.marriage) {
      return "I dati del matrimonio non risultano registrati: contattare l'ufficio anagrafe.";
    }
    if (status === 'civil_union' && !subject.civilUnion) {
      return "I dati dell'unione civile non risultano registrati: contattare l'ufficio anagrafe.";
    }
    return undefined;
  },
  free_status: (subject) => {
    const { status } = subject.maritalStatus;
    if (status === 'unknown') return "Lo stato civile non risulta registrato: contattare l'ufficio anagrafe.";
    if (FREE_STATUSES.includes(status)) return undefined;
    return status === 'married'
      ? 'La persona risulta coniugata: il certificato di stato libero non può essere rilasciato.'
      : 'La persona risulta unita civilmente: il certificato di stato libero non può essere rilasciato.';
  },
  marriage: (subject) => {
    const { status } = subject.maritalStatus;
    if (status === 'unknown') return "Lo stato civile non risulta registrato: contattare l'ufficio anagrafe.";
    if (!EVER_MARRIED_STATUSES.includes(status))
      return 'Non risulta alcun matrimonio registrato per questa persona.';
    if (!subject.marriage)
      return "I dati del matrimonio non risultano registrati: contattare l'ufficio anagrafe.";
    if (subject.registration === 'aire' && subject.aireSince && subject.aireSince <= subject.marriage.date) {
      return "Il matrimonio è successivo all'iscrizione all'AIRE: il certificato si richiede all'ufficio di stato civile.";
    }
    return undefined;
  },
  civil_union: (subject) => {
    if (subject.maritalStatus.status !== 'civil_union') {
      return 'Non risulta alcuna unione civile in essere per questa persona.';
    }
    return subject.civilUnion
      ? undefined
      : "I dati dell'unione civile non risultano registrati: contattare l'ufficio anagrafe.";
  },
  cohabitation_contract: (subject, options) => {
    const contract = subject.cohabitationContract;
    if (!contract) return 'Non risulta alcun contratto di convivenza registrato per questa persona.';
    const requester = (options.requesterFiscalCode ?? subject.person.fiscalCode)?.toUpperCase();
    const parties = [subject.person.fiscalCode, contract.partner.fiscalCode].map((code) =>
      code?.toUpperCase(),
    );
    if (!requester || !parties.includes(requester)) {
      return 'Il certificato di contratto di convivenza può essere richiesto solo da uno dei due conviventi.';
    }
    if (
      subject.registration === 'aire' &&
      subject.aireSince &&
      contract.registrationDate > subject.aireSince
    ) {
      return "Il contratto è stato registrato dopo l'iscrizione all'AIRE: il certificato si richiede all'ufficio anagrafe.";
    }
    return undefined;
  },
};
