import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { RequestSteps } from '../../../components/certificates/request-steps';
import { StampDutyChoice } from '../../../components/certificates/stamp-duty-choice';
import type { Dictionary } from '../../../i18n/dictionary';
import { formatMessage } from '../../../i18n/format-message';
import { getI18n } from '../../../i18n/get-i18n';
import { ApiError } from '../../../lib/api/api-error';
import {
  type CertificateTypeAvailability,
  getCertificateTypes,
  getStampDutyOptions,
} from '../../../lib/api/certificates';
import { requireUser } from '../../../lib/auth/require-user';
import { readRequestForm } from '../../../lib/certificates/certificate-request-form';
import { certificateRoutes } from '../../../lib/certificates/certificate-routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t.certificates.person.title };
}

async function load(personId: string) {
  try {
    return await Promise.all([getCertificateTypes(personId), getStampDutyOptions()]);
  } catch (error) {
    // Not the caller nor one of their family (or no such person): nothing to show.
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) notFound();
    throw error;
  }
}

/** Step 2: which certificate (one, or several for a certificato contestuale) and how the bollo is settled. */
export default async function CertificateRequestPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const form = readRequestForm(await searchParams);
  const [{ t }] = await Promise.all([getI18n(), requireUser(certificateRoutes.home)]);
  if (!form.personId) redirect(certificateRoutes.home);
  const [{ subject, types }, options] = await load(form.personId);
  const c = t.certificates;
  const available = types.filter((type) => type.available);
  const name = `${subject.givenName} ${subject.familyName}`;

  return (
    <div className="container portal-page">
      <h1 className="mb-3">{c.person.title}</h1>
      <RequestSteps current="certificate" t={c.steps} />
      <p className="lead">
        {subject.self
          ? formatMessage(c.person.self, { name })
          : formatMessage(c.person.member, { name, relationship: subject.relationship })}{' '}
        <Link className="small" href={certificateRoutes.home}>
          {c.person.change}
        </Link>
      </p>

      {available.length === 0 && (
        <div className="alert alert-info" role="status">
          {c.types.noneAvailable}
        </div>
      )}

      <form method="get" action={certificateRoutes.preview} className="portal-prose">
        <input type="hidden" name="persona" value={subject.personId} />
        <TypeChoice types={types} chosen={form.types} t={c.types} />
        {available.length > 0 && (
          <>
            <StampDutyChoice
              options={options}
              form={form}
              t={c.stampDuty}
              digitalStamp={t.payments.certificate}
            />
            <button type="submit" className="btn btn-primary mt-4">
              {c.preview.open}
            </button>
          </>
        )}
      </form>
    </div>
  );
}

function TypeChoice({
  types,
  chosen,
  t,
}: {
  types: CertificateTypeAvailability[];
  chosen: string[];
  t: Dictionary['certificates']['types'];
}) {
  return (
    <fieldset className="mb-4" aria-describedby="types-hint">
      <legend className="h5">{t.legend}</legend>
      <p id="types-hint" className="small">
        {t.hint}
      </p>
      {types.map((type) => {
        const id = `tipo-${type.code}`;
        return (
          <div className="form-check" key={type.code}>
            <input
              className="form-check-input"
              type="checkbox"
              name="tipo"
              id={id}
              value={type.code}
              disabled={!type.available}
              defaultChecked={type.available && chosen.includes(type.code)}
              aria-describedby={type.available ? undefined : `${id}-reason`}
            />
            <label className="form-check-label" htmlFor={id}>
              {type.name}
              {!type.available && <span className="badge bg-secondary ms-2">{t.unavailable}</span>}
            </label>
            {!type.available && (
              <p id={`${id}-reason`} className="small text-secondary ms-4 mb-2">
                {type.reason}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
