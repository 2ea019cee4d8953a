import { DomainError } from '../../common/errors/domain-error.js';
import { italianDate } from '../../common/italian/italian-date.js';
import { romeDay } from '../../common/italian/rome-day.js';
import type { ApplicabilityOptions } from './certificate-applicability.js';
import type {
  CertificateContent,
  CertificateSection,
  CertificateStampDutyLines,
  CertificateTable,
} from './certificate-content.js';
import { validateCertificateSelection } from './certificate-selection.js';
import type {
  CertificateSubject,
  HouseholdMember,
  PersonGeneralities,
  UnionRecord,
} from './certificate-subject.js';
import { CERTIFICATE_TYPES, type CertificateTypeCode } from './certificate-types.js';
import {
  ending,
  formatAddress,
  formatBirth,
  formatName,
  formatPlace,
  initials,
  maritalStatusLabel,
} from './italian-wording.js';
import type { StampDutyResolution } from './stamp-duty.js';

/** D.P.R. 445/2000, art. 40, comma 02, as amended by L. 183/2011: printed on every certificate. */
export const ART_40_WORDING =
  'Il presente certificato non può essere prodotto agli organi della pubblica amministrazione o ai privati gestori di pubblici servizi';

export const REGISTRY_OFFICER = "L'UFFICIALE DI ANAGRAFE";

export interface CertificateIssuer {
  municipalityName: string;
  provinceName: string;
  /** Printed office line; defaults to the registry office. */
  officeName?: string;
}

export interface BuildCertificateInput {
  code: string;
  /** One type, or several for a certificato contestuale; checked against the subject again here. */
  types: readonly CertificateTypeCode[];
  subject: CertificateSubject;
  stampDuty: StampDutyResolution;
  issuer: CertificateIssuer;
  /** The clock: instant of issue. The certificate states the data recorded on that day in Italy. */
  issuedAt: Date;
  applicability?: ApplicabilityOptions;
}

/** Builds the full printed content of a certificate, sentence by sentence, as the registry office words it. */
export function buildCertificateContent(input: BuildCertificateInput): CertificateContent {
  const { subject, issuer } = input;
  const types = validateCertificateSelection(subject, input.types, input.applicability);
  const issueDate = romeDay(input.issuedAt);
  const { person } = subject;
  const contestuale = types.length > 1;
  return {
    schemaVersion: 1,
    code: input.code,
    types,
    title: contestuale
      ? 'CERTIFICATO CONTESTUALE'
      : CERTIFICATE_TYPES[types[0]].nameIt.toLocaleUpperCase('it-IT'),
    ...(contestuale
      ? { subtitle: joinItalian(types.map((type) => CERTIFICATE_TYPES[type].shortNameIt)) }
      : {}),
    issuer: {
      municipalityName: issuer.municipalityName,
      heading: `COMUNE DI ${issuer.municipalityName.toLocaleUpperCase('it-IT')}`,
      subheading: `Provincia di ${issuer.provinceName}`,
      office: issuer.officeName ?? 'Servizi Demografici - Ufficio Anagrafe',
    },
    issuedAt: input.issuedAt.toISOString(),
    issueDate,
    officer: REGISTRY_OFFICER,
    preamble: "visti gli atti d'ufficio, certifica che",
    subject: {
      name: formatName(person),
      details: [
        formatBirth(person),
        ...(person.fiscalCode ? [`codice fiscale ${person.fiscalCode.toUpperCase()}`] : []),
      ],
      initials: initials(person),
    },
    sections: types.map((type) => SECTION_WRITERS[type](subject, types)),
    dataAsOf: `Dati anagrafici alla data del ${italianDate(issueDate)}.`,
    stampDuty: stampDutyLines(input.stampDuty),
    legalNotice: ART_40_WORDING,
    placeAndDate: `${issuer.municipalityName}, ${italianDate(issueDate)}`,
    signature: REGISTRY_OFFICER,
  };
}

type SectionWriter = (
  subject: CertificateSubject,
  types: readonly CertificateTypeCode[],
) => CertificateSection;

/** Applicability checks make these present; a gap means the registry mapping left out data it has. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new DomainError({
      code: 'CERTIFICATE_DATA_MISSING',
      status: 422,
      detail: `Dati anagrafici incompleti (${what}): il certificato non può essere emesso. Contattare l'ufficio anagrafe.`,
    });
  }
  return value;
}

function joinItalian(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} e ${words[words.length - 1]}`;
}

function personReference(person: PersonGeneralities): string {
  return `${formatName(person)}, ${formatBirth(person)}`;
}

function actSuffix(record: UnionRecord): string {
  return record.actReference ? ` (${record.actReference})` : '';
}

function enrolledInApr(subject: CertificateSubject): string {
  const address = formatAddress(required(subject.residence, 'indirizzo di residenza'));
  return `risulta iscritt${ending(subject.person.sex)} nell'Anagrafe della Popolazione Residente di questo Comune in ${address}`;
}

function householdSection(
  type: CertificateTypeCode,
  subject: CertificateSubject,
  types: readonly CertificateTypeCode[],
  extraColumns: readonly MemberColumn[],
): CertificateSection {
  const members = required(subject.household, 'famiglia anagrafica').members;
  // The address is already stated by the residence section of the same certificate.
  const intro = types.includes('residence')
    ? 'la famiglia anagrafica alla quale appartiene risulta così composta:'
    : `${enrolledInApr(subject)}, con la famiglia anagrafica così composta:`;
  return { type, paragraphs: [intro], table: householdTable(members, extraColumns) };
}

interface MemberColumn {
  title: string;
  cell: (member: HouseholdMember) => string;
}

function householdTable(
  members: readonly HouseholdMember[],
  extraColumns: readonly MemberColumn[],
): CertificateTable {
  return {
    columns: ['Cognome e nome', 'Luogo e data di nascita', ...extraColumns.map((column) => column.title)],
    rows: members.map((member) => [
      formatName(member.person),
      `${formatPlace(member.person.birthPlace)}, ${italianDate(member.person.birthDate)}`,
      ...extraColumns.map((column) => column.cell(member)),
    ]),
  };
}

const RELATIONSHIP_COLUMN: MemberColumn = {
  title: "Rapporto con l'intestatario",
  cell: (member: HouseholdMember) =>
    member.isHead ? `intestatari${ending(member.person.sex)}` : member.relationship,
};

const MARITAL_STATUS_COLUMN: MemberColumn = {
  title: 'Stato civile',
  cell: (member: HouseholdMember) =>
    maritalStatusLabel(
      required(member.maritalStatus, 'stato civile di un componente').status,
      member.person.sex,
    ),
};

function maritalStatusSentence(subject: CertificateSubject): string {
  const { sex } = subject.person;
  const { status, since } = subject.maritalStatus;
  const label = maritalStatusLabel(status, sex);
  if (status === 'married') {
    const marriage = required(subject.marriage, 'dati del matrimonio');
    return `risulta di stato civile ${label} con ${personReference(marriage.partner)}; matrimonio celebrato a ${formatPlace(marriage.place)} il ${italianDate(marriage.date)}.`;
  }
  if (status === 'civil_union') {
    const union = required(subject.civilUnion, "dati dell'unione civile");
    return `risulta ${label} con ${personReference(union.partner)}; unione civile costituita a ${formatPlace(union.place)} il ${italianDate(union.date)}.`;
  }
  return `risulta di stato civile ${label}${since && status !== 'single' ? ` dal ${italianDate(since)}` : ''}.`;
}

function freeStatusSentence(subject: CertificateSubject): string {
  const { sex } = subject.person;
  const { status } = subject.maritalStatus;
  if (status === 'civil_union_dissolved')
    return "risulta di stato libero a seguito dello scioglimento dell'unione civile.";
  if (status === 'civil_union_widowed')
    return 'risulta di stato libero a seguito del decesso della parte unita civilmente.';
  return `risulta di stato libero (${maritalStatusLabel(status, sex)}).`;
}

function marriageNotes(marriage: UnionRecord): string[] {
  if (!marriage.endReason) return [];
  const when = marriage.endDate ? ` il ${italianDate(marriage.endDate)}` : '';
  switch (marriage.endReason) {
    case 'divorce':
      return [`Annotazione: il matrimonio risulta sciolto per divorzio${when}.`];
    case 'death':
      return [`Annotazione: il matrimonio risulta cessato per decesso del coniuge${when}.`];
    case 'annulment':
      return [`Annotazione: il matrimonio risulta annullato${when}.`];
  }
}

const SECTION_WRITERS: Readonly<Record<CertificateTypeCode, SectionWriter>> = {
  residence: (subject) => ({ type: 'residence', paragraphs: [`${enrolledInApr(subject)}.`] }),
  residence_aire: (subject) => {
    const abroad = required(subject.foreignResidence, 'residenza estera');
    return {
      type: 'residence_aire',
      paragraphs: [
        `risulta iscritt${ending(subject.person.sex)} nell'Anagrafe degli Italiani Residenti all'Estero (AIRE) di questo Comune, con residenza in ${abroad.addressLine}, ${abroad.locality} (${abroad.country}).`,
      ],
    };
  },
  residence_cohabitation: (subject) => {
    const cohabitation = required(subject.cohabitation, 'convivenza anagrafica');
    return {
      type: 'residence_cohabitation',
      paragraphs: [
        `${enrolledInApr(subject)}, quale componente della convivenza anagrafica «${cohabitation.name}».`,
      ],
    };
  },
  household: (subject, types) => householdSection('household', subject, types, []),
  household_relationships: (subject, types) =>
    householdSection('household_relationships', subject, types, [RELATIONSHIP_COLUMN]),
  household_marital_status: (subject, types) =>
    householdSection('household_marital_status', subject, types, [MARITAL_STATUS_COLUMN]),
  household_aire: (subject) => {
    const abroad = required(subject.foreignResidence, 'residenza estera');
    const members = required(subject.household, 'famiglia AIRE').members;
    return {
      type: 'household_aire',
      paragraphs: [
        `risulta iscritt${ending(subject.person.sex)} nell'Anagrafe degli Italiani Residenti all'Estero (AIRE) di questo Comune, con residenza in ${abroad.addressLine}, ${abroad.locality} (${abroad.country}), con la famiglia così composta:`,
      ],
      table: householdTable(members, []),
    };
  },
  birth: (subject) => ({ type: 'birth', paragraphs: [`risulta ${formatBirth(subject.person)}.`] }),
  citizenship: () => ({
    type: 'citizenship',
    paragraphs: ['risulta in possesso della cittadinanza italiana.'],
  }),
  existence: () => ({ type: 'existence', paragraphs: ['risulta in vita.'] }),
  marital_status: (subject) => ({ type: 'marital_status', paragraphs: [maritalStatusSentence(subject)] }),
  free_status: (subject) => ({ type: 'free_status', paragraphs: [freeStatusSentence(subject)] }),
  marriage: (subject) => {
    const marriage = required(subject.marriage, 'dati del matrimonio');
    return {
      type: 'marriage',
      paragraphs: [
        `ha contratto matrimonio con ${personReference(marriage.partner)}, a ${formatPlace(marriage.place)} il ${italianDate(marriage.date)}${actSuffix(marriage)}.`,
      ],
      notes: marriageNotes(marriage),
    };
  },
  civil_union: (subject) => {
    const union = required(subject.civilUnion, "dati dell'unione civile");
    return {
      type: 'civil_union',
      paragraphs: [
        `ha costituito unione civile con ${personReference(union.partner)}, a ${formatPlace(union.place)} il ${italianDate(union.date)}${actSuffix(union)}.`,
      ],
    };
  },
  cohabitation_contract: (subject) => {
    const contract = required(subject.cohabitationContract, 'contratto di convivenza');
    const certifiedBy = contract.certifiedBy ? `, ricevuto o autenticato da ${contract.certifiedBy}` : '';
    return {
      type: 'cohabitation_contract',
      paragraphs: [
        `ha stipulato contratto di convivenza con ${personReference(contract.partner)}, in data ${italianDate(contract.contractDate)}${certifiedBy}, registrato in anagrafe il ${italianDate(contract.registrationDate)}.`,
      ],
    };
  },
};

function formatEuro(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `€ ${euros},${rest}`;
}

function stampDutyLines(stampDuty: StampDutyResolution): CertificateStampDutyLines {
  if (stampDuty.kind === 'paid' && stampDuty.method === 'pagopa') {
    const date = stampDuty.paidOn
      ? ` del ${stampDuty.paidOn.slice(8, 10)}/${stampDuty.paidOn.slice(5, 7)}/${stampDuty.paidOn.slice(0, 4)}`
      : '';
    return {
      kind: 'paid',
      statement: stampDuty.iubd
        ? `Imposta di bollo di ${formatEuro(stampDuty.amountCents)} assolta in modo virtuale con marca da bollo digitale pagoPA, identificativo (IUBD) n. ${stampDuty.iubd}${date}.`
        : `Imposta di bollo di ${formatEuro(stampDuty.amountCents)} da assolvere con marca da bollo digitale pagoPA: il certificato è rilasciato dopo il pagamento e ne riporta l'identificativo.`,
      ...(stampDuty.iubd ? { digitalStamp: { iubd: stampDuty.iubd, paidOn: stampDuty.paidOn ?? '' } } : {}),
    };
  }
  if (stampDuty.kind === 'paid') {
    return {
      kind: 'paid',
      statement: `Imposta di bollo di ${formatEuro(stampDuty.amountCents)} assolta con marca da bollo n. ${stampDuty.marcaId}, da applicare e annullare sulla copia stampata.`,
      marcaId: stampDuty.marcaId,
    };
  }
  if (stampDuty.exemption === 'other') {
    const note = (stampDuty.note ?? '').replace(/[.;:,\s]+$/u, '');
    return {
      kind: 'exempt',
      statement: `Esente dall'imposta di bollo per il seguente motivo dichiarato dal richiedente: ${note}.`,
    };
  }
  return {
    kind: 'exempt',
    statement: `Esente dall'imposta di bollo per uso ${stampDuty.useLabel} ai sensi di ${stampDuty.legalBasis}.`,
  };
}
