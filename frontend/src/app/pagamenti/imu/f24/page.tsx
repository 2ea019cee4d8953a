import type { Metadata } from 'next';
import Link from 'next/link';
import { F24Preview } from '../../../../components/f24/f24-preview';
import { ImuSteps } from '../../../../components/f24/imu-steps';
import { ImuYearProblem } from '../../../../components/f24/imu-year-problem';
import { Icon } from '../../../../components/icon/icon';
import { formatMessage } from '../../../../i18n/format-message';
import { getI18n } from '../../../../i18n/get-i18n';
import type { InstalmentName } from '../../../../lib/api/f24';
import { getMunicipality } from '../../../../lib/api/municipality';
import { requireUser } from '../../../../lib/auth/require-user';
import { formatIsoDate, imuYear } from '../../../../lib/f24/f24-formatting';
import { f24Routes } from '../../../../lib/f24/f24-routes';
import { loadImuYear } from '../../../../lib/f24/load-imu-year';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.f24.steps.form };
}

function instalmentOf(value: unknown): InstalmentName {
  return value === 'saldo' || value === 'unica' ? value : 'acconto';
}

/** Step 3 of the IMU flow: the F24 lines as the form prints them, and the PDF to download. */
export default async function ImuFormPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const year = imuYear(typeof params.anno === 'string' ? params.anno : undefined, new Date());
  const name = instalmentOf(params.rata);
  const [{ locale, t }, municipality] = await Promise.all([
    getI18n(),
    getMunicipality(),
    requireUser(f24Routes.imu),
  ]);
  const result = await loadImuYear(year);
  const f = t.f24;
  const label = f.instalments[name];
  const instalment = result.kind === 'ok' ? result.imu[name] : null;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{formatMessage(f.form.title, { year: String(year), instalment: label })}</h1>
      <ImuSteps current="form" t={f.steps} />
      <ImuYearProblem result={result} unavailable={f.unavailable} />
      {instalment &&
        (instalment.pdf === null ? (
          <p className="portal-empty">{f.form.nothingDue}</p>
        ) : (
          <>
            <p className="lead">
              {formatMessage(f.form.lead, { date: formatIsoDate(instalment.dueDate, locale) })}
            </p>
            <F24Preview
              lines={instalment.lines}
              total={instalment.total}
              year={year}
              instalment={name}
              entityCode={municipality?.cadastralCode ?? ''}
              locale={locale}
              t={f.form}
            />
            <a className="btn btn-primary btn-icon mt-2" href={instalment.pdf} download>
              <Icon name="download" className="icon-white me-2" />
              <span>{f.form.download}</span>
            </a>
          </>
        ))}
      <p className="mt-4">
        <Link href={`${f24Routes.summary}?${new URLSearchParams({ anno: String(year) })}`}>
          {f.form.back}
        </Link>
      </p>
    </div>
  );
}
