/** An RFC 9457 problem document, with the portal's extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  field?: string;
  errors?: { field: string; reason: string }[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Italian titles of the statuses the portal answers with. */
export const STATUS_TITLES: Record<number, string> = {
  400: 'Richiesta non valida',
  401: 'Accesso richiesto',
  403: 'Operazione non consentita',
  404: 'Risorsa non trovata',
  405: 'Metodo non consentito',
  409: 'Conflitto',
  413: 'Contenuto troppo grande',
  415: 'Tipo di contenuto non supportato',
  422: 'Dati non validi',
  429: 'Troppe richieste',
  500: 'Errore interno',
  502: 'Errore del servizio esterno',
  503: 'Servizio temporaneamente non disponibile',
};
