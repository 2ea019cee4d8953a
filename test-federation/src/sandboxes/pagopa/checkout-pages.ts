import { escapeHtml } from '../../http-responses.js';
import type { SandboxReceipt } from './gpd-store.js';

/** Plain Italian pages of the pagoPA checkout sandbox (development and tests only). */

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}' +
  '.avviso{border-left:4px solid #b00;padding:.5rem 1rem;background:#fff4f4}' +
  'dt{font-weight:bold}dd{margin:0 0 .5rem 0}button{font-size:1.1rem;padding:.5rem 2rem}';

const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });
const day = new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeZone: 'Europe/Rome' });
const moment = new Intl.DateTimeFormat('it-IT', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Rome',
});

export function formatCents(cents: number): string {
  return euro.format(cents / 100);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – pagoPA (sandbox)</title>
<style>${STYLE}</style></head><body><main>
<p class="avviso" role="note"><strong>Ambiente di prova (sandbox):</strong> solo per sviluppo e test. Nessun pagamento reale viene eseguito.</p>
<h1>${escapeHtml(title)}</h1>
${body}
</main></body></html>`;
}

function returnLink(returnUrl: string | undefined): string {
  return returnUrl ? `<p><a href="${escapeHtml(returnUrl)}">Torna al portale</a></p>` : '';
}

export interface NoticeView {
  noticeNumber: string;
  companyName: string;
  organizationFiscalCode: string;
  amount: number;
  description: string;
  dueDate: Date;
  debtorFiscalCode: string;
}

function noticeDetails(notice: NoticeView): string {
  return `<dl>
<dt>Ente creditore</dt><dd>${escapeHtml(notice.companyName)} (C.F. ${escapeHtml(notice.organizationFiscalCode)})</dd>
<dt>Importo</dt><dd>${escapeHtml(formatCents(notice.amount))}</dd>
<dt>Causale</dt><dd>${escapeHtml(notice.description)}</dd>
<dt>Scadenza</dt><dd>${escapeHtml(day.format(notice.dueDate))}</dd>
<dt>Codice avviso</dt><dd>${escapeHtml(notice.noticeNumber)}</dd>
<dt>Codice fiscale del debitore</dt><dd>${escapeHtml(notice.debtorFiscalCode)}</dd>
</dl>`;
}

export function checkoutPage(
  notice: NoticeView,
  action: string,
  returnUrl: string | undefined,
  unpayable: string | undefined,
): string {
  const form = unpayable
    ? `<p role="alert">${escapeHtml(unpayable)}</p>${returnLink(returnUrl)}`
    : `<form method="post" action="${escapeHtml(action)}">
${returnUrl ? `<input type="hidden" name="returnUrl" value="${escapeHtml(returnUrl)}">` : ''}
<button type="submit">Paga</button>
</form>
${returnUrl ? `<p><a href="${escapeHtml(returnUrl)}">Annulla e torna al portale</a></p>` : ''}`;
  return page('Pagamento dell’avviso', `<h2>Dati dell’avviso</h2>${noticeDetails(notice)}${form}`);
}

export function paidPage(notice: NoticeView, receipt: SandboxReceipt, returnUrl: string | undefined): string {
  const stamps = receipt.stamps
    .map(
      (stamp) =>
        `<dt>Marca da bollo digitale (IUBD)</dt><dd>${escapeHtml(stamp.iubd)}, legata al documento con impronta ${escapeHtml(stamp.hashDocument)}</dd>`,
    )
    .join('');
  return page(
    'Pagamento eseguito',
    `<p role="status">Il pagamento è stato eseguito.</p>
<h2>Ricevuta</h2>
<dl>
<dt>Identificativo ricevuta</dt><dd>${escapeHtml(receipt.receiptId)}</dd>
<dt>Data del pagamento</dt><dd>${escapeHtml(moment.format(new Date(receipt.paymentDate)))}</dd>
<dt>Prestatore di servizi di pagamento (PSP)</dt><dd>${escapeHtml(receipt.pspCompany)}</dd>
${stamps}
</dl>
<h2>Dati dell’avviso</h2>${noticeDetails(notice)}${returnLink(returnUrl)}`,
  );
}

export function errorPage(title: string, message: string, returnUrl?: string): string {
  return page(title, `<p role="alert">${escapeHtml(message)}</p>${returnLink(returnUrl)}`);
}
