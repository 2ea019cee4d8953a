import type { Metadata } from 'next';
import { personalAreaRoutes } from '../../../../components/personal-area/personal-area-routes';
import { getI18n } from '../../../../i18n/get-i18n';
import { requireUser } from '../../../../lib/auth/require-user';
import { RegisterPracticeForm } from './register-practice-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.personalArea.newPractice.title };
}

/** Today in Rome, the default protocol day. */
function romeToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

/** The permits office registers a practice filed at the protocol (issue 6). */
export default async function RegisterPracticePage() {
  const [{ t }, user] = await Promise.all([getI18n(), requireUser(personalAreaRoutes.registerPractice)]);
  const n = t.personalArea.newPractice;
  return (
    <div className="container portal-page">
      <p className="portal-eyebrow">{t.permits.staff.eyebrow}</p>
      <h1 className="mb-3">{n.title}</h1>
      {user.roles.includes('permits') ? (
        <>
          <p className="lead">{n.lead}</p>
          <RegisterPracticeForm t={n} practiceTypes={t.permits.types} today={romeToday()} />
        </>
      ) : (
        <div className="alert alert-warning" role="alert">
          {n.forbidden}
        </div>
      )}
    </div>
  );
}
