import type { Dictionary } from '../../i18n/dictionary';
import { routes } from '../routes';

/** The wizard's steps, in order: the five sections of the modulistica unificata, the attachments, the summary. */
export const SECTION_STEPS = ['titolare', 'tecnico', 'immobile', 'intervento', 'dichiarazioni'] as const;
export type SectionStep = (typeof SECTION_STEPS)[number];
export const WIZARD_STEPS = [...SECTION_STEPS, 'allegati', 'riepilogo'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export function stepFrom(value: string | string[] | undefined): WizardStep {
  return (WIZARD_STEPS as readonly string[]).includes(String(value)) ? (value as WizardStep) : 'titolare';
}

export const sueRoutes = {
  newFiling: `${routes.permits}/nuova`,
  draft: (id: string, step?: WizardStep) =>
    `${routes.permits}/bozze/${encodeURIComponent(id)}${step ? `?passo=${step}` : ''}`,
  albo: '/albo-pretorio',
  alboArchive: '/albo-pretorio/archivio',
  technicianProfile: '/i-miei-dati/profilo-tecnico',
} as const;

type Fields = Dictionary['sue']['fields'];
type OptionSet = 'titles' | 'registers' | 'categories' | 'constraintOptions';

/** One input of a section: `path` inside the section (dotted for nested objects), its label key and kind. */
export interface FieldSpec {
  path: string;
  label: keyof Fields;
  kind: 'text' | 'email' | 'date' | 'textarea' | 'select' | 'checkbox';
  options?: { set: OptionSet; values: readonly string[] };
  optional?: boolean;
  autoComplete?: string;
  /** Shown upper case and sent as typed (codici fiscali, province codes). */
  upper?: boolean;
}

export const SECTION_FIELDS: Record<SectionStep, readonly FieldSpec[]> = {
  titolare: [
    { path: 'fiscalCode', label: 'fiscalCode', kind: 'text', upper: true },
    { path: 'givenName', label: 'givenName', kind: 'text', autoComplete: 'given-name' },
    { path: 'familyName', label: 'familyName', kind: 'text', autoComplete: 'family-name' },
    { path: 'email', label: 'email', kind: 'email', autoComplete: 'email' },
    {
      path: 'title',
      label: 'title',
      kind: 'select',
      options: {
        set: 'titles',
        values: ['proprietario', 'comproprietario', 'usufruttuario', 'locatario', 'altro'],
      },
    },
  ],
  tecnico: [
    { path: 'fiscalCode', label: 'fiscalCode', kind: 'text', upper: true },
    { path: 'givenName', label: 'givenName', kind: 'text' },
    { path: 'familyName', label: 'familyName', kind: 'text' },
    { path: 'professionalOrder', label: 'professionalOrder', kind: 'text' },
    { path: 'registrationNumber', label: 'registrationNumber', kind: 'text' },
    { path: 'province', label: 'province', kind: 'text', upper: true },
    { path: 'pec', label: 'pec', kind: 'email' },
  ],
  immobile: [
    { path: 'address', label: 'address', kind: 'text', autoComplete: 'street-address' },
    {
      path: 'cadastre.register',
      label: 'register',
      kind: 'select',
      options: { set: 'registers', values: ['fabbricati', 'terreni'] },
    },
    { path: 'cadastre.section', label: 'section', kind: 'text', optional: true },
    { path: 'cadastre.sheet', label: 'sheet', kind: 'text' },
    { path: 'cadastre.parcel', label: 'parcel', kind: 'text' },
    { path: 'cadastre.subaltern', label: 'subaltern', kind: 'text', optional: true },
  ],
  intervento: [
    { path: 'description', label: 'description', kind: 'textarea' },
    {
      path: 'category',
      label: 'category',
      kind: 'select',
      options: {
        set: 'categories',
        values: [
          'manutenzione_straordinaria',
          'restauro_risanamento',
          'ristrutturazione',
          'nuova_costruzione',
          'cambio_uso',
          'agibilita',
          'altro',
        ],
      },
    },
    { path: 'worksStart', label: 'worksStart', kind: 'date', optional: true },
    { path: 'worksEnd', label: 'worksEnd', kind: 'date', optional: true },
    { path: 'titleReference', label: 'titleReference', kind: 'text', optional: true },
  ],
  dichiarazioni: [
    { path: 'truthfulness', label: 'truthfulness', kind: 'checkbox' },
    { path: 'titleToAct', label: 'titleToAct', kind: 'checkbox' },
    { path: 'privacy', label: 'privacy', kind: 'checkbox' },
    {
      path: 'constraints',
      label: 'constraints',
      kind: 'select',
      options: { set: 'constraintOptions', values: ['none', 'cleared', 'pending'] },
    },
  ],
};

/** The value at a dotted path of a section, as a string for the form ('' when absent). */
export function fieldValue(section: unknown, path: string): string | boolean {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], section);
  if (typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

/** The section object the backend expects, from the form's values: empty optional fields are null. */
export function sectionFromForm(
  fields: readonly FieldSpec[],
  form: FormData,
  keep: Record<string, unknown> = {},
) {
  const section: Record<string, unknown> = { ...keep };
  for (const field of fields) {
    const raw = form.get(field.path);
    const text = typeof raw === 'string' ? raw.trim() : '';
    const value =
      field.kind === 'checkbox'
        ? raw === 'on'
        : field.upper
          ? text.toUpperCase()
          : text === '' && field.optional
            ? null
            : text;
    const keys = field.path.split('.');
    let node = section;
    for (const key of keys.slice(0, -1)) {
      node[key] = { ...((node[key] as Record<string, unknown>) ?? {}) };
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]] = value;
  }
  return section;
}
