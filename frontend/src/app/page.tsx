import { PersonalAreaDashboard } from '../components/personal-area/personal-area-dashboard';
import { PublicLanding } from '../components/personal-area/public-landing';
import { getI18n } from '../i18n/get-i18n';
import { getCurrentUser } from '../lib/api/auth';
import { getMunicipality } from '../lib/api/municipality';
import { municipalityTitle } from '../lib/municipality/municipality-title';

export default async function HomePage() {
  const [{ t }, user, municipality] = await Promise.all([getI18n(), getCurrentUser(), getMunicipality()]);
  return user ? (
    <PersonalAreaDashboard user={user} t={t} />
  ) : (
    <PublicLanding t={t} comune={municipalityTitle(municipality, t)} />
  );
}
