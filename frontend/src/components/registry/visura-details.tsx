import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import type { Visura } from '../../lib/api/registry';
import { formatCivilDate } from '../../lib/registry/registry-formatting';
import { registryRoutes } from '../../lib/registry/registry-routes';

const EXPIRING_DAYS = 60;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="row py-2 border-bottom">
      <dt className="col-12 col-md-4 fw-semibold">{label}</dt>
      <dd className="col-12 col-md-8 mb-0">{children}</dd>
    </div>
  );
}

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
  const document = visura.identityDocument;
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
          <Row label={t.name}>
            {visura.givenName} {visura.familyName}
          </Row>
          <Row label={t.fiscalCode}>
            <span className="font-monospace">{visura.fiscalCode}</span>
          </Row>
          <Row label={t.sex}>{t.sexes[visura.sex]}</Row>
          <Row label={t.birthDate}>{day(visura.birthDate)}</Row>
          <Row label={t.birthPlace}>{visura.birthPlace.name}</Row>
          <Row label={t.citizenship}>{visura.citizenship.label}</Row>
          <Row label={t.maritalStatus}>{visura.maritalStatus.label}</Row>
          <Row label={t.status}>{visura.status.label}</Row>
        </dl>
      </section>
      <section aria-labelledby="visura-residence" className="mb-5">
        <Heading id="visura-residence" className="h4">
          {t.residenceTitle}
        </Heading>
        {visura.residence && (
          <dl className="mb-0">
            <Row label={t.address}>{visura.residence.address.text}</Row>
            <Row label={t.since}>{day(visura.residence.since)}</Row>
          </dl>
        )}
        {visura.household && (
          <dl className="mb-0">
            <Row label={t.householdCode}>{visura.household.code}</Row>
            <Row label={t.relationship}>
              <Link href={registryRoutes.household}>{visura.household.relationship.label}</Link>
            </Row>
            <Row label={t.entryDate}>{day(visura.household.entryDate)}</Row>
          </dl>
        )}
      </section>
      <section aria-labelledby="visura-document" className="mb-5">
        <Heading id="visura-document" className="h4">
          {t.documentTitle}
        </Heading>
        {document ? (
          <>
            {document.expired ? (
              <div className="alert alert-danger" role="status">
                {t.documentExpired}
              </div>
            ) : (
              document.daysToExpiry <= EXPIRING_DAYS && (
                <div className="alert alert-warning" role="status">
                  {formatMessage(t.documentExpiring, { days: String(document.daysToExpiry) })}
                </div>
              )
            )}
            <dl className="mb-0">
              <Row label={t.documentKind}>{document.kindLabel}</Row>
              <Row label={t.documentNumber}>
                <span className="font-monospace">{document.number}</span>
              </Row>
              <Row label={t.issuedOn}>{day(document.issuedOn)}</Row>
              <Row label={t.expiresOn}>{day(document.expiresOn)}</Row>
            </dl>
          </>
        ) : (
          <p className="portal-empty">{t.noDocument}</p>
        )}
      </section>
    </>
  );
}
