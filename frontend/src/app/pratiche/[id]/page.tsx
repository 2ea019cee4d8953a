import type { Metadata } from 'next';
import Link from 'next/link';
import { PracticeCharges } from '../../../components/payments/practice-charges';
import { LegalClockPanel } from '../../../components/permits/legal-clock-panel';
import { PracticeDocuments } from '../../../components/permits/practice-documents';
import { PracticeOverview } from '../../../components/permits/practice-overview';
import { PracticeRequests } from '../../../components/permits/practice-requests';
import { PracticeTimeline } from '../../../components/permits/practice-timeline';
import { ResidentActions } from '../../../components/permits/resident-actions';
import { StateBadge } from '../../../components/permits/state-badge';
import { RequestPromise } from '../../../components/services/request-promise';
import { ServiceTimeline } from '../../../components/services/service-timeline';
import { SignedIntegrationForm } from '../../../components/sue/signed-integration-form';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { orNotFound } from '../../../lib/api/or-not-found';
import { getPayments, type PaymentItem, type PracticeCharge } from '../../../lib/api/payments';
import { getMyPractice } from '../../../lib/api/permits';
import { requireUser } from '../../../lib/auth/require-user';
import { formatDay } from '../../../lib/permits/permit-formatting';
import { permitRoutes } from '../../../lib/permits/permit-routes';

type Params = { params: Promise<{ id: string }> };

/** The pagoPA positions behind the practice's charges, for their pay actions; none when there is nothing to pay. */
async function chargePayments(charges: PracticeCharge[]): Promise<PaymentItem[]> {
  if (!charges.some((charge) => charge.paymentId)) return [];
  return (await getPayments()).items;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.permits.list.title };
}

/** One of the resident's practices: state, terms, requests, documents, timeline and what they can do. */
export default async function MyPracticePage({ params }: Params) {
  const { id } = await params;
  const [{ locale, t }] = await Promise.all([getI18n(), requireUser(permitRoutes.practice(id))]);
  const practice = await orNotFound(getMyPractice(id));
  const charges = practice.charges ?? [];
  const payments = await chargePayments(charges);
  const p = t.permits;

  return (
    <div className="container portal-page">
      <Link className="d-inline-block mb-3" href={permitRoutes.home}>
        {p.detail.back}
      </Link>
      <p className="portal-eyebrow">{practice.typeLabel}</p>
      <h1 className="mb-2">
        {formatMessage(p.detail.protocol, {
          number: practice.protocolNumber,
          date: formatDay(practice.protocolDate, locale),
        })}
      </h1>
      <p>
        <span className="me-2">{p.detail.state}:</span>
        <StateBadge label={practice.stateLabel} bucket={practice.bucket} />
      </p>
      <section className="mb-4" aria-label={t.serviceModel.promise.label}>
        <RequestPromise
          protocolNumber={practice.protocolNumber}
          takenInChargeAt={practice.protocolDate}
          dueBy={practice.legalClock.deadline}
          t={t.serviceModel.promise}
          locale={locale}
        />
        <ServiceTimeline
          title={t.serviceModel.promise.timeline}
          steps={practice.timeline.map((entry) => ({
            key: String(entry.seq),
            label: entry.toLabel,
            at: entry.at,
          }))}
          locale={locale}
        />
      </section>

      <PracticeOverview practice={practice} t={p} locale={locale} />
      <LegalClockPanel clock={practice.legalClock} t={p} locale={locale} />
      <PracticeCharges charges={charges} payments={payments} t={t.payments} locale={locale} />
      <PracticeRequests requests={practice.requests} timeline={practice.timeline} t={p} locale={locale} />
      {practice.actions.uploadDocuments && (
        <SignedIntegrationForm practiceId={practice.id} t={p.signedUpload} />
      )}
      <ResidentActions
        practiceId={practice.id}
        version={practice.version}
        transitions={practice.actions.transitions}
        t={p}
      />
      <PracticeDocuments
        practiceId={practice.id}
        documents={practice.documents}
        audience="resident"
        t={p}
        locale={locale}
      />
      <PracticeTimeline entries={practice.timeline} t={p} locale={locale} />
    </div>
  );
}
