import type { Metadata } from 'next';
import Link from 'next/link';
import { StaffPracticeCharges } from '../../../../components/payments/staff-practice-charges';
import { DocumentUploadForm } from '../../../../components/permits/document-upload-form';
import { LegalClockPanel } from '../../../../components/permits/legal-clock-panel';
import { PracticeDocuments } from '../../../../components/permits/practice-documents';
import { PracticeOverview } from '../../../../components/permits/practice-overview';
import { PracticeRequests } from '../../../../components/permits/practice-requests';
import { PracticeTimeline } from '../../../../components/permits/practice-timeline';
import { StateBadge } from '../../../../components/permits/state-badge';
import { TransitionForm } from '../../../../components/permits/transition-form';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import { orNotFound } from '../../../../lib/api/or-not-found';
import { getStaffPractice } from '../../../../lib/api/permits';
import { requireUser } from '../../../../lib/auth/require-user';
import { formatDay } from '../../../../lib/permits/permit-formatting';
import { permitRoutes } from '../../../../lib/permits/permit-routes';

type Params = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.permits.staff.title };
}

/** A practice as the office handles it: everything, internal notes included, and the transition form. */
export default async function StaffPracticePage({ params, searchParams }: Params) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [{ locale, t }, user] = await Promise.all([getI18n(), requireUser(permitRoutes.staffPractice(id))]);
  const p = t.permits;
  if (!user.roles.includes('permits')) {
    return (
      <div className="container portal-page">
        <div className="alert alert-warning" role="alert">
          {p.staff.forbidden}
        </div>
      </div>
    );
  }
  const practice = await orNotFound(getStaffPractice(id));

  return (
    <div className="container portal-page">
      <Link className="d-inline-block mb-3" href={permitRoutes.queue}>
        {p.staff.back}
      </Link>
      <p className="portal-eyebrow">{practice.typeLabel}</p>
      <h1 className="mb-2">
        {formatMessage(p.detail.protocol, {
          number: practice.protocolNumber,
          date: formatDay(practice.protocolDate, locale),
        })}
      </h1>
      <p className="d-flex flex-wrap gap-2 align-items-center">
        <StateBadge label={practice.stateLabel} bucket={practice.bucket} />
        {practice.officeDeadline && (
          <span className={practice.overdue ? 'badge bg-danger' : 'badge bg-light text-dark'}>
            {formatMessage(practice.overdue ? p.staff.officeOverdue : p.staff.officeDeadline, {
              date: formatDay(practice.officeDeadline, locale),
            })}
          </span>
        )}
        <span className="small">{p.staff.constraints[practice.constraints]}</span>
        {practice.doubledTerms && <span className="small">{p.staff.doubledTerms}</span>}
      </p>

      <div className="row g-4 g-lg-5">
        <div className="col-12 col-lg-7">
          <PracticeOverview practice={practice} t={p} locale={locale} />
          <LegalClockPanel clock={practice.legalClock} t={p} locale={locale} />
          <PracticeRequests requests={practice.requests} timeline={practice.timeline} t={p} locale={locale} />
          <PracticeDocuments
            practiceId={practice.id}
            documents={practice.documents}
            audience="staff"
            t={p}
            locale={locale}
          />
          <DocumentUploadForm practiceId={practice.id} audience="staff" t={p.upload} />
          <PracticeTimeline entries={practice.timeline} t={p} locale={locale} showInternalNotes />
        </div>
        <aside className="col-12 col-lg-5" aria-labelledby="transition-title">
          <div className="card card-bg rounded no-after">
            <div className="card-body">
              <h2 id="transition-title" className="h4 mb-3">
                {p.transition.title}
              </h2>
              <TransitionForm
                practiceId={practice.id}
                version={practice.version}
                options={practice.allowedTransitions}
                t={p}
              />
            </div>
          </div>
          <StaffPracticeCharges
            practiceId={practice.id}
            charges={practice.charges ?? []}
            added={query.addebito === 'ok'}
            t={t.payments}
            locale={locale}
          />
        </aside>
      </div>
    </div>
  );
}
