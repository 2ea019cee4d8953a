import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { CurrentUser } from '../../lib/api/auth';
import type { PersonalAreaSummary, SummaryDeadline } from '../../lib/api/personal-area';
import { certificateRoutes } from '../../lib/certificates/certificate-routes';
import { formatEuro, formatIsoDate } from '../../lib/f24/f24-formatting';
import { f24Routes } from '../../lib/f24/f24-routes';
import { formatInstant } from '../../lib/permits/permit-formatting';
import { permitRoutes } from '../../lib/permits/permit-routes';
import { FeedbackQuestion } from '../feedback/feedback-question';
import { Icon } from '../icon/icon';
import { ServiceList } from '../services/service-list';
import { type NextAction, nextActions } from './next-actions';
import { personalAreaRoutes } from './personal-area-routes';

export interface PersonalAreaDashboardProps {
  user: CurrentUser;
  t: Dictionary;
  locale: Locale;
  /** `null` when the backend could not compute it: the page still offers the services. */
  summary: PersonalAreaSummary | null;
}

type Texts = Dictionary['personalArea'];

function deadlineLabel(deadline: SummaryDeadline, s: Texts['sections'], t: Dictionary): string {
  const reference =
    deadline.kind === 'imu'
      ? (t.f24.instalments[deadline.reference as 'acconto' | 'saldo'] ?? deadline.reference).toLowerCase()
      : deadline.reference;
  return formatMessage(s.deadlines.kinds[deadline.kind], { reference });
}

function actionItem(action: NextAction, p: Texts, t: Dictionary, locale: Locale) {
  const s = p.sections;
  if (action.kind === 'deadline') {
    const { deadline } = action;
    return {
      key: `${deadline.kind}-${deadline.date}-${deadline.reference}`,
      href: deadline.href,
      label: deadlineLabel(deadline, s, t),
      detail: formatIsoDate(deadline.date, locale),
      overdue: deadline.overdue,
    };
  }
  if (action.kind === 'practice') {
    return {
      key: `practice-${action.practice.id}`,
      href: permitRoutes.practice(action.practice.id),
      label: `${action.practice.protocolNumber} — ${action.practice.address}`,
      detail: s.practices.actionNeededNoDate,
      overdue: false,
    };
  }
  return {
    key: 'messages',
    href: personalAreaRoutes.messages,
    label: s.messages.title,
    detail: formatMessage(s.messages.count, { count: String(action.unread) }),
    overdue: false,
  };
}

function DeskSection({
  id,
  icon,
  title,
  description,
  count,
  more,
  children,
}: {
  id: string;
  icon: string;
  title: string;
  description: string;
  count: string;
  more?: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <div className="col-12 col-lg-6">
      <section id={id} className="card card-bg rounded h-100 no-after" aria-labelledby={`${id}-title`}>
        <div className="card-body">
          <div className="d-flex align-items-center gap-2 mb-2">
            <Icon name={icon} className="portal-card-icon m-0" />
            <h2 id={`${id}-title`} className="card-title h4 m-0">
              {title}
            </h2>
          </div>
          <p className="fw-semibold mb-1">{count}</p>
          <p className="card-text small mb-3">{description}</p>
          {children}
          {more && (
            <Link className="d-inline-block mt-3" href={more.href}>
              {more.label}
            </Link>
          )}
        </div>
      </section>
    </div>
  );
}

/**
 * Designers Italia "area personale": what to do now first, then one section each for practices,
 * payments, documents, messages and deadlines, with their counts, then the services.
 */
export function PersonalAreaDashboard({ user, t, locale, summary }: PersonalAreaDashboardProps) {
  const p = t.personalArea;
  const s = p.sections;
  const actions = summary ? nextActions(summary) : [];
  const toPay =
    summary?.payments.instalments.filter((instalment) => instalment.pdf && !instalment.past).length ?? 0;

  return (
    <div className="container portal-page">
      <p className="portal-eyebrow">{p.eyebrow}</p>
      <h1 className="mb-2">{formatMessage(p.greeting, { name: user.givenName })}</h1>
      <p className="lead">{p.intro}</p>

      {summary ? (
        <>
          <section className="callout callout-highlight mt-4 mb-5" aria-labelledby="next-actions-title">
            <div className="callout-title">
              <Icon name="check-circle" />
              <h2 id="next-actions-title" className="h5 mb-0">
                {p.nextActionTitle}
              </h2>
            </div>
            {actions.length === 0 ? (
              <p className="mb-0">{p.nothingToDo}</p>
            ) : (
              <ul className="list-unstyled mb-0">
                {actions.map((action) => {
                  const item = actionItem(action, p, t, locale);
                  return (
                    <li key={item.key} className="mb-2">
                      <Link href={item.href} className="fw-semibold">
                        {item.label}
                      </Link>{' '}
                      <span>
                        — {item.overdue && <strong>{s.deadlines.overdue}: </strong>}
                        {item.detail}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          <nav aria-label={p.sectionsNavigation} className="mb-4">
            <ul className="list-inline mb-0">
              {(
                [
                  ['pratiche', s.practices.title, summary.practices.total],
                  ['pagamenti', s.payments.title, toPay],
                  [
                    'documenti',
                    s.documents.title,
                    summary.documents.certificates + summary.documents.f24 + summary.documents.uploads,
                  ],
                  ['messaggi', s.messages.title, summary.messages.unread],
                  ['scadenze', s.deadlines.title, summary.deadlines.length],
                ] as const
              ).map(([anchor, title, count]) => (
                <li key={anchor} className="list-inline-item me-3 mb-2">
                  <a href={`#${anchor}`}>
                    {title} <span className="badge bg-primary">{count}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>

          <div className="row g-4">
            <DeskSection
              id="pratiche"
              icon="folder"
              title={s.practices.title}
              description={s.practices.description}
              count={formatMessage(s.practices.count, { count: String(summary.practices.total) })}
              more={{ href: permitRoutes.home, label: s.practices.all }}
            >
              {summary.practices.next.length === 0 ? (
                <p className="mb-0">{s.practices.empty}</p>
              ) : (
                <ul className="mb-0 ps-3">
                  {summary.practices.next.map((practice) => (
                    <li key={practice.id} className="mb-1">
                      <Link href={permitRoutes.practice(practice.id)}>
                        {practice.protocolNumber} — {practice.address}
                      </Link>
                      <br />
                      <span className="small">
                        {practice.actionNeeded ? (
                          <strong>
                            {practice.dueDate
                              ? formatMessage(s.practices.actionNeeded, {
                                  date: formatIsoDate(practice.dueDate, locale),
                                })
                              : s.practices.actionNeededNoDate}
                          </strong>
                        ) : (
                          (t.permits.buckets[practice.bucket] ?? practice.bucket)
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </DeskSection>

            <DeskSection
              id="pagamenti"
              icon="card"
              title={s.payments.title}
              description={s.payments.description}
              count={formatMessage(s.payments.count, { count: String(toPay) })}
              more={{ href: f24Routes.imu, label: s.payments.all }}
            >
              <h3 className="h6">
                {formatMessage(s.payments.year, { year: String(summary.payments.year) })}
              </h3>
              {summary.payments.available ? (
                <>
                  <p className="small mb-1">
                    {formatMessage(s.payments.properties, { count: String(summary.payments.properties) })}
                  </p>
                  <ul className="mb-0 ps-3">
                    {summary.payments.instalments.map((instalment) => {
                      const name = t.f24.instalments[instalment.instalment] ?? instalment.instalment;
                      return (
                        <li key={instalment.instalment} className="mb-1">
                          {instalment.pdf
                            ? formatMessage(s.payments.instalment, {
                                instalment: name,
                                amount: formatEuro(instalment.total, locale),
                                date: formatIsoDate(instalment.dueDate, locale),
                              })
                            : `${name}: ${s.payments.nothingDue}`}
                          {instalment.pdf && !instalment.past && (
                            <>
                              <br />
                              <a href={instalment.pdf}>
                                {formatMessage(s.payments.downloadF24, { instalment: name.toLowerCase() })}
                              </a>
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </>
              ) : (
                <p className="mb-0">{s.payments.unavailable}</p>
              )}
            </DeskSection>

            <DeskSection
              id="documenti"
              icon="files"
              title={s.documents.title}
              description={s.documents.description}
              count={formatMessage(s.documents.counts, {
                certificates: String(summary.documents.certificates),
                f24: String(summary.documents.f24),
                uploads: String(summary.documents.uploads),
              })}
              more={{ href: certificateRoutes.home, label: s.documents.all }}
            >
              {summary.documents.latest.length === 0 ? (
                <p className="mb-0">{s.documents.empty}</p>
              ) : (
                <ul className="mb-0 ps-3">
                  {summary.documents.latest.map((document) => (
                    <li key={`${document.kind}-${document.href}-${document.date}`} className="mb-1">
                      {s.documents.kinds[document.kind]}:{' '}
                      {document.kind === 'f24' ? (
                        <a href={document.href}>{document.title}</a>
                      ) : (
                        <Link href={document.href}>{document.title}</Link>
                      )}
                      <span className="small"> — {formatInstant(document.date, locale)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </DeskSection>

            <DeskSection
              id="messaggi"
              icon="mail"
              title={s.messages.title}
              description={s.messages.description}
              count={formatMessage(s.messages.count, { count: String(summary.messages.unread) })}
              more={{ href: personalAreaRoutes.messages, label: s.messages.all }}
            >
              {summary.messages.latest.length === 0 ? (
                <p className="mb-0">{s.messages.empty}</p>
              ) : (
                <ul className="mb-0 ps-3">
                  {summary.messages.latest.map((message) => (
                    <li key={message.id} className="mb-1">
                      {message.readAt ? message.subject : <strong>{message.subject}</strong>}
                      <br />
                      <span className="small">
                        {formatInstant(message.createdAt, locale)}
                        {!message.readAt && ` — ${p.messagesPage.unread}`}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </DeskSection>

            <DeskSection
              id="scadenze"
              icon="calendar"
              title={s.deadlines.title}
              description={s.deadlines.description}
              count={formatMessage(s.deadlines.count, { count: String(summary.deadlines.length) })}
            >
              {summary.deadlines.length === 0 ? (
                <p className="mb-0">{s.deadlines.empty}</p>
              ) : (
                <ul className="mb-0 ps-3">
                  {summary.deadlines.map((deadline) => (
                    <li key={`${deadline.kind}-${deadline.date}-${deadline.reference}`} className="mb-1">
                      <Link href={deadline.href}>{deadlineLabel(deadline, s, t)}</Link>
                      <br />
                      <span className="small">
                        {deadline.overdue && <strong>{s.deadlines.overdue}: </strong>}
                        {formatIsoDate(deadline.date, locale)}
                        {deadline.amount && ` — ${formatEuro(deadline.amount, locale)}`}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </DeskSection>
          </div>
        </>
      ) : (
        <div className="alert alert-warning mt-4" role="alert">
          {p.unavailable}
        </div>
      )}

      <section className="mt-5" aria-labelledby="services-title">
        <h2 id="services-title" className="h3 mb-4">
          {p.servicesTitle}
        </h2>
        <ServiceList t={t} />
      </section>

      <FeedbackQuestion service="personal-area" labels={p.feedback} />
    </div>
  );
}
