import { DomainError } from '../../common/errors/domain-error.js';

export const unknownIdp = () =>
  new DomainError({
    code: 'UNKNOWN_IDP',
    status: 400,
    detail: 'Il gestore di identità SPID indicato non è tra quelli disponibili.',
    field: 'idp',
  });

export const unknownProvider = () =>
  new DomainError({
    code: 'OIDC_UNKNOWN_PROVIDER',
    status: 400,
    detail: 'Scegli come accedere: SPID oppure CIE.',
    field: 'provider',
  });

export const invalidReturnTo = () =>
  new DomainError({
    code: 'RETURN_TO_INVALID',
    status: 400,
    detail: 'La pagina di ritorno indicata non appartiene a questo portale.',
    field: 'returnTo',
  });

export const loginUnavailable = () =>
  new DomainError({
    code: 'LOGIN_UNAVAILABLE',
    status: 503,
    detail: "L'accesso con SPID e CIE non è configurato su questo portale.",
  });
