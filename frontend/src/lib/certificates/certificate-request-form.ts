import type { CertificateRequest, CertificateTypeCode } from '../api/certificates';

/** The backend refuses an unknown exemption in Italian; the form passes on what the person chose. */
type ExemptionId = CertificateRequest['stampDuty']['exemption'];

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The certificate request as the pages carry it between steps, in the query string of plain GET forms
 * (so the whole flow works without JavaScript): `persona`, `tipo` (repeated for a certificato contestuale),
 * `bollo` (`esenzione`, `marca` or `pagopa`, the marca da bollo digitale), `esenzione`, `nota`, `marca`.
 */
export interface CertificateRequestForm {
  personId: string;
  types: string[];
  stampDuty: StampDutyMode | '';
  exemption: string;
  note: string;
  marcaId: string;
}

export type StampDutyMode = 'esenzione' | 'marca' | 'pagopa';
const STAMP_DUTY_MODES: readonly string[] = ['esenzione', 'marca', 'pagopa'] satisfies StampDutyMode[];

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function all(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? [value] : []).map((item) => item.trim()).filter(Boolean);
}

export function readRequestForm(params: SearchParams): CertificateRequestForm {
  const stampDuty = first(params.bollo);
  return {
    personId: first(params.persona),
    types: [...new Set(all(params.tipo))],
    stampDuty: STAMP_DUTY_MODES.includes(stampDuty) ? (stampDuty as StampDutyMode) : '',
    exemption: first(params.esenzione),
    note: first(params.nota),
    marcaId: first(params.marca),
  };
}

/** The API request; the backend checks every rule and answers in Italian when one is broken. */
export function toCertificateRequest(form: CertificateRequestForm): CertificateRequest {
  return {
    subjectId: form.personId,
    types: form.types as CertificateTypeCode[],
    stampDuty:
      form.stampDuty === 'pagopa'
        ? { pagoPA: true }
        : form.stampDuty === 'marca'
          ? { marcaId: form.marcaId }
          : form.stampDuty === 'esenzione'
            ? { exemption: form.exemption as ExemptionId, ...(form.note ? { note: form.note } : {}) }
            : ({} as CertificateRequest['stampDuty']),
  };
}

/** Back to the form with the choices made so far. */
export function requestFormQuery(form: CertificateRequestForm): string {
  const query = new URLSearchParams({ persona: form.personId });
  for (const type of form.types) query.append('tipo', type);
  if (form.stampDuty) query.set('bollo', form.stampDuty);
  if (form.exemption) query.set('esenzione', form.exemption);
  if (form.note) query.set('nota', form.note);
  if (form.marcaId) query.set('marca', form.marcaId);
  return query.toString();
}
