import type { Metadata } from 'next';
import { VerifyCodeForm } from '../../components/certificates/verify-code-form';
import { getI18n } from '../../i18n/get-i18n';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.certificates.verify.title, robots: { index: false } };
}

/** Public: where a person types the code printed on a certificate; the answer is at `/verifica/{code}`. */
export default async function VerifyPage() {
  const { t } = await getI18n();
  return (
    <div className="container portal-page">
      <h1 className="mb-3">{t.certificates.verify.title}</h1>
      <p className="lead">{t.certificates.verify.lead}</p>
      <VerifyCodeForm t={t.certificates.verify} />
    </div>
  );
}
