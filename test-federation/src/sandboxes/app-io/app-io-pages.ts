import { escapeHtml } from '../../http-responses.js';
import type { IoService, StoredMessage } from './app-io-state.js';

const STYLE = `body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.5;color:#17324d}
.avviso{background:#fff3cd;border:1px solid #b58100;padding:.5rem 1rem}
.telefono{max-width:24rem;border:2px solid #17324d;border-radius:1.5rem;padding:1rem;margin:1rem 0}
.messaggio{border-top:1px solid #c5c7c9;padding:.5rem 0}.messaggio h3{margin:.25rem 0}
.meta{color:#5c6f82;font-size:.9rem}.pagamento{background:#e8f1fb;padding:.5rem;border-radius:.5rem}
label{display:block;font-weight:600}input{font-size:1rem;padding:.25rem}button{font-size:1rem;margin-top:.5rem}
a{color:#0066cc}:focus{outline:3px solid #b58100}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head><body><main>
<p class="avviso" role="note"><strong>Ambiente di prova:</strong> simulazione locale di App IO, solo per sviluppo e test.
Nessun messaggio arriva davvero sui telefoni dei cittadini.</p>
${body}</main></body></html>`;
}

const DATE_TIME = new Intl.DateTimeFormat('it-IT', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Rome',
});
const EURO = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });

function dateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/** Emphasis on already escaped text: `**bold**`, `*italic*`, `_italic_`; links shown as their text. */
function inline(escaped: string): string {
  return escaped
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/(^|\W)_([^_\s][^_]*)_(?=\W|$)/g, '$1<em>$2</em>');
}

/**
 * The Markdown IO allows (headings, emphasis, lists) as safe HTML: every line is escaped first, and only the
 * few tags this function writes itself reach the page.
 */
export function renderMarkdown(markdown: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | undefined;
  const flush = () => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.join('<br>')}</p>`);
    paragraph = [];
    if (list) out.push(`<${list.tag}>${list.items.map((i) => `<li>${i}</li>`).join('')}</${list.tag}>`);
    list = undefined;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (line === '') {
      flush();
    } else if (heading) {
      flush();
      const level = Math.min(6, 3 + (heading[1] as string).length);
      out.push(`<h${level}>${inline(escapeHtml(heading[2]))}</h${level}>`);
    } else if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      if (paragraph.length > 0 || (list && list.tag !== tag)) flush();
      list ??= { tag, items: [] };
      list.items.push(inline(escapeHtml((bullet ?? numbered)?.[1])));
    } else {
      if (list) flush();
      paragraph.push(inline(escapeHtml(line)));
    }
  }
  flush();
  return out.join('\n');
}

export function indexPage(base: string, services: readonly IoService[]): string {
  const rows = services
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.serviceName)}</td><td><code>${escapeHtml(s.serviceId)}</code></td><td><code>${escapeHtml(s.key)}</code></td></tr>`,
    )
    .join('');
  return page(
    'App IO di prova',
    `<h1>App IO di prova</h1>
<p>Questa pagina mostra i messaggi che il portale invia ad App IO, come li vedrebbe il cittadino sul telefono.</p>
<form method="get" action="${escapeHtml(`${base}/app`)}">
<label for="fiscalCode">Codice fiscale del cittadino</label>
<input id="fiscalCode" name="fiscalCode" required minlength="16" maxlength="16" autocomplete="off"
 pattern="[A-Za-z0-9]{16}" aria-describedby="fiscalCode-aiuto">
<p id="fiscalCode-aiuto" class="meta">16 caratteri, per esempio RSSMRA80A01H501U.</p>
<button type="submit">Apri la casella dei messaggi</button>
</form>
<h2>Servizi registrati</h2>
<table><caption>Servizi che possono inviare messaggi, con la chiave API da usare</caption>
<thead><tr><th scope="col">Servizio</th><th scope="col">Identificativo</th><th scope="col">Chiave (Ocp-Apim-Subscription-Key)</th></tr></thead>
<tbody>${rows}</tbody></table>
<h2>Per gli sviluppatori</h2>
<p>API: <code>${escapeHtml(`${base}/api/v1`)}</code>. Elenco JSON dei messaggi di un cittadino:
<code>${escapeHtml(`${base}/messages?fiscalCode=…`)}</code>.</p>`,
  );
}

const STATUS_LABELS: Record<string, string> = {
  ACCEPTED: 'in elaborazione',
  THROTTLED: 'in ritardo (nuovo tentativo in corso)',
  FAILED: 'non consegnato (errore)',
  REJECTED: 'rifiutato (cittadino non su IO o servizio disattivato)',
  PROCESSED: 'consegnato',
};

function messageArticle(message: StoredMessage, service: IoService | undefined, base: string): string {
  const { content } = message;
  const sender = service
    ? `${service.organizationName} — ${service.serviceName}`
    : `Servizio ${message.sender_service_id}`;
  const parts = [
    `<article class="messaggio" id="${escapeHtml(`messaggio-${message.id}`)}">`,
    `<h3>${escapeHtml(content.subject)}</h3>`,
    `<p class="meta">Da: ${escapeHtml(sender)}<br>Ricevuto il ${escapeHtml(dateTime(message.created_at))}</p>`,
    renderMarkdown(content.markdown),
  ];
  if (content.due_date) {
    parts.push(`<p><strong>Scadenza:</strong> ${escapeHtml(dateTime(content.due_date))}</p>`);
  }
  const payment = content.payment_data;
  if (payment) {
    const payee = payment.payee?.fiscal_code ?? service?.organizationFiscalCode ?? '';
    parts.push(`<section class="pagamento" aria-label="Avviso di pagamento pagoPA">
<h4>Avviso di pagamento pagoPA</h4>
<dl><dt>Importo</dt><dd>${escapeHtml(EURO.format(payment.amount / 100))}</dd>
<dt>Numero avviso</dt><dd><code>${escapeHtml(payment.notice_number)}</code></dd>
<dt>Codice fiscale dell'ente creditore</dt><dd><code>${escapeHtml(payee)}</code></dd></dl>
${payment.invalid_after_due_date ? '<p>Non è più pagabile dopo la scadenza.</p>' : ''}
</section>`);
  }
  parts.push(
    `<p class="meta"><a href="${escapeHtml(`${base}/messages?fiscalCode=${message.fiscal_code}`)}">Dati JSON</a></p></article>`,
  );
  return parts.join('\n');
}

export function inboxPage(
  base: string,
  fiscalCode: string,
  state: { onIo: boolean; senderAllowed: boolean },
  messages: readonly StoredMessage[],
  serviceOf: (serviceId: string) => IoService | undefined,
): string {
  const delivered = messages.filter((m) => m.status === 'PROCESSED');
  const others = messages.filter((m) => m.status !== 'PROCESSED');
  const inbox =
    delivered.length === 0
      ? '<p>Nessun messaggio.</p>'
      : delivered.map((m) => messageArticle(m, serviceOf(m.sender_service_id), base)).join('\n');
  const pending =
    others.length === 0
      ? ''
      : `<h2>Messaggi non (ancora) nella casella</h2><ul>${others
          .map(
            (m) =>
              `<li>${escapeHtml(m.content.subject)}: ${escapeHtml(STATUS_LABELS[m.status] ?? m.status)}</li>`,
          )
          .join('')}</ul>`;
  return page(
    `Messaggi di ${fiscalCode} — App IO di prova`,
    `<h1>App IO di prova</h1>
<p>Casella di <strong>${escapeHtml(fiscalCode)}</strong>${state.onIo ? '' : ' (questa persona non risulta iscritta ad App IO)'}.
<a href="${escapeHtml(`${base}/`)}">Cambia codice fiscale</a></p>
<section class="telefono" aria-labelledby="titolo-casella"><h2 id="titolo-casella">Messaggi (${delivered.length})</h2>
${inbox}</section>
${pending}
<h2>Impostazioni di prova</h2>
<form method="post" action="${escapeHtml(`${base}/app/settings`)}">
<input type="hidden" name="fiscalCode" value="${escapeHtml(fiscalCode)}">
<p><input type="checkbox" id="onIo" name="onIo" value="true"${state.onIo ? ' checked' : ''}>
<label for="onIo" style="display:inline">Iscritto ad App IO (se no: profilo non trovato, messaggi rifiutati)</label></p>
<p><input type="checkbox" id="senderAllowed" name="senderAllowed" value="true"${state.senderAllowed ? ' checked' : ''}>
<label for="senderAllowed" style="display:inline">Accetta messaggi dai servizi del Comune</label></p>
<button type="submit">Salva le impostazioni</button>
</form>`,
  );
}

export function errorPage(title: string, detail: string, base: string): string {
  return page(
    `${title} — App IO di prova`,
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p><p><a href="${escapeHtml(`${base}/`)}">Torna all'inizio</a></p>`,
  );
}
