import { type DemoIdentity, FISCAL_NUMBER_CLAIM, type ProviderKind } from './federation-types.js';
import { escapeHtml } from './http-responses.js';

const PROVIDER_NAMES: Record<ProviderKind, string> = {
  spid: 'SPID',
  cie: 'CIE (Carta d’Identità Elettronica)',
};

const ACR_LABELS: Record<string, string> = {
  'https://www.spid.gov.it/SpidL1': 'livello 1',
  'https://www.spid.gov.it/SpidL2': 'livello 2',
  'https://www.spid.gov.it/SpidL3': 'livello 3',
};

const CLAIM_LABELS: Record<string, string> = {
  [FISCAL_NUMBER_CLAIM]: 'Codice fiscale',
  given_name: 'Nome',
  family_name: 'Cognome',
  email: 'Indirizzo email',
  birthdate: 'Data di nascita',
  gender: 'Sesso',
  place_of_birth: 'Luogo di nascita',
};

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f5f7fb;color:#1a1a1a;line-height:1.5}
main{max-width:36rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{font-size:1.6rem;color:#0b4f9c}label{display:block;font-weight:600;margin-top:1rem}
input{display:block;width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem;border:1px solid #5c6f82;border-radius:4px}
input:focus,button:focus{outline:3px solid #f90;outline-offset:2px}fieldset{margin-top:1.5rem;border:1px solid #c5c7c9;border-radius:4px}
button{margin-top:1.5rem;margin-right:.5rem;padding:.6rem 1.2rem;font-size:1rem;border-radius:4px;border:2px solid #0b4f9c;background:#0b4f9c;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b4f9c}.help{font-size:.9rem;color:#455b71;margin:.25rem 0 0}
.error{border-left:4px solid #d9364f;background:#fdecef;padding:.75rem 1rem}.notice{background:#eef4fb;padding:.75rem 1rem;border-radius:4px}`;

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export interface LoginPageInput {
  kind: ProviderKind;
  actionBase: string;
  clientName: string;
  acrValues: string[];
  idpHint?: string;
  identities: DemoIdentity[];
  error?: string;
  values?: { fiscalNumber?: string; givenName?: string; familyName?: string; email?: string };
}

function identityLabel(identity: DemoIdentity): string {
  return identity.label ?? `${identity.givenName} ${identity.familyName}`;
}

/** The login form: works without JavaScript; the datalist only suggests, any fiscal code is accepted. */
export function loginPage(input: LoginPageInput): string {
  const providerName = PROVIDER_NAMES[input.kind];
  const level = input.acrValues.map((acr) => ACR_LABELS[acr] ?? acr)[0];
  const options = input.identities
    .map(
      (identity) =>
        `<option value="${escapeHtml(identity.fiscalNumber)}">${escapeHtml(identityLabel(identity))}</option>`,
    )
    .join('');
  const values = input.values ?? {};
  const describedBy = input.error ? 'fiscal_number_help login_error' : 'fiscal_number_help';
  return layout(
    `Accesso con ${providerName} – ambiente di test`,
    `<h1>Accedi con ${escapeHtml(providerName)}</h1>
<p class="notice">Ambiente di <strong>test</strong>: nessuna credenziale reale viene richiesta.</p>
<p>Il servizio <strong>${escapeHtml(input.clientName)}</strong> chiede di verificare la tua identità${
      level ? ` con ${escapeHtml(providerName)} ${escapeHtml(level)}` : ''
    }.</p>
${
  input.idpHint
    ? `<p>Gestore dell’identità scelto: <strong id="idp-scelto">${escapeHtml(input.idpHint)}</strong></p>`
    : ''
}
${input.error ? `<p class="error" role="alert" id="login_error">${escapeHtml(input.error)}</p>` : ''}
<form method="post" action="${escapeHtml(input.actionBase)}/login">
<label for="fiscal_number">Codice fiscale</label>
<input id="fiscal_number" name="fiscal_number" list="identita-di-prova" required autocomplete="off"
 autocapitalize="characters" spellcheck="false" value="${escapeHtml(values.fiscalNumber)}"
 aria-describedby="${describedBy}"${input.error ? ' aria-invalid="true"' : ''}>
<p class="help" id="fiscal_number_help">Scegli un’identità di prova dall’elenco oppure scrivi un codice fiscale qualsiasi.</p>
<datalist id="identita-di-prova">${options}</datalist>
<fieldset>
<legend>Dati anagrafici per un codice fiscale non in elenco (facoltativi)</legend>
<label for="given_name">Nome</label>
<input id="given_name" name="given_name" autocomplete="given-name" value="${escapeHtml(values.givenName)}">
<label for="family_name">Cognome</label>
<input id="family_name" name="family_name" autocomplete="family-name" value="${escapeHtml(values.familyName)}">
<label for="email">Indirizzo email</label>
<input id="email" name="email" type="email" autocomplete="email" value="${escapeHtml(values.email)}">
</fieldset>
<button type="submit">Entra</button>
</form>
<form method="post" action="${escapeHtml(input.actionBase)}/abort">
<button type="submit" class="secondary">Annulla e torna al servizio</button>
</form>`,
  );
}

export interface ConsentPageInput {
  kind: ProviderKind;
  actionBase: string;
  clientName: string;
  fullName: string;
  claims: string[];
}

/** The consent form: lists the attributes the service asked for. */
export function consentPage(input: ConsentPageInput): string {
  const claims = input.claims.filter((claim) => claim in CLAIM_LABELS);
  const items = claims.map((claim) => `<li>${escapeHtml(CLAIM_LABELS[claim])}</li>`).join('');
  return layout(
    `Consenso all’invio dei dati – ${PROVIDER_NAMES[input.kind]} di test`,
    `<h1>Autorizzi l’invio dei tuoi dati?</h1>
<p>Hai effettuato l’accesso come <strong>${escapeHtml(input.fullName)}</strong>.</p>
<h2>Dati richiesti da ${escapeHtml(input.clientName)}</h2>
${items ? `<ul>${items}</ul>` : '<p>Nessun attributo oltre all’identificativo.</p>'}
<form method="post" action="${escapeHtml(input.actionBase)}/confirm">
<button type="submit" name="decision" value="allow">Acconsento</button>
<button type="submit" name="decision" value="deny" class="secondary">Non acconsento</button>
</form>`,
  );
}

/** The page shown when the OP cannot redirect the error back to the service. */
export function errorPage(kind: ProviderKind, error: string, description?: string, detail?: string): string {
  return layout(
    `Errore – ${PROVIDER_NAMES[kind]} di test`,
    `<h1>Richiesta non valida</h1>
<p role="alert">Il gestore dell’identità di test ha rifiutato la richiesta.</p>
<dl>
<dt>Codice errore</dt><dd><code id="error">${escapeHtml(error)}</code></dd>
${description ? `<dt>Descrizione</dt><dd id="error_description">${escapeHtml(description)}</dd>` : ''}
${detail ? `<dt>Dettaglio tecnico</dt><dd id="error_detail">${escapeHtml(detail)}</dd>` : ''}
</dl>`,
  );
}
