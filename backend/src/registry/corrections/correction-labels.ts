import type { CorrectionField, CorrectionState } from './correction-request.entity.js';

export const CORRECTION_FIELD_LABELS: Record<CorrectionField, string> = {
  family_name: 'Cognome',
  given_name: 'Nome',
  sex: 'Sesso',
  birth_date: 'Data di nascita',
  birth_place: 'Luogo di nascita',
  citizenship: 'Cittadinanza',
  marital_status: 'Stato civile',
  address: 'Indirizzo di residenza',
  identity_document: "Documento d'identità",
  household: 'Composizione della famiglia',
  other: 'Altro',
};

export const CORRECTION_STATE_LABELS: Record<CorrectionState, string> = {
  open: "In attesa di risposta dell'ufficio",
  accepted: 'Accolta',
  rejected: 'Non accolta',
};

/** The steps of a rettifica's timeline: filed and registered, then the office's answer. */
export const CORRECTION_TIMELINE_LABELS = {
  submitted: 'Presa in carico (protocollata)',
  accepted: CORRECTION_STATE_LABELS.accepted,
  rejected: CORRECTION_STATE_LABELS.rejected,
} as const;
