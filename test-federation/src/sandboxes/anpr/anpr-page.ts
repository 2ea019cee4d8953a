import { escapeHtml } from '../../http-responses.js';
import type { SandboxSwitches } from '../pdnd/sandbox-support.js';
import type { AnprPersonRecord } from './anpr-population.js';

export interface AnprPageData {
  eservices: Record<string, string>;
  tokenEndpoint: string;
  clientAssertionAudience: string;
  persons: number;
  switches: SandboxSwitches;
  query: string;
  found?: { person: AnprPersonRecord; idAnpr: string; household: AnprPersonRecord[] } | null;
}

function row(label: string, value: unknown): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

/** The tester's page: what the sandbox serves and a lookup of one person, as the e-services would answer. */
export function anprPage(data: AnprPageData): string {
  const eservices = Object.entries(data.eservices)
    .map(([id, url]) => `<li><code>${escapeHtml(id)}</code>: <code>POST ${escapeHtml(url)}</code></li>`)
    .join('');
  let result = '';
  if (data.found === null) {
    result = `<p role="status">Nessuna persona con codice fiscale o idANPR <strong>${escapeHtml(data.query)}</strong>.</p>`;
  } else if (data.found) {
    const { person, idAnpr, household } = data.found;
    const members = household
      .map(
        (member) =>
          `<li>${escapeHtml(member.given_name)} ${escapeHtml(member.family_name)} (${escapeHtml(member.fiscal_code)}), relazione ${escapeHtml(Number(member.relationship_code))}</li>`,
      )
      .join('');
    result = `<h2>${escapeHtml(person.given_name)} ${escapeHtml(person.family_name)}</h2>
<table><tbody>${row('idANPR', idAnpr)}${row('Codice fiscale', person.fiscal_code)}${row('Data di nascita', person.birth_date)}${row(
      'Luogo di nascita',
      person.birth_place_name || person.birth_place_code,
    )}${row('Stato', person.status)}${row(
      'Indirizzo',
      [person.street_toponym, person.street_name, person.civic_number].filter(Boolean).join(' ') ||
        [person.abroad_locality, person.abroad_country_code].filter(Boolean).join(', '),
    )}${row('Famiglia', person.household_code)}</tbody></table>
<h3>Componenti della famiglia</h3><ul>${members}</ul>`;
  }
  return `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Sandbox ANPR e PDND</title>
<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}th{text-align:left;padding-right:1rem}.avviso{background:#fff3cd;padding:.5rem 1rem;border:1px solid #c9a227}</style></head>
<body><main><h1>Sandbox ANPR e PDND</h1>
<p class="avviso"><strong>Solo per sviluppo e test.</strong> Dati inventati; nessun collegamento con ANPR o PDND reali.</p>
<h2>Servizi</h2><ul>${eservices}</ul>
<p>Voucher PDND: <code>POST ${escapeHtml(data.tokenEndpoint)}</code>, audience della client assertion <code>${escapeHtml(
    data.clientAssertionAudience,
  )}</code>.</p>
<p>Persone caricate: ${escapeHtml(data.persons)}. Interruttori: ritardo ${escapeHtml(data.switches.delayMs)} ms, fuori servizio ${escapeHtml(
    data.switches.down || 'no',
  )}, rifiuto ${escapeHtml(data.switches.refused ? 'sì' : 'no')}.</p>
<h2>Cerca una persona</h2>
<form method="get"><label for="q">Codice fiscale o idANPR</label> <input id="q" name="q" value="${escapeHtml(
    data.query,
  )}" autocomplete="off"> <button type="submit">Cerca</button></form>
${result}</main></body></html>`;
}
