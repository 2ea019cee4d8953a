import type { IsoDate } from '../../common/calendar/civil-date.js';
import { italianDate } from '../../common/italian/italian-date.js';
import type { PracticeType } from './practice-type.js';

/**
 * What each type of practice must carry when filed online, after the national "modulistica unificata e
 * standardizzata" (accordo Conferenza unificata 4 maggio 2017 and later updates): the sections of the form and
 * the signed attachments. The office may ask for more through an integration request.
 */
export const FILING_SECTIONS = ['titolare', 'tecnico', 'immobile', 'intervento', 'dichiarazioni'] as const;
export type FilingSection = (typeof FILING_SECTIONS)[number];

export const ATTACHMENT_KINDS = [
  'modulo',
  'delega',
  'relazione_tecnica',
  'elaborati_grafici',
  'documentazione_fotografica',
  'asseverazione_agibilita',
  'conformita_impianti',
  'collaudo_fine_lavori',
  'integrazione',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export interface AttachmentKindInfo {
  label: { it: string; en: string };
  /** How many files of the kind one draft may hold. */
  maxCount: number;
  /** Largest file of the kind, bytes (within the upload limit of PERMITS_UPLOAD_MAX_BYTES). */
  maxBytes: number;
}

const MB = 1_048_576;

export const ATTACHMENT_KIND_INFO: Readonly<Record<AttachmentKind, AttachmentKindInfo>> = {
  modulo: { label: { it: 'Modulo firmato', en: 'Signed form' }, maxCount: 1, maxBytes: 5 * MB },
  delega: {
    label: { it: 'Procura speciale (delega) firmata dal titolare', en: 'Proxy signed by the holder' },
    maxCount: 1,
    maxBytes: 5 * MB,
  },
  relazione_tecnica: {
    label: { it: 'Relazione tecnica asseverata', en: 'Sworn technical report' },
    maxCount: 1,
    maxBytes: 10 * MB,
  },
  elaborati_grafici: {
    label: { it: 'Elaborati grafici', en: 'Drawings' },
    maxCount: 10,
    maxBytes: 10 * MB,
  },
  documentazione_fotografica: {
    label: { it: 'Documentazione fotografica', en: 'Photographs' },
    maxCount: 5,
    maxBytes: 10 * MB,
  },
  asseverazione_agibilita: {
    label: {
      it: 'Attestazione del direttore dei lavori sull’agibilità',
      en: 'Works director’s fitness statement',
    },
    maxCount: 1,
    maxBytes: 5 * MB,
  },
  conformita_impianti: {
    label: { it: 'Dichiarazioni di conformità degli impianti', en: 'Installations’ conformity declarations' },
    maxCount: 10,
    maxBytes: 5 * MB,
  },
  collaudo_fine_lavori: {
    label: {
      it: 'Dichiarazione di fine lavori del direttore dei lavori (certificato di collaudo finale)',
      en: 'Works director’s end-of-works statement (final inspection certificate)',
    },
    maxCount: 1,
    maxBytes: 5 * MB,
  },
  integrazione: {
    label: { it: 'Documento integrativo', en: 'Additional document' },
    maxCount: 10,
    maxBytes: 10 * MB,
  },
};

export interface FilingRequirements {
  sections: readonly FilingSection[];
  attachments: readonly AttachmentKind[];
}

const EVERY_SECTION = FILING_SECTIONS;
const DESIGN = ['modulo', 'relazione_tecnica', 'elaborati_grafici'] as const;

/** Per type: art. 6 CIL needs no technician; the others are sworn by one (asseverazione). */
export const FILING_REQUIREMENTS: Readonly<Record<PracticeType, FilingRequirements>> = {
  CIL: { sections: ['titolare', 'immobile', 'intervento', 'dichiarazioni'], attachments: ['modulo'] },
  CILA: { sections: EVERY_SECTION, attachments: DESIGN },
  SCIA: { sections: EVERY_SECTION, attachments: [...DESIGN, 'documentazione_fotografica'] },
  SCIA_ALTERNATIVA: { sections: EVERY_SECTION, attachments: [...DESIGN, 'documentazione_fotografica'] },
  PDC: { sections: EVERY_SECTION, attachments: [...DESIGN, 'documentazione_fotografica'] },
  SCA: { sections: EVERY_SECTION, attachments: ['modulo', 'asseverazione_agibilita', 'conformita_impianti'] },
  // The technician is the works director, who states that the works ended as the title allowed them.
  CFL: { sections: EVERY_SECTION, attachments: ['modulo', 'collaudo_fine_lavori'] },
};

/** Data a type needs beyond whole sections: the end-of-works notice names its title and the day works ended. */
const REQUIRED_DETAILS: Readonly<Partial<Record<PracticeType, readonly ('titleReference' | 'worksEnd')[]>>> =
  {
    CFL: ['titleReference', 'worksEnd'],
  };

/** A filing's sections as stored in the draft; each is checked whole by the HTTP layer when saved. */
export interface FilingSections {
  titolare?: {
    fiscalCode: string;
    givenName: string;
    familyName: string;
    email: string;
    title: string;
    company?: { name: string; vatNumber: string } | null;
    coTitolari?: { fiscalCode: string; givenName: string; familyName: string; email?: string | null }[];
  } | null;
  tecnico?: {
    fiscalCode: string;
    givenName: string;
    familyName: string;
    professionalOrder: string;
    registrationNumber: string;
    province: string;
    pec: string;
  } | null;
  immobile?: {
    address: string;
    cadastre: {
      register: string;
      section?: string | null;
      sheet: string;
      parcel: string;
      subaltern?: string | null;
    };
  } | null;
  intervento?: {
    description: string;
    category: string;
    worksStart?: string | null;
    worksEnd?: string | null;
    /** The title whose works ended (its protocol number and date): required by the end-of-works notice. */
    titleReference?: string | null;
  } | null;
  dichiarazioni?: {
    truthfulness: boolean;
    titleToAct: boolean;
    privacy: boolean;
    constraints: 'none' | 'cleared' | 'pending';
  } | null;
}

export interface MissingItem {
  /** `sections.<name>`, `sections.dichiarazioni.<flag>`, `attachments.<kind>`. */
  field: string;
  reason:
    | 'section_missing'
    | 'detail_missing'
    | 'declaration_not_made'
    | 'attachment_missing'
    | 'proxy_missing';
}

/**
 * What keeps a draft from being filed: missing sections and attachments, declarations not made, and the proxy
 * (delega) when the author is not the titolare.
 */
export function missingForFiling(
  type: PracticeType,
  sections: FilingSections,
  attachmentKinds: readonly AttachmentKind[],
  authorIsTitolare: boolean,
): MissingItem[] {
  const requirements = FILING_REQUIREMENTS[type];
  const missing: MissingItem[] = requirements.sections
    .filter((section) => !sections[section])
    .map((section) => ({ field: `sections.${section}`, reason: 'section_missing' as const }));
  const intervento = sections.intervento;
  if (intervento) {
    for (const detail of REQUIRED_DETAILS[type] ?? []) {
      if (!intervento[detail]?.trim()) {
        missing.push({ field: `sections.intervento.${detail}`, reason: 'detail_missing' });
      }
    }
  }
  const declarations = sections.dichiarazioni;
  if (declarations) {
    for (const flag of ['truthfulness', 'titleToAct', 'privacy'] as const) {
      if (declarations[flag] !== true) {
        missing.push({ field: `sections.dichiarazioni.${flag}`, reason: 'declaration_not_made' });
      }
    }
  }
  for (const kind of requirements.attachments) {
    if (!attachmentKinds.includes(kind))
      missing.push({ field: `attachments.${kind}`, reason: 'attachment_missing' });
  }
  if (!authorIsTitolare && !attachmentKinds.includes('delega')) {
    missing.push({ field: 'attachments.delega', reason: 'proxy_missing' });
  }
  return missing;
}

/**
 * What the practice says it is about: the intervention, and for an end-of-works notice the title it closes and the
 * day works ended, so the office and the parties read them in every list and on the practice page.
 */
export function filingDescription(
  type: PracticeType,
  intervento: NonNullable<FilingSections['intervento']>,
): string {
  const description = intervento.description.trim();
  if (type !== 'CFL') return description;
  const ended = intervento.worksEnd
    ? `, lavori ultimati il ${italianDate(intervento.worksEnd as IsoDate)}`
    : '';
  return `${description} (fine lavori del titolo ${intervento.titleReference?.trim() ?? ''}${ended})`;
}
