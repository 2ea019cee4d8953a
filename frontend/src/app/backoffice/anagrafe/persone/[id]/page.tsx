import type { Metadata } from 'next';
import Link from 'next/link';
import { OfficeForbidden } from '../../../../../components/layout/office-forbidden';
import { HouseholdTable } from '../../../../../components/registry/household-table';
import { PersonRecordHistory } from '../../../../../components/registry/person-record-history';
import { RecordPurposeForm } from '../../../../../components/registry/record-purpose-form';
import { RegistryOfficeHeader } from '../../../../../components/registry/registry-office-header';
import { RegistryProblem } from '../../../../../components/registry/registry-problem';
import { VisuraDetails } from '../../../../../components/registry/visura-details';
import { formatMessage } from '../../../../../i18n/format-message';
import { getI18n } from '../../../../../i18n/get-i18n';
import { getPersonRecord } from '../../../../../lib/api/registry';
import { requireUser } from '../../../../../lib/auth/require-user';
import { loadRegistry } from '../../../../../lib/registry/load-registry';
import { canUseRegistryOffice } from '../../../../../lib/registry/registry-office-access';
import { registryRoutes } from '../../../../../lib/registry/registry-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.registry.office.record.title };
}

/**
 * A person's full record for the office. The clerk first states why (the purpose goes to the person's access
 * log); only then is the record read.
 */
export default async function PersonRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const purpose = typeof query.motivo === 'string' ? query.motivo.trim().slice(0, 256) : '';
  const [{ locale, t }, user] = await Promise.all([getI18n(), requireUser(registryRoutes.officePerson(id))]);
  const o = t.registry.office;
  const r = o.record;
  if (!canUseRegistryOffice(user)) {
    return <OfficeForbidden title={r.title} text={o.forbidden} />;
  }
  if (purpose.length < 5) {
    return (
      <div className="container portal-page">
        <RegistryOfficeHeader section="search" title={r.title} t={o} />
        <RecordPurposeForm personId={id} purpose={purpose} t={r} />
        <p className="mt-4">
          <Link href={registryRoutes.office}>{r.back}</Link>
        </p>
      </div>
    );
  }
  const record = await loadRegistry(() => getPersonRecord(id, purpose));

  return (
    <div className="container portal-page">
      <RegistryOfficeHeader
        section="search"
        title={record.ok ? `${record.data.person.familyName} ${record.data.person.givenName}` : r.title}
        t={o}
      />
      <p className="text-muted">{formatMessage(r.purposeShown, { purpose })}</p>
      {record.ok ? (
        <>
          <VisuraDetails visura={record.data.person} t={t.registry.myData} locale={locale} />
          {record.data.household && (
            <section aria-labelledby="record-household" className="mb-5">
              <h2 id="record-household" className="h4">
                {r.householdTitle}
              </h2>
              <p>{record.data.household.address.text}</p>
              <HouseholdTable household={record.data.household} t={t.registry.household} locale={locale} />
            </section>
          )}
          <PersonRecordHistory
            record={record.data}
            t={t.registry}
            promise={t.serviceModel.promise}
            locale={locale}
          />
        </>
      ) : (
        <RegistryProblem problem={record.problem} />
      )}
      <p className="mt-4">
        <Link href={registryRoutes.office}>{r.back}</Link>
      </p>
    </div>
  );
}
