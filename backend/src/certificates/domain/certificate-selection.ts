import { DomainError } from '../../common/errors/domain-error.js';
import { type ApplicabilityOptions, applicableTypes } from './certificate-applicability.js';
import type { CertificateSubject } from './certificate-subject.js';
import {
  CERTIFICATE_TYPES,
  type CertificateTypeCode,
  isCertificateTypeCode,
  sortCertificateTypes,
} from './certificate-types.js';

/**
 * Pairs that cannot share one certificato contestuale, after the "combinazioni certificati su cumulativi"
 * checks of ANPR: the household variants and the residence in a convivenza exclude each other (each is a
 * different picture of the same household), marital status is already inside "stato di famiglia e di stato
 * civile" and must not contradict the household one, stato libero excludes marriage and civil union.
 */
const HOUSEHOLD_VARIANTS: readonly CertificateTypeCode[] = [
  'household',
  'household_relationships',
  'household_marital_status',
  'residence_cohabitation',
];

const INCOMPATIBLE: ReadonlyArray<readonly [CertificateTypeCode, CertificateTypeCode]> = [
  ...HOUSEHOLD_VARIANTS.flatMap((a, i) => HOUSEHOLD_VARIANTS.slice(i + 1).map((b) => [a, b] as const)),
  ...HOUSEHOLD_VARIANTS.map((variant) => ['marital_status', variant] as const),
  ['free_status', 'marital_status'],
  ['free_status', 'household_marital_status'],
  ['free_status', 'marriage'],
  ['free_status', 'civil_union'],
  ['marriage', 'civil_union'],
];

function incompatible(a: CertificateTypeCode, b: CertificateTypeCode): boolean {
  const scopes = [CERTIFICATE_TYPES[a].scope, CERTIFICATE_TYPES[b].scope];
  if (scopes.includes('aire') && scopes.includes('resident')) return true;
  return INCOMPATIBLE.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/**
 * Checks the types a user asked for (one type, or several for a certificato contestuale) against the
 * subject and each other; returns them in catalog order, ready for `buildCertificateContent`.
 */
export function validateCertificateSelection(
  subject: CertificateSubject,
  requested: readonly unknown[],
  options: ApplicabilityOptions = {},
): CertificateTypeCode[] {
  if (requested.length === 0) {
    throw new DomainError({
      code: 'CERTIFICATE_TYPES_REQUIRED',
      status: 422,
      detail: 'Scegliere almeno un tipo di certificato.',
      field: 'types',
    });
  }
  const availability = new Map(applicableTypes(subject, options).map((entry) => [entry.type, entry]));
  const seen: CertificateTypeCode[] = [];
  requested.forEach((type, index) => {
    if (!isCertificateTypeCode(type)) {
      throw new DomainError({
        code: 'CERTIFICATE_TYPE_UNKNOWN',
        status: 422,
        detail: 'Il tipo di certificato richiesto non esiste.',
        field: `types.${index}`,
      });
    }
    if (seen.includes(type)) {
      throw new DomainError({
        code: 'CERTIFICATE_TYPE_DUPLICATED',
        status: 422,
        detail: `Il certificato di ${CERTIFICATE_TYPES[type].shortNameIt} è stato scelto più di una volta.`,
        field: `types.${index}`,
      });
    }
    const entry = availability.get(type);
    if (!entry?.available) {
      throw new DomainError({
        code: 'CERTIFICATE_TYPE_NOT_AVAILABLE',
        status: 422,
        detail: `${CERTIFICATE_TYPES[type].nameIt} non disponibile. ${entry?.reason ?? ''}`.trim(),
        field: `types.${index}`,
        extra: { type },
      });
    }
    const clash = seen.find((other) => incompatible(other, type));
    if (clash) {
      throw new DomainError({
        code: 'CERTIFICATE_COMBINATION_NOT_ALLOWED',
        status: 422,
        detail: `Il certificato di ${CERTIFICATE_TYPES[clash].shortNameIt} e quello di ${CERTIFICATE_TYPES[type].shortNameIt} non possono essere riuniti in un unico certificato contestuale: richiederli separatamente.`,
        field: 'types',
        extra: { conflicting: [clash, type] },
      });
    }
    seen.push(type);
  });
  return sortCertificateTypes(seen);
}
