import { PersonalAreaDashboard } from '../components/personal-area/personal-area-dashboard';
import { PublicLanding } from '../components/personal-area/public-landing';
import { getI18n } from '../i18n/get-i18n';
import { ApiError } from '../lib/api/api-error';
import { getCurrentUser } from '../lib/api/auth';
import { getMunicipality } from '../lib/api/municipality';
import { getPersonalAreaSummary, type PersonalAreaSummary } from '../lib/api/personal-area';
import { getServices, type ServiceSummary } from '../lib/api/portal-content';
import { municipalityTitle } from '../lib/municipality/municipality-title';

async function loadSummary(): Promise<PersonalAreaSummary | null> {
  try {
    return await getPersonalAreaSummary();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status === 401) throw error;
    console.warn(`Personal area summary unavailable (${error.status} ${error.problem.code})`);
    return null;
  }
}

async function loadServices(): Promise<ServiceSummary[] | null> {
  try {
    return (await getServices()).services;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return null;
  }
}

export default async function HomePage() {
  const [{ locale, t }, user, municipality] = await Promise.all([
    getI18n(),
    getCurrentUser(),
    getMunicipality(),
  ]);
  if (!user) {
    return (
      <PublicLanding t={t} comune={municipalityTitle(municipality, t)} services={await loadServices()} />
    );
  }
  return <PersonalAreaDashboard user={user} t={t} locale={locale} summary={await loadSummary()} />;
}
