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

/** Days the office has to answer: L. 241/1990 art. 2 c. 2 (30 days when no rule sets another term). */
export const CORRECTION_ANSWER_DAYS = 30;
