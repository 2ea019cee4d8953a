import type { Metadata } from 'next';
import {
  type VerificationOutcome,
  VerificationResult,
} from '../../../components/certificates/verification-result';
import { VerifyCodeForm } from '../../../components/certificates/verify-code-form';
import { getI18n } from '../../../i18n/get-i18n';
import { ApiError } from '../../../lib/api/api-error';
import { verifyCertificate } from '../../../lib/api/certificates';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.certificates.verify.title, robots: { index: false } };
}

async function verify(code: string, sealToken: string | undefined): Promise<VerificationOutcome> {
  try {
    return await verifyCertificate(code, sealToken);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return 'not_found';
    if (error instanceof ApiError && error.status === 429) return 'too_many_requests';
    throw error;
  }
}

/**
 * Public: where the QR code of a certificate leads (`/verifica/{code}?s={seal}`). Rendered on the server, so
 * a phone that scanned the code sees the answer without running any script.
 */
export default async function VerificationPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ code }, query, { locale, t }] = await Promise.all([params, searchParams, getI18n()]);
  const seal = Array.isArray(query.s) ? query.s[0] : query.s;
  const outcome = await verify(code, seal || undefined);
  return (
    <div className="container portal-page">
      <h1 className="mb-4">{t.certificates.verify.title}</h1>
      <VerificationResult outcome={outcome} locale={locale} t={t.certificates.verify} />
      <section className="mt-5" aria-labelledby="verify-another">
        <h2 id="verify-another" className="h4 mb-3">
          {t.certificates.verify.another}
        </h2>
        <VerifyCodeForm t={t.certificates.verify} code={outcome === 'not_found' ? code : undefined} />
      </section>
    </div>
  );
}
