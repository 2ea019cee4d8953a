import type { Metadata } from 'next';
import Link from 'next/link';
import { NewDraftForm } from '../../../components/sue/new-draft-form';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { PRACTICE_TYPES } from '../../../lib/api/permits';
import { getMyDrafts } from '../../../lib/api/sue';
import { requireUser } from '../../../lib/auth/require-user';
import { permitRoutes } from '../../../lib/permits/permit-routes';
import { sueRoutes } from '../../../lib/sue/wizard-steps';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.sue.newFiling.title };
}

/** SUE online: choose the type of practice, or resume a draft saved on any device. */
export default async function NewFilingPage() {
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(sueRoutes.newFiling)]);
  const drafts = await getMyDrafts();
  const s = t.sue.newFiling;

  return (
    <div className="container portal-page">
      <Link className="d-inline-block mb-3" href={permitRoutes.home}>
        {t.permits.detail.back}
      </Link>
      <h1 className="mb-3">{s.title}</h1>
      <p className="lead">{s.lead}</p>
      <p>
        <Link href={sueRoutes.technicianProfile}>{t.sue.technicianProfile.link}</Link>
      </p>
      <div className="row g-4">
        <div className="col-12 col-lg-7">
          <NewDraftForm types={PRACTICE_TYPES} labels={t.permits.types} t={s} />
        </div>
        <section className="col-12 col-lg-5" aria-labelledby="drafts-title">
          <h2 id="drafts-title" className="h4">
            {s.drafts}
          </h2>
          {drafts.length === 0 ? (
            <p>{s.noDrafts}</p>
          ) : (
            <ul className="list-group">
              {drafts.map((draft) => (
                <li key={draft.id} className="list-group-item">
                  <Link href={sueRoutes.draft(draft.id)}>
                    {draft.typeLabel[locale === 'en' ? 'en' : 'it']} – {draft.address ?? s.untitled}
                  </Link>
                  <br />
                  <span className="small">
                    {draft.protocolNumber
                      ? formatMessage(s.filed, { number: draft.protocolNumber })
                      : s.resume}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
