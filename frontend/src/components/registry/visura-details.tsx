import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { Visura } from '../../lib/api/registry';
import { formatCivilDate } from '../../lib/registry/registry-formatting';
import { registryRoutes } from '../../lib/registry/registry-routes';
import { VisuraIdentityDocument } from './visura-identity-document';
import { VisuraRow } from './visura-row';

/** The visura anagrafica as definition lists: generalità, residence, identity card, household role. */
export function VisuraDetails({
  visura,
  t,
  locale,
  headingLevel = 2,
}: {
  visura: Visura;
  t: Dictionary['registry']['myData'];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const day = (iso: string) => formatCivilDate(iso, locale);
  return (
    <>
      {visura.recordBlocked && (
        <div className="alert alert-warning" role="alert">
          {formatMessage(t.blocked, { reason: visura.recordBlocked.reason })}
        </div>
      )}
      <section aria-labelledby="visura-person" className="mb-5">
        <Heading id="visura-person" className="h4">
          {t.personTitle}
        </Heading>
        <dl className="mb-0">
          <VisuraRow label={t.name}>
            {visura.givenName} {visura.familyName}
          </VisuraRow>
          <VisuraRow label={t.fiscalCode}>
            <span className="font-monospace">{visura.fiscalCode}</span>
          </VisuraRow>
          <VisuraRow label={t.sex}>{t.sexes[visura.sex]}</VisuraRow>
          <VisuraRow label={t.birthDate}>{day(visura.birthDate)}</VisuraRow>
          <VisuraRow label={t.birthPlace}>{visura.birthPlace.name}</VisuraRow>
          <VisuraRow label={t.citizenship}>{visura.citizenship.label}</VisuraRow>
          <VisuraRow label={t.maritalStatus}>{visura.maritalStatus.label}</VisuraRow>
          <VisuraRow label={t.status}>{visura.status.label}</VisuraRow>
        </dl>
      </section>
      <section aria-labelledby="visura-residence" className="mb-5">
        <Heading id="visura-residence" className="h4">
          {t.residenceTitle}
        </Heading>
        {visura.residence && (
          <dl className="mb-0">
            <VisuraRow label={t.address}>{visura.residence.address.text}</VisuraRow>
            <VisuraRow label={t.since}>{day(visura.residence.since)}</VisuraRow>
          </dl>
        )}
        {visura.household && (
          <dl className="mb-0">
            <VisuraRow label={t.householdCode}>{visura.household.code}</VisuraRow>
            <VisuraRow label={t.relationship}>
              <Link href={registryRoutes.household}>{visura.household.relationship.label}</Link>
            </VisuraRow>
            <VisuraRow label={t.entryDate}>{day(visura.household.entryDate)}</VisuraRow>
          </dl>
        )}
      </section>
      <section aria-labelledby="visura-document" className="mb-5">
        <Heading id="visura-document" className="h4">
          {t.documentTitle}
        </Heading>
        <VisuraIdentityDocument document={visura.identityDocument} t={t} locale={locale} />
      </section>
    </>
  );
}
