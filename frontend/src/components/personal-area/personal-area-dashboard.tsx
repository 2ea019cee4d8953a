import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { CurrentUser } from '../../lib/api/auth';
import { Icon } from '../icon/icon';
import { ServiceList } from '../services/service-list';

export interface PersonalAreaDashboardProps {
  user: CurrentUser;
  t: Dictionary;
}

/** Designers Italia "area personale": greeting, the desk of the person's things, the services. */
export function PersonalAreaDashboard({ user, t }: PersonalAreaDashboardProps) {
  const { sections } = t.personalArea;
  // Each section fills in as its backend module lands; until then it says so.
  const desk = [
    { id: 'practices', icon: 'folder', ...sections.practices },
    { id: 'payments', icon: 'card', ...sections.payments },
    { id: 'documents', icon: 'files', ...sections.documents },
    { id: 'messages', icon: 'mail', ...sections.messages },
    { id: 'deadlines', icon: 'calendar', ...sections.deadlines },
  ];

  return (
    <div className="container portal-page">
      <p className="portal-eyebrow">{t.personalArea.eyebrow}</p>
      <h1 className="mb-2">{formatMessage(t.personalArea.greeting, { name: user.givenName })}</h1>
      <p className="lead mb-0">{t.personalArea.intro}</p>

      <section className="mt-5" aria-labelledby="desk-title">
        <h2 id="desk-title" className="h3 mb-4">
          {t.personalArea.overviewTitle}
        </h2>
        <div className="row g-4">
          {desk.map((section) => (
            <div className="col-12 col-md-6 col-lg-4" key={section.id}>
              <section className="card card-bg rounded h-100 no-after" aria-labelledby={`desk-${section.id}`}>
                <div className="card-body">
                  <Icon name={section.icon} className="portal-card-icon" />
                  <h3 id={`desk-${section.id}`} className="card-title h5">
                    {section.title}
                  </h3>
                  <p className="card-text">{section.description}</p>
                  <p className="portal-empty">{t.common.empty}</p>
                </div>
              </section>
            </div>
          ))}
        </div>
      </section>

      <section className="mt-5" aria-labelledby="services-title">
        <h2 id="services-title" className="h3 mb-4">
          {t.personalArea.servicesTitle}
        </h2>
        <ServiceList t={t} />
      </section>
    </div>
  );
}
