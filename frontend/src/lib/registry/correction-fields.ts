/** The data a rettifica request may be about (the backend's `CORRECTION_FIELDS`). No server imports: forms use it. */
export const CORRECTION_FIELDS = [
  'family_name',
  'given_name',
  'sex',
  'birth_date',
  'birth_place',
  'citizenship',
  'marital_status',
  'address',
  'identity_document',
  'household',
  'other',
] as const;

export type CorrectionField = (typeof CORRECTION_FIELDS)[number];
