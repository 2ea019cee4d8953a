import type { Metadata } from 'next';
import Link from 'next/link';
import { OfficeForbidden } from '../../components/layout/office-forbidden';
import { personalAreaRoutes } from '../../components/personal-area/personal-area-routes';
import { StaffHomePanels } from '../../components/personal-area/staff-home-panels';
import { getI18n } from '../../i18n/get-i18n';
import { ApiError } from '../../lib/api/api-error';
import { isStaff } from '../../lib/api/auth';
import { getStaffHome, type StaffHome } from '../../lib/api/personal-area';
import { requireUser } from '../../lib/auth/require-user';
import { routes } from '../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.personalArea.staffHome.title };
}

async function load(): Promise<StaffHome | null> {
  try {
    return await getStaffHome();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`Staff home unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

/** The staff home: per office the clerk works for, what needs action today. */
export default async function StaffHomePage() {
  const [{ locale, t }, user] = await Promise.all([getI18n(), requireUser(personalAreaRoutes.staffHome)]);
  const s = t.personalArea.staffHome;
  if (!isStaff(user)) {
    return <OfficeForbidden title={s.title} text={s.forbidden} />;
  }
  const home = await load();
  return (
    <div className="container portal-page">
      <p className="portal-eyebrow">{s.eyebrow}</p>
      <h1 className="mb-3">{s.title}</h1>
      <p className="lead">{s.lead}</p>
      <ul className="list-inline">
        <li className="list-inline-item me-4">
          <Link href="/backoffice/appuntamenti">{t.appointments.agenda.title}</Link>
        </li>
        <li className="list-inline-item">
          <Link href={routes.feedbackReport}>{t.serviceModel.report.title}</Link>
        </li>
      </ul>
      {home ? (
        <StaffHomePanels home={home} t={t} locale={locale} />
      ) : (
        <div className="alert alert-warning" role="alert">
          {s.unavailable}
        </div>
      )}
    </div>
  );
}
