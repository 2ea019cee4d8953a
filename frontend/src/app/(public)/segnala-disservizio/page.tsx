import type { Metadata } from 'next';
import Link from 'next/link';
import { RatingComponent } from '../../../components/feedback/rating-component';
import { Breadcrumb } from '../../../components/layout/breadcrumb';
import { getI18n } from '../../../i18n/get-i18n';
import { getMunicipality } from '../../../lib/api/municipality';
import { getPortalInformation } from '../../../lib/api/portal-content';
import { routes } from '../../../lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.serviceModel.inefficiency.title };
}

/**
 * `/segnala-disservizio`: how to report a disservice. The comune's own channel when its content file names
 * one, otherwise its e-mail, PEC and phone, with the subject already written.
 */
export default async function InefficiencyReportPage() {
  const [{ t }, municipality, information] = await Promise.all([
    getI18n(),
    getMunicipality(),
    getPortalInformation(),
  ]);
  const s = t.serviceModel.inefficiency;
  const subject = encodeURIComponent(s.subject);
  const contacts = municipality?.contacts;
  return (
    <div className="container portal-page">
      <Breadcrumb items={[{ label: s.title }]} labels={t.serviceModel.breadcrumb} />
      <article className="portal-prose">
        <h1 className="mb-3">{s.title}</h1>
        <p className="lead">{s.lead}</p>
        <h2 className="h4 mt-4">{s.channelTitle}</h2>
        <ul>
          {information.inefficiencyReportUrl && (
            <li>
              <a href={information.inefficiencyReportUrl}>{s.external}</a>
            </li>
          )}
          {contacts && (
            <>
              <li>
                <a href={`mailto:${contacts.email}?subject=${subject}`}>{`${s.email}: ${contacts.email}`}</a>
              </li>
              <li>
                <a href={`mailto:${contacts.pec}?subject=${subject}`}>{`${s.pec}: ${contacts.pec}`}</a>
              </li>
              <li>
                <a href={`tel:${contacts.phone.replace(/[^+\d]/g, '')}`}>{`${s.phone}: ${contacts.phone}`}</a>
              </li>
            </>
          )}
        </ul>
        <p>
          <Link href={routes.privacy}>{s.privacy}</Link>
        </p>
      </article>
      <RatingComponent page={routes.inefficiencyReport} labels={t.serviceModel.rating} />
    </div>
  );
}
