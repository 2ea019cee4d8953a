import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CertificatePreviewDocument } from '../../../components/certificates/certificate-preview-document';
import { IssueCertificateForm } from '../../../components/certificates/issue-certificate-form';
import { RequestSteps } from '../../../components/certificates/request-steps';
import { getI18n } from '../../../i18n/get-i18n';
import { ApiError } from '../../../lib/api/api-error';
import { type CertificatePreview, previewCertificate } from '../../../lib/api/certificates';
import { requireUser } from '../../../lib/auth/require-user';
import {
  readRequestForm,
  requestFormQuery,
  toCertificateRequest,
} from '../../../lib/certificates/certificate-request-form';
import { certificateRoutes } from '../../../lib/certificates/certificate-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.certificates.preview.title };
}

/** A refusal the resident can act on (wrong choice, missing exemption ...), or the preview itself. */
async function load(
  request: ReturnType<typeof toCertificateRequest>,
): Promise<{ preview: CertificatePreview } | { refusal: string }> {
  try {
    return { preview: await previewCertificate(request) };
  } catch (error) {
    if (error instanceof ApiError && error.status < 500 && error.status !== 401) {
      return { refusal: error.problem.detail };
    }
    throw error;
  }
}

/** Step 3: the text the certificate will print, and the button that issues it. */
export default async function CertificatePreviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const form = readRequestForm(await searchParams);
  const [{ t }] = await Promise.all([getI18n(), requireUser(certificateRoutes.home)]);
  if (!form.personId) redirect(certificateRoutes.home);
  const result = await load(toCertificateRequest(form));
  const c = t.certificates;
  const query = requestFormQuery(form);
  const editLink = (
    <Link className="btn btn-outline-primary" href={`${certificateRoutes.request}?${query}`}>
      {c.preview.edit}
    </Link>
  );

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{c.preview.title}</h1>
      <RequestSteps current="preview" t={c.steps} />
      {'refusal' in result ? (
        <>
          <div className="alert alert-danger" role="alert">
            <p className="fw-semibold mb-1">{c.preview.refused}</p>
            <p className="mb-0">{result.refusal}</p>
          </div>
          {editLink}
        </>
      ) : (
        <div className="portal-prose">
          <p className="lead">{c.preview.lead}</p>
          <CertificatePreviewDocument preview={result.preview} label={c.preview.documentLabel} />
          <p className="small text-secondary mt-2">{c.preview.codeLater}</p>
          <IssueCertificateForm
            fields={[...new URLSearchParams(query)]}
            labels={{
              issue: form.stampDuty === 'pagopa' ? t.payments.certificate.request : c.preview.issue,
              issuing: c.preview.issuing,
              refused: c.preview.refused,
            }}
          />
          <div className="mt-3">{editLink}</div>
        </div>
      )}
    </div>
  );
}
