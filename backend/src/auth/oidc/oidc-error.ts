import { DomainError } from '../../common/errors/domain-error.js';

/** Every way a SPID/CIE login can fail, with its HTTP status and the sentence shown to the user. */
const OIDC_ERRORS = {
  /** The caller named a provider kind or an OP entity id that is not in the federation. */
  OIDC_UNKNOWN_PROVIDER: [400, 'Il gestore dell’identità digitale scelto non è riconosciuto.'],
  /** The requested assurance level is not a SPID/CIE level. */
  OIDC_INVALID_ACR: [400, 'Il livello di sicurezza richiesto per l’accesso non è valido.'],
  /** The OP's trust chain up to the trust anchor cannot be fetched or verified. */
  OIDC_TRUST_CHAIN_INVALID: [
    502,
    'Non è stato possibile verificare l’affidabilità del gestore dell’identità digitale. Riprova più tardi.',
  ],
  /** The resolve endpoint was asked about a trust anchor this RP does not use. */
  OIDC_UNKNOWN_TRUST_ANCHOR: [404, 'Il trust anchor indicato non è quello di questo servizio.'],
  /**
   * The resolve endpoint was asked about an entity that is neither this RP, nor one of its identity providers,
   * nor a subordinate of its trust anchor: it is not fetched (the endpoint is public; fetching any URL would
   * let anyone make the portal call it).
   */
  OIDC_UNKNOWN_SUBJECT: [404, 'L’entità indicata non fa parte della federazione di questo servizio.'],
  /** The callback is older than the allowed login time. */
  OIDC_TRANSACTION_EXPIRED: [401, 'La richiesta di accesso è scaduta. Ripeti l’accesso.'],
  /** The callback `state` does not belong to the stored transaction (possible CSRF). */
  OIDC_STATE_MISMATCH: [
    400,
    'La risposta di accesso non corrisponde alla richiesta avviata. Ripeti l’accesso.',
  ],
  /** The callback `iss` is missing (CIE) or names another OP (mix-up). */
  OIDC_ISSUER_MISMATCH: [
    400,
    'La risposta di accesso proviene da un gestore diverso da quello scelto. Ripeti l’accesso.',
  ],
  /** The user cancelled, or refused consent, at the OP. */
  OIDC_ACCESS_DENIED: [401, 'L’accesso è stato annullato o negato presso il gestore dell’identità digitale.'],
  /** The OP answered with an error or could not be reached. */
  OIDC_PROVIDER_ERROR: [502, 'Il gestore dell’identità digitale ha restituito un errore. Riprova più tardi.'],
  /** The authorization code is invalid, expired or already used (replay). */
  OIDC_CODE_INVALID: [400, 'Il codice di accesso non è valido o è già stato usato. Ripeti l’accesso.'],
  /** The ID token's signature or claims do not hold. */
  OIDC_ID_TOKEN_INVALID: [401, 'L’identità restituita dal gestore non è valida. Ripeti l’accesso.'],
  /** The ID token's nonce is not the one sent (replayed or injected token). */
  OIDC_NONCE_MISMATCH: [
    401,
    'L’identità restituita non corrisponde alla richiesta avviata. Ripeti l’accesso.',
  ],
  /** The OP authenticated the user at a lower level than requested. */
  OIDC_ACR_TOO_LOW: [401, 'Il livello di sicurezza dell’accesso è inferiore a quello richiesto.'],
  /** The userinfo response is missing, not an encrypted and signed JWT, or for another subject. */
  OIDC_USERINFO_INVALID: [
    502,
    'I dati dell’utente restituiti dal gestore non sono validi. Riprova più tardi.',
  ],
  /** The OP released no fiscal code or no name. */
  OIDC_ATTRIBUTES_MISSING: [
    502,
    'Il gestore non ha fornito il codice fiscale o i dati anagrafici richiesti.',
  ],
} as const satisfies Record<string, readonly [number, string]>;

export type OidcErrorCode = keyof typeof OIDC_ERRORS;

/** The request parameter at fault, for the errors that have one. */
const OIDC_ERROR_FIELDS: Partial<Record<OidcErrorCode, string>> = {
  OIDC_UNKNOWN_TRUST_ANCHOR: 'anchor',
  OIDC_UNKNOWN_SUBJECT: 'sub',
};

/** Builds the DomainError for an OIDC failure; `extra` carries machine-readable details (never secrets). */
export function oidcError(
  code: OidcErrorCode,
  extra?: Record<string, unknown>,
  cause?: unknown,
): DomainError {
  const [status, detail] = OIDC_ERRORS[code];
  const error = new DomainError({ code, status, detail, field: OIDC_ERROR_FIELDS[code], extra });
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause });
  return error;
}
