import type { Metadata } from 'next';
import Link from 'next/link';
import { AutoRefresh } from '../../../../components/f24/auto-refresh';
import { BulkJobList } from '../../../../components/f24/bulk-job-list';
import { OfficeForm } from '../../../../components/f24/office-form';
import { TextField } from '../../../../components/f24/text-field';
import { OfficeForbidden } from '../../../../components/layout/office-forbidden';
import { getI18n } from '../../../../i18n/get-i18n';
import { getBulkJobs, type InstalmentName } from '../../../../lib/api/f24';
import { f24Routes } from '../../../../lib/f24/f24-routes';
import { taxesOfficeUser } from '../../../../lib/f24/taxes-office';
import { startBulkJobAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.office.bulk.title };
}

const INSTALMENTS: InstalmentName[] = ['acconto', 'saldo', 'unica'];

/** Start a bulk generation of precompiled F24s and follow every run. */
export default async function BulkJobsPage() {
  const [{ locale, t }, { allowed }] = await Promise.all([getI18n(), taxesOfficeUser(f24Routes.bulkJobs)]);
  const b = t.f24.office.bulk;
  if (!allowed) return <OfficeForbidden title={b.title} text={t.f24.office.forbidden} />;
  const jobs = await getBulkJobs();

  return (
    <div className="container portal-page">
      <AutoRefresh active={jobs.some((job) => job.status === 'running')} />
      <h1 className="mb-3">{b.title}</h1>
      <p className="lead">{b.lead}</p>

      <section className="mt-4" aria-labelledby="start-title">
        <h2 id="start-title" className="h4">
          {b.startTitle}
        </h2>
        <OfficeForm
          action={startBulkJobAction}
          labels={{ submit: b.start, pending: b.starting, refused: b.refused, field: t.f24.office.field }}
        >
          <div className="row">
            <TextField
              name="year"
              label={b.year}
              type="number"
              inputMode="numeric"
              defaultValue={String(new Date().getFullYear())}
              required
              className="col-12 col-md-3"
            />
            <div className="col-12 col-md-4 form-group mb-2">
              <label htmlFor="field-instalment" className="active">
                {b.instalment}
              </label>
              <select id="field-instalment" name="instalment" className="form-select" defaultValue="acconto">
                {INSTALMENTS.map((name) => (
                  <option key={name} value={name}>
                    {t.f24.instalments[name]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </OfficeForm>
      </section>

      <section className="mt-5" aria-labelledby="jobs-title">
        <h2 id="jobs-title" className="h4">
          {b.listTitle}
        </h2>
        <BulkJobList jobs={jobs} t={t.f24} locale={locale} />
      </section>
      <p className="mt-4">
        <Link href={f24Routes.office}>{t.f24.office.back}</Link>
      </p>
    </div>
  );
}
