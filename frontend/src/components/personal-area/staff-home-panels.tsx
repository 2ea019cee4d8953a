import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { StaffHome, StaffJob, StaffPracticeItem } from '../../lib/api/personal-area';
import { formatIsoDate } from '../../lib/f24/f24-formatting';
import { f24Routes } from '../../lib/f24/f24-routes';
import { paymentRoutes } from '../../lib/payments/payment-routes';
import { permitRoutes } from '../../lib/permits/permit-routes';
import { registryRoutes } from '../../lib/registry/registry-routes';
import { LegalInterestRateWarning } from '../f24/legal-interest-rate-warning';
import { personalAreaRoutes } from './personal-area-routes';

type Texts = Dictionary['personalArea']['staffHome'];

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="col-12 col-lg-6">
      <section className="card card-bg rounded h-100 no-after" aria-labelledby={`${id}-title`}>
        <div className="card-body">
          <h2 id={`${id}-title`} className="h4 card-title">
            {title}
          </h2>
          {children}
        </div>
      </section>
    </div>
  );
}

function Jobs({ jobs, t }: { jobs: StaffJob[]; t: Texts }) {
  if (jobs.length === 0) return <p>{t.nothing}</p>;
  return (
    <ul className="ps-3">
      {jobs.map((job) => (
        <li key={job.id} className="mb-1">
          <Link href={job.href}>
            {formatMessage(t.job, {
              label: job.label,
              done: String(job.done),
              total: job.total === null ? '—' : String(job.total),
              failed: String(job.failed),
            })}
          </Link>{' '}
          <span className="small">({t.jobStatus[job.status]})</span>
        </li>
      ))}
    </ul>
  );
}

function Practices({
  items,
  t,
  practiceTypes,
  locale,
}: {
  items: StaffPracticeItem[];
  t: Texts;
  practiceTypes: Record<string, string>;
  locale: Locale;
}) {
  if (items.length === 0) return <p>{t.nothing}</p>;
  return (
    <ul className="ps-3">
      {items.map((item) => (
        <li key={item.id} className="mb-1">
          <Link href={permitRoutes.staffPractice(item.id)}>
            {item.protocolNumber} — {item.address}
          </Link>
          <br />
          <span className="small">
            {practiceTypes[item.type] ?? item.type}
            {item.officeDeadline &&
              `, ${formatMessage(t.permits.deadline, { date: formatIsoDate(item.officeDeadline, locale) })}`}
            {item.overdue && (
              <>
                {' — '}
                <strong>{t.overdue}</strong>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** What each of the clerk's offices has to act on today: one panel per office. */
export function StaffHomePanels({ home, t, locale }: { home: StaffHome; t: Dictionary; locale: Locale }) {
  const s = t.personalArea.staffHome;
  return (
    <div className="row g-4">
      {home.registry && (
        <Panel id="home-registry" title={s.registry.title}>
          <p className="fw-semibold">
            {formatMessage(s.registry.corrections, {
              open: String(home.registry.openCorrections),
              overdue: String(home.registry.overdueCorrections),
            })}
          </p>
          {home.registry.oldestCorrections.length > 0 && (
            <ul className="ps-3">
              {home.registry.oldestCorrections.map((item) => (
                <li key={item.id}>
                  {formatMessage(s.registry.correctionItem, {
                    reference: item.reference,
                    field: item.field,
                    days: String(item.ageDays),
                  })}
                  {item.overdue && (
                    <>
                      {' — '}
                      <strong>{s.overdue}</strong>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3 className="h6">{s.registry.imports}</h3>
          <Jobs jobs={home.registry.imports} t={s} />
          <p className="mb-0">
            <Link href={registryRoutes.officeCorrections}>{s.registry.open}</Link>
            {' · '}
            <Link href={registryRoutes.office}>{s.registry.office}</Link>
            {' · '}
            <Link href={paymentRoutes.staff}>{t.payments.staff.link}</Link>
          </p>
        </Panel>
      )}
      {home.permits && (
        <Panel id="home-permits" title={s.permits.title}>
          <h3 className="h6">{formatMessage(s.permits.overdue, { count: String(home.permits.overdue) })}</h3>
          <Practices
            items={home.permits.overduePractices}
            t={s}
            practiceTypes={t.permits.types}
            locale={locale}
          />
          <h3 className="h6">
            {formatMessage(s.permits.integrations, { count: String(home.permits.integrationsReceived) })}
          </h3>
          <Practices
            items={home.permits.integrations}
            t={s}
            practiceTypes={t.permits.types}
            locale={locale}
          />
          <p className="mb-0">
            <Link href={permitRoutes.queue}>{s.permits.open}</Link>
            {' · '}
            <Link href={personalAreaRoutes.registerPractice}>{s.permits.register}</Link>
            {' · '}
            <Link href={paymentRoutes.feeTariffs}>{t.payments.tariffs.link}</Link>
            {' · '}
            <Link href={paymentRoutes.staff}>{t.payments.staff.link}</Link>
          </p>
        </Panel>
      )}
      {home.taxes && (
        <Panel id="home-taxes" title={s.taxes.title}>
          <LegalInterestRateWarning year={home.taxes.missingLegalInterestRateYear} t={t} />
          <h3 className="h6">{s.taxes.bulkJobs}</h3>
          <Jobs jobs={home.taxes.bulkJobs} t={s} />
          <p className="mb-0">
            <Link href={f24Routes.office}>{s.taxes.open}</Link>
            {' · '}
            <Link href={paymentRoutes.staff}>{t.payments.staff.link}</Link>
          </p>
        </Panel>
      )}
    </div>
  );
}
