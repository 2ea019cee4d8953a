import { escapeHtml } from '../../http-responses.js';
import { SIGNATURE_DEFECTS, type SignatureDefect } from './signing-service.js';

const DEFECT_LABELS: Record<SignatureDefect, string> = {
  'expired-certificate': 'certificato scaduto',
  'unknown-ca': 'certificato di una CA sconosciuta',
  'no-non-repudiation': 'certificato senza uso chiave non ripudio (solo firma digitale)',
  'altered-after-signing': 'un byte alterato dopo la firma',
};

export interface TesterPageValues {
  fiscalCode?: string;
  givenName?: string;
  familyName?: string;
  format?: string;
  defect?: string;
}

/** The tester's page: upload a PDF, type a fiscal code, pick the format, download the signed file. */
export function testerPage(prefix: string, values: TesterPageValues = {}, errors: string[] = []): string {
  const format = values.format === 'cades' ? 'cades' : 'pades';
  const alert = errors.length
    ? `<div role="alert" style="border:2px solid #a00;padding:.5em 1em;margin:1em 0"><h2>La firma non è stata prodotta</h2><ul>${errors
        .map((error) => `<li>${escapeHtml(error)}</li>`)
        .join('')}</ul></div>`
    : '';
  const defectOptions = [
    `<option value="">nessuno: firma valida</option>`,
    ...SIGNATURE_DEFECTS.map(
      (defect) =>
        `<option value="${escapeHtml(defect)}"${values.defect === defect ? ' selected' : ''}>${escapeHtml(DEFECT_LABELS[defect])}</option>`,
    ),
  ].join('');
  const text = (name: keyof TesterPageValues, label: string, extra: string) =>
    `<p><label for="${name}">${escapeHtml(label)}</label><br><input id="${name}" name="${name}" type="text" value="${escapeHtml(values[name] ?? '')}" ${extra}></p>`;
  return `<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sandbox di firma digitale</title>
<style>body{font-family:sans-serif;max-width:42em;margin:1em auto;padding:0 1em;line-height:1.5}input,select,button{font-size:1em;padding:.25em}fieldset{margin:1em 0}</style></head>
<body><main>
<h1>Sandbox di firma digitale</h1>
<p><strong>Solo per sviluppo e test.</strong> I certificati sono emessi da una CA di prova e non hanno alcun valore legale; il portale li accetta solo fuori produzione.</p>
${alert}
<form method="post" action="${escapeHtml(prefix)}/" enctype="multipart/form-data">
<p><label for="file">Documento PDF (al massimo 10 MiB)</label><br><input id="file" name="file" type="file" accept="application/pdf,.pdf" required></p>
${text('fiscalCode', 'Codice fiscale del firmatario', 'required maxlength="16" autocomplete="off" spellcheck="false" style="text-transform:uppercase"')}
${text('givenName', 'Nome (facoltativo)', 'maxlength="64" autocomplete="off"')}
${text('familyName', 'Cognome (facoltativo)', 'maxlength="64" autocomplete="off"')}
<fieldset><legend>Formato della firma</legend>
<p><input id="format-pades" name="format" type="radio" value="pades"${format === 'pades' ? ' checked' : ''}> <label for="format-pades">PAdES: PDF con la firma al suo interno</label></p>
<p><input id="format-cades" name="format" type="radio" value="cades"${format === 'cades' ? ' checked' : ''}> <label for="format-cades">CAdES: busta <code>.p7m</code></label></p>
</fieldset>
<p><label for="defect">Difetto da simulare</label><br><select id="defect" name="defect">${defectOptions}</select></p>
<p><button type="submit">Firma e scarica</button></p>
</form>
<h2>Certificati della CA di prova</h2>
<ul><li><a href="${escapeHtml(prefix)}/ca.pem">CA radice di prova (ca.pem)</a></li>
<li><a href="${escapeHtml(prefix)}/chain.pem">Catena: CA qualificata di prova e radice (chain.pem)</a></li></ul>
</main></body></html>`;
}
