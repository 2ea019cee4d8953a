import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { CurrentUser } from '../../lib/api/auth';
import type { PersonalAreaSummary } from '../../lib/api/personal-area';
import { RatingComponent } from '../feedback/rating-component';
import { ServiceList } from '../services/service-list';
import { DeadlinesDesk } from './deadlines-desk';
import { DeskSectionsNav } from './desk-sections-nav';
import { DocumentsDesk } from './documents-desk';
import { MessagesDesk } from './messages-desk';
import { nextActions } from './next-actions';
import { NextActionsCallout } from './next-actions-callout';
import { PaymentsDesk } from './payments-desk';
import { PracticesDesk } from './practices-desk';

export interface PersonalAreaDashboardProps {
  user: CurrentUser;
  t: Dictionary;
  locale: Locale;
  /** `null` when the backend could not compute it: the page still offers the services. */
  summary: PersonalAreaSummary | null;
}

/**
 * Designers Italia "area personale": what to do now first, then one section each for practices,
 * payments, documents, messages and deadlines, with their counts, then the services.
 */
export function PersonalAreaDashboard({ user, t, locale, summary }: PersonalAreaDashboardProps) {
  const p = t.personalArea;
  const toPay =
    summary?.payments.instalments.filter((instalment) => instalment.pdf && !instalment.past).length ?? 0;

  return (
    <div className="container portal-page">
      <p className="portal-eyebrow">{p.eyebrow}</p>
      <h1 className="mb-2">{formatMessage(p.greeting, { name: user.givenName })}</h1>
      <p className="lead">{p.intro}</p>

      {summary ? (
        <>
          <NextActionsCallout actions={nextActions(summary)} t={t} locale={locale} />
          <DeskSectionsNav summary={summary} toPay={toPay} t={p} />
          <div className="row g-4">
            <PracticesDesk practices={summary.practices} t={t} locale={locale} />
            <PaymentsDesk payments={summary.payments} toPay={toPay} t={t} locale={locale} />
            <DocumentsDesk documents={summary.documents} t={p} locale={locale} />
            <MessagesDesk messages={summary.messages} t={p} locale={locale} />
            <DeadlinesDesk deadlines={summary.deadlines} t={t} locale={locale} />
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

      <RatingComponent page="/" labels={t.serviceModel.rating} />
    </div>
  );
}
