/**
 * ANPR table "relazione di parentela / famiglia" (rapporto con l'intestatario della scheda di famiglia,
 * source ISTAT, updated 20.1.2017 with "Unito civilmente"). ANPR stores plain integers; the registry and the
 * import format use two digits (`01`). Codes ANPR marks as no longer valid are kept so that old data can be
 * recognised and refused with a precise reason.
 */
export interface HouseholdRelationship {
  code: string;
  labelIt: string;
  labelEn: string;
  /** False for codes ANPR keeps only for history (they must not be used for new records). */
  valid: boolean;
}

export const HEAD_OF_HOUSEHOLD = '01';
export const SPOUSE = '02';
export const CHILD = '03';
export const PARENT = '06';
export const COHABITANT = '23';
export const CIVIL_PARTNER = '28';

export const HOUSEHOLD_RELATIONSHIPS: readonly HouseholdRelationship[] = [
  { code: '01', labelIt: 'Intestatario della scheda', labelEn: 'Head of household', valid: true },
  { code: '02', labelIt: 'Marito / Moglie', labelEn: 'Husband / Wife', valid: true },
  { code: '03', labelIt: 'Figlio / Figlia', labelEn: 'Son / Daughter', valid: true },
  { code: '04', labelIt: 'Nipote (discendente)', labelEn: 'Grandchild', valid: true },
  { code: '05', labelIt: 'Pronipote (discendente)', labelEn: 'Great-grandchild', valid: true },
  { code: '06', labelIt: 'Padre / Madre', labelEn: 'Father / Mother', valid: true },
  { code: '07', labelIt: 'Nonno / Nonna', labelEn: 'Grandfather / Grandmother', valid: true },
  {
    code: '08',
    labelIt: 'Bisnonno / Bisnonna',
    labelEn: 'Great-grandfather / Great-grandmother',
    valid: true,
  },
  { code: '09', labelIt: 'Fratello / Sorella', labelEn: 'Brother / Sister', valid: true },
  { code: '10', labelIt: 'Nipote (collaterale)', labelEn: 'Nephew / Niece', valid: true },
  { code: '11', labelIt: 'Zio / Zia (collaterale)', labelEn: 'Uncle / Aunt', valid: true },
  { code: '12', labelIt: 'Cugino / Cugina', labelEn: 'Cousin', valid: true },
  { code: '13', labelIt: 'Altro parente', labelEn: 'Other relative', valid: true },
  { code: '14', labelIt: 'Figliastro / Figliastra', labelEn: 'Stepchild', valid: false },
  { code: '15', labelIt: 'Patrigno / Matrigna', labelEn: 'Stepfather / Stepmother', valid: false },
  { code: '16', labelIt: 'Genero / Nuora', labelEn: 'Son-in-law / Daughter-in-law', valid: true },
  { code: '17', labelIt: 'Suocero / Suocera', labelEn: 'Father-in-law / Mother-in-law', valid: true },
  { code: '18', labelIt: 'Cognato / Cognata', labelEn: 'Brother-in-law / Sister-in-law', valid: true },
  { code: '19', labelIt: 'Fratellastro / Sorellastra', labelEn: 'Half-brother / Half-sister', valid: false },
  { code: '20', labelIt: 'Nipote (affine)', labelEn: 'Nephew / Niece by marriage', valid: true },
  { code: '21', labelIt: 'Zio / Zia (affine)', labelEn: 'Uncle / Aunt by marriage', valid: true },
  { code: '22', labelIt: 'Altro affine', labelEn: 'Other relative by marriage', valid: true },
  {
    code: '23',
    labelIt: 'Convivente (con vincoli di adozione o affettivi)',
    labelEn: 'Cohabitant (adoptive or emotional ties)',
    valid: true,
  },
  {
    code: '24',
    labelIt: 'Responsabile della convivenza non affettiva',
    labelEn: 'Person in charge of a non-family cohabitation',
    valid: true,
  },
  {
    code: '25',
    labelIt: 'Convivente in convivenza non affettiva',
    labelEn: 'Member of a non-family cohabitation',
    valid: true,
  },
  { code: '26', labelIt: 'Tutore', labelEn: 'Guardian', valid: false },
  { code: '28', labelIt: 'Unito civilmente', labelEn: 'Civil partner', valid: true },
  { code: '80', labelIt: 'Adottato', labelEn: 'Adopted', valid: false },
  { code: '81', labelIt: 'Nipote', labelEn: 'Grandchild or nephew', valid: false },
  { code: '99', labelIt: 'Non definito/comunicato', labelEn: 'Not defined', valid: false },
];

const BY_CODE = new Map(HOUSEHOLD_RELATIONSHIPS.map((relationship) => [relationship.code, relationship]));

/** Accepts `1` or `01`; returns the two-digit code or `null` when the text is not a number. */
export function normalizeRelationshipCode(text: string): string | null {
  const trimmed = text.trim();
  return /^[0-9]{1,2}$/.test(trimmed) ? trimmed.padStart(2, '0') : null;
}

export function findHouseholdRelationship(code: string): HouseholdRelationship | undefined {
  const normalized = normalizeRelationshipCode(code);
  return normalized ? BY_CODE.get(normalized) : undefined;
}
