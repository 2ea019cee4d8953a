/**
 * The comune's editorial content of the portal: the public service pages ("schede servizio" of the Designers
 * Italia modello Comuni), the FAQ and the footer's configured links. It is a JSON file per comune
 * (`backend/config/portal-content/`), read and checked once at start: another comune edits text, not code.
 */

export const SERVICE_STATUSES = ['active', 'inactive'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** How "Accedi al servizio" reaches the service; each kind is one of the model's `data-element` names. */
export const ACCESS_KINDS = ['online', 'booking', 'generic'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export interface ServiceOffice {
  name: string;
  streetAddress: string;
  postalCode: string;
  locality: string;
  phone: string;
  email: string;
  hours: string;
}

export interface ServiceCard {
  slug: string;
  title: string;
  /** The short description under the title (the model's "Descrizione breve"). */
  description: string;
  status: ServiceStatus;
  /** Why the service is not available, shown with an inactive status. */
  statusNote: string | null;
  /** One of the model's service categories ("Anagrafe e stato civile"). */
  category: string;
  /** Topics from the model's controlled vocabulary ("Anagrafe", "Imposte"). */
  topics: string[];
  /** "Cittadini residenti": the JSON-LD `audience.audienceType`. */
  audienceType: string;
  /** A chi è rivolto. */
  audience: string[];
  /** Come fare. */
  howTo: string[];
  /** Cosa serve. */
  needed: string[];
  /** Cosa si ottiene. */
  achieved: string[];
  /** Tempi e scadenze. */
  times: string[];
  /** Costi. */
  costs: string[];
  /** Accedi al servizio: a portal path or an absolute URL. */
  access: { kind: AccessKind; url: string; label: string; note: string };
  /** Condizioni di servizio: the terms document. */
  conditions: { text: string; url: string; label: string };
  /** Contatti: the office that answers for the service. */
  office: ServiceOffice;
}

export interface FaqEntry {
  question: string;
  answer: string;
}

export interface PortalContent {
  /** The comune's accessibility statement on AgID's form site; the local page is the fallback. */
  accessibilityStatementUrl: string | null;
  /** Where "Segnala un disservizio" leads when the comune has its own channel; the portal's form otherwise. */
  inefficiencyReportUrl: string | null;
  services: ServiceCard[];
  faq: FaqEntry[];
}

/** The first field of the file that is not what the portal expects, named by its path. */
export class PortalContentError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'PortalContentError';
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PATH_OR_URL = /^(?:\/[^\s]*|https?:\/\/[^\s]+)$/;

type Json = Record<string, unknown>;

function object(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PortalContentError(field, 'must be an object');
  }
  return value as Json;
}

function text(value: unknown, field: string, max = 2000): string {
  if (typeof value !== 'string' || value.trim().length === 0)
    throw new PortalContentError(field, 'must be a non-empty string');
  if (value.length > max) throw new PortalContentError(field, `must be at most ${max} characters`);
  if (value.includes('\u0000')) throw new PortalContentError(field, 'must not contain NUL');
  return value.trim();
}

function optionalUrl(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  const url = text(value, field, 500);
  if (!/^https:\/\/[^\s]+$/.test(url)) throw new PortalContentError(field, 'must be an https:// URL or null');
  return url;
}

function pathOrUrl(value: unknown, field: string): string {
  const url = text(value, field, 500);
  if (!PATH_OR_URL.test(url))
    throw new PortalContentError(field, 'must be a portal path (/...) or an http(s) URL');
  return url;
}

function paragraphs(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new PortalContentError(field, 'must be a non-empty list of strings');
  return value.map((item, index) => text(item, `${field}.${index}`));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new PortalContentError(field, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function parseOffice(value: unknown, field: string): ServiceOffice {
  const o = object(value, field);
  return {
    name: text(o.name, `${field}.name`, 200),
    streetAddress: text(o.streetAddress, `${field}.streetAddress`, 200),
    postalCode: text(o.postalCode, `${field}.postalCode`, 10),
    locality: text(o.locality, `${field}.locality`, 100),
    phone: text(o.phone, `${field}.phone`, 40),
    email: text(o.email, `${field}.email`, 200),
    hours: text(o.hours, `${field}.hours`, 500),
  };
}

function parseService(value: unknown, field: string): ServiceCard {
  const s = object(value, field);
  const slug = text(s.slug, `${field}.slug`, 80);
  if (!SLUG.test(slug))
    throw new PortalContentError(`${field}.slug`, 'must be lowercase words joined by dashes');
  const status = oneOf(s.status, SERVICE_STATUSES, `${field}.status`);
  const access = object(s.access, `${field}.access`);
  const conditions = object(s.conditions, `${field}.conditions`);
  return {
    slug,
    title: text(s.title, `${field}.title`, 200),
    description: text(s.description, `${field}.description`, 500),
    status,
    statusNote:
      s.statusNote === undefined || s.statusNote === null
        ? null
        : text(s.statusNote, `${field}.statusNote`, 500),
    category: text(s.category, `${field}.category`, 100),
    topics: paragraphs(s.topics, `${field}.topics`),
    audienceType: text(s.audienceType, `${field}.audienceType`, 200),
    audience: paragraphs(s.audience, `${field}.audience`),
    howTo: paragraphs(s.howTo, `${field}.howTo`),
    needed: paragraphs(s.needed, `${field}.needed`),
    achieved: paragraphs(s.achieved, `${field}.achieved`),
    times: paragraphs(s.times, `${field}.times`),
    costs: paragraphs(s.costs, `${field}.costs`),
    access: {
      kind: oneOf(access.kind, ACCESS_KINDS, `${field}.access.kind`),
      url: pathOrUrl(access.url, `${field}.access.url`),
      label: text(access.label, `${field}.access.label`, 100),
      note: text(access.note, `${field}.access.note`, 500),
    },
    conditions: {
      text: text(conditions.text, `${field}.conditions.text`),
      url: pathOrUrl(conditions.url, `${field}.conditions.url`),
      label: text(conditions.label, `${field}.conditions.label`, 200),
    },
    office: parseOffice(s.office, `${field}.office`),
  };
}

/** Checks a parsed JSON file field by field; throws {@link PortalContentError} naming the first wrong one. */
export function parsePortalContent(value: unknown): PortalContent {
  const root = object(value, '(file)');
  if (!Array.isArray(root.services) || root.services.length === 0) {
    throw new PortalContentError('services', 'must be a non-empty list');
  }
  const services = root.services.map((service, index) => parseService(service, `services.${index}`));
  const seen = new Set<string>();
  services.forEach((service, index) => {
    if (seen.has(service.slug))
      throw new PortalContentError(`services.${index}.slug`, `"${service.slug}" is repeated`);
    seen.add(service.slug);
  });
  if (!Array.isArray(root.faq) || root.faq.length === 0)
    throw new PortalContentError('faq', 'must be a non-empty list');
  const faq = root.faq.map((entry, index) => {
    const e = object(entry, `faq.${index}`);
    return {
      question: text(e.question, `faq.${index}.question`, 300),
      answer: text(e.answer, `faq.${index}.answer`),
    };
  });
  return {
    accessibilityStatementUrl: optionalUrl(root.accessibilityStatementUrl, 'accessibilityStatementUrl'),
    inefficiencyReportUrl: optionalUrl(root.inefficiencyReportUrl, 'inefficiencyReportUrl'),
    services,
    faq,
  };
}

/** The services whose title, description, category or topics contain every word of the query. */
export function searchServices(
  services: readonly ServiceCard[],
  query: string,
  category?: string,
): ServiceCard[] {
  const words = query.toLocaleLowerCase('it').split(/\s+/).filter(Boolean);
  return services.filter((service) => {
    if (category && service.category !== category) return false;
    const haystack = [service.title, service.description, service.category, ...service.topics]
      .join(' ')
      .toLocaleLowerCase('it');
    return words.every((word) => haystack.includes(word));
  });
}
