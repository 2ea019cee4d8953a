/**
 * The national list of registry certificates a comune issues through ANPR (DM Interno 3.11.2021), in the
 * order the certificate prints them when several are combined into one certificato contestuale.
 */
export const CERTIFICATE_TYPE_CODES = [
  'residence',
  'residence_aire',
  'residence_cohabitation',
  'household',
  'household_relationships',
  'household_marital_status',
  'household_aire',
  'birth',
  'citizenship',
  'existence',
  'marital_status',
  'free_status',
  'marriage',
  'civil_union',
  'cohabitation_contract',
] as const;

export type CertificateTypeCode = (typeof CERTIFICATE_TYPE_CODES)[number];

/**
 * Which registry the type certifies from: `resident` types describe a residence in this comune and are
 * refused for AIRE subjects, `aire` types the reverse; `any` types serve both.
 */
export type CertificateScope = 'resident' | 'aire' | 'any';

export interface CertificateType {
  code: CertificateTypeCode;
  /** Full Italian name, as offered to the user. */
  nameIt: string;
  nameEn: string;
  /** Short Italian label used in the title of a certificato contestuale. */
  shortNameIt: string;
  scope: CertificateScope;
}

export const CERTIFICATE_TYPES: Readonly<Record<CertificateTypeCode, CertificateType>> = {
  residence: {
    code: 'residence',
    nameIt: 'Certificato di residenza',
    nameEn: 'Certificate of residence',
    shortNameIt: 'residenza',
    scope: 'resident',
  },
  residence_aire: {
    code: 'residence_aire',
    nameIt: 'Certificato di residenza AIRE',
    nameEn: 'Certificate of residence abroad (AIRE)',
    shortNameIt: 'residenza AIRE',
    scope: 'aire',
  },
  residence_cohabitation: {
    code: 'residence_cohabitation',
    nameIt: 'Certificato di residenza in convivenza',
    nameEn: 'Certificate of residence in an institutional cohabitation',
    shortNameIt: 'residenza in convivenza',
    scope: 'resident',
  },
  household: {
    code: 'household',
    nameIt: 'Certificato di stato di famiglia',
    nameEn: 'Household composition certificate',
    shortNameIt: 'stato di famiglia',
    scope: 'resident',
  },
  household_relationships: {
    code: 'household_relationships',
    nameIt: 'Certificato di stato di famiglia con rapporti di parentela',
    nameEn: 'Household composition certificate with relationships',
    shortNameIt: 'stato di famiglia con rapporti di parentela',
    scope: 'resident',
  },
  household_marital_status: {
    code: 'household_marital_status',
    nameIt: 'Certificato di stato di famiglia e di stato civile',
    nameEn: 'Household composition and marital status certificate',
    shortNameIt: 'stato di famiglia e stato civile',
    scope: 'resident',
  },
  household_aire: {
    code: 'household_aire',
    nameIt: 'Certificato di stato di famiglia AIRE',
    nameEn: 'Household composition certificate for residents abroad (AIRE)',
    shortNameIt: 'stato di famiglia AIRE',
    scope: 'aire',
  },
  birth: {
    code: 'birth',
    nameIt: 'Certificato anagrafico di nascita',
    nameEn: 'Birth certificate (registry)',
    shortNameIt: 'nascita',
    scope: 'any',
  },
  citizenship: {
    code: 'citizenship',
    nameIt: 'Certificato di cittadinanza',
    nameEn: 'Citizenship certificate',
    shortNameIt: 'cittadinanza',
    scope: 'any',
  },
  existence: {
    code: 'existence',
    nameIt: 'Certificato di esistenza in vita',
    nameEn: 'Certificate of being alive',
    shortNameIt: 'esistenza in vita',
    scope: 'any',
  },
  marital_status: {
    code: 'marital_status',
    nameIt: 'Certificato di stato civile',
    nameEn: 'Marital status certificate',
    shortNameIt: 'stato civile',
    scope: 'any',
  },
  free_status: {
    code: 'free_status',
    nameIt: 'Certificato di stato libero',
    nameEn: 'Certificate of free marital status',
    shortNameIt: 'stato libero',
    scope: 'any',
  },
  marriage: {
    code: 'marriage',
    nameIt: 'Certificato anagrafico di matrimonio',
    nameEn: 'Marriage certificate (registry)',
    shortNameIt: 'matrimonio',
    scope: 'any',
  },
  civil_union: {
    code: 'civil_union',
    nameIt: 'Certificato anagrafico di unione civile',
    nameEn: 'Civil union certificate (registry)',
    shortNameIt: 'unione civile',
    scope: 'any',
  },
  cohabitation_contract: {
    code: 'cohabitation_contract',
    nameIt: 'Certificato di contratto di convivenza',
    nameEn: 'Cohabitation contract certificate',
    shortNameIt: 'contratto di convivenza',
    scope: 'any',
  },
};

export function isCertificateTypeCode(value: unknown): value is CertificateTypeCode {
  return typeof value === 'string' && (CERTIFICATE_TYPE_CODES as readonly string[]).includes(value);
}

/** Orders types as the catalog does, so the same selection always yields the same certificate. */
export function sortCertificateTypes(types: readonly CertificateTypeCode[]): CertificateTypeCode[] {
  return [...types].sort((a, b) => CERTIFICATE_TYPE_CODES.indexOf(a) - CERTIFICATE_TYPE_CODES.indexOf(b));
}
