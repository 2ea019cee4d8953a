import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalInterestRateWarning } from '../../../components/f24/legal-interest-rate-warning';
import { Icon } from '../../../components/icon/icon';
import { OfficeForbidden } from '../../../components/layout/office-forbidden';
import { getI18n } from '../../../i18n/get-i18n';
import { getStaffHome } from '../../../lib/api/personal-area';
import { f24Routes } from '../../../lib/f24/f24-routes';
import { taxesOfficeUser } from '../../../lib/f24/taxes-office';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.office.title };
}

/** The taxes office's entry page: rates, properties, precompiled F24s. */
export default async function TaxesOfficePage() {
  const [{ t }, { allowed }] = await Promise.all([getI18n(), taxesOfficeUser(f24Routes.office)]);
  const o = t.f24.office;
  if (!allowed) return <OfficeForbidden title={o.title} text={o.forbidden} />;
  // The reminder is a convenience: the office's page still opens when the staff home cannot be read.
  const missingYear = await getStaffHome().then(
    (home) => home.taxes?.missingLegalInterestRateYear ?? null,
    () => null,
  );
  const sections = [
    { href: f24Routes.rates, icon: 'chart-line', ...o.sections.rates },
    { href: f24Routes.legalInterestRates, icon: 'calendar', ...o.sections.legalInterestRates },
    { href: f24Routes.properties, icon: 'pa', ...o.sections.properties },
    { href: f24Routes.bulkJobs, icon: 'files', ...o.sections.bulkJobs },
  ] as const;
  return (
    <div className="container portal-page">
      <h1 className="mb-3">{o.title}</h1>
      <p className="lead">{o.lead}</p>
      <LegalInterestRateWarning year={missingYear} t={t} />
      <ul className="row g-4 list-unstyled mt-2">
        {sections.map((section) => (
          <li className="col-12 col-md-6 col-xl-3" key={section.href}>
            <div className="card card-bg rounded h-100 no-after">
              <div className="card-body">
                <Icon name={section.icon} className="portal-card-icon" />
                <h2 className="card-title h5">
                  <Link href={section.href}>{section.title}</Link>
                </h2>
                <p className="card-text mb-0">{section.description}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
