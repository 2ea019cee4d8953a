import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { routes } from '../../lib/routes';
import { FooterModelLinks } from './footer-model-links';

/**
 * The comune's own website (a new tab, announced as an external link) when the comune is known, and the
 * accessibility feedback form, the FAQ and the disservice report.
 */
export function FooterUsefulLinks({ website, t }: { website: string | null; t: Dictionary }) {
  return (
    <div className="link-list-wrapper">
      <ul className="footer-list link-list">
        {website !== null && (
          <li>
            <a className="list-item" href={website} target="_blank" rel="noopener noreferrer">
              {t.footer.website} <span className="visually-hidden">{t.common.externalLink}</span>
            </a>
          </li>
        )}
        <li>
          <Link className="list-item" href={routes.accessibilityFeedback}>
            {t.footer.feedback}
          </Link>
        </li>
        <FooterModelLinks t={t} />
      </ul>
    </div>
  );
}
