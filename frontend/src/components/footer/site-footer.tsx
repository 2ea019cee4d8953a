import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import type { Municipality } from '../../lib/api/municipality';
import { municipalityTitle } from '../../lib/municipality/municipality-title';
import { routes } from '../../lib/routes';
import { MunicipalityBrand } from '../header/municipality-brand';
import { FooterContacts } from './footer-contacts';
import { AccessibilityStatementLink } from './footer-model-links';
import { FooterUsefulLinks } from './footer-useful-links';

export interface SiteFooterProps {
  t: Dictionary;
  municipality: Municipality | null;
}

export function SiteFooter({ t, municipality }: SiteFooterProps) {
  const title = municipalityTitle(municipality, t);
  const services = [
    { href: routes.certificates, label: t.services.certificates.title },
    { href: routes.myData, label: t.services.myData.title },
    { href: routes.permits, label: t.services.permits.title },
    { href: routes.imu, label: t.services.imu.title },
    { href: routes.services, label: t.serviceModel.catalogue.title },
  ];

  return (
    <footer className="it-footer" id="footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12">
              <div className="it-brand-wrapper">
                <Link href={routes.home}>
                  <MunicipalityBrand
                    municipality={municipality}
                    title={title}
                    tagline={t.header.brandSubtitle}
                  />
                </Link>
              </div>
            </div>
          </div>
          <div className="row">
            <div className="col-md-4 pb-4">
              <h2 className="h4">{t.footer.services}</h2>
              <div className="link-list-wrapper">
                <ul className="footer-list link-list">
                  {services.map((service) => (
                    <li key={service.href}>
                      <Link className="list-item" href={service.href}>
                        {service.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
            <div className="col-md-5 pb-4">
              <h2 className="h4">{t.footer.contacts}</h2>
              <FooterContacts contacts={municipality?.contacts} t={t.footer} />
            </div>
            <div className="col-md-3 pb-4">
              <h2 className="h4">{t.footer.usefulLinks}</h2>
              <FooterUsefulLinks website={municipality ? municipality.website : null} t={t} />
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row flex-wrap">
            <li className="list-inline-item">
              <Link href={routes.privacy} data-element="privacy-policy-link">
                {t.footer.privacy}
              </Link>
            </li>
            <li className="list-inline-item">
              <Link href={routes.legalNotes} data-element="legal-notes">
                {t.footer.legalNotes}
              </Link>
            </li>
            <li className="list-inline-item">
              <AccessibilityStatementLink t={t} />
            </li>
            <li className="list-inline-item">
              <Link href={routes.legalNotesSoftware}>{t.footer.software}</Link>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
