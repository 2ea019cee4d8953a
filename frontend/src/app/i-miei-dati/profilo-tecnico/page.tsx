import type { Metadata } from 'next';
import Link from 'next/link';
import { TechnicianProfileForm } from '../../../components/sue/technician-profile-form';
import { getI18n } from '../../../i18n/get-i18n';
import { getTechnicianProfile } from '../../../lib/api/sue';
import { requireUser } from '../../../lib/auth/require-user';
import { sueRoutes } from '../../../lib/sue/wizard-steps';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.sue.technicianProfile.title };
}

/** The technician's professional profile: prefilled in the tecnico section of every draft they start. */
export default async function TechnicianProfilePage() {
  const [{ t }] = await Promise.all([getI18n(), requireUser(sueRoutes.technicianProfile)]);
  const profile = await getTechnicianProfile();
  const p = t.sue.technicianProfile;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{p.title}</h1>
      <p className="lead">{p.lead}</p>
      <div className="row">
        <div className="col-12 col-lg-7">
          {!profile && <p className="alert alert-info">{p.missing}</p>}
          <TechnicianProfileForm profile={profile} t={p} />
          <p className="mt-4">
            <Link href={sueRoutes.newFiling}>{t.sue.newFiling.title}</Link>
          </p>
        </div>
      </div>
    </div>
  );
}
