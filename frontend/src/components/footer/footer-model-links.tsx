import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { ApiError } from '../../lib/api/api-error';
import { getPortalInformation, type PortalInformation } from '../../lib/api/portal-content';
import { routes } from '../../lib/routes';

async function loadInformation(): Promise<PortalInformation | null> {
  try {
    return await getPortalInformation();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return null;
  }
}

/** The accessibility statement: the one published on AgID's form site when configured, the local page otherwise. */
export async function AccessibilityStatementLink({ t }: { t: Dictionary }) {
  const information = await loadInformation();
  return (
    <a
      href={information?.accessibilityStatementUrl ?? routes.accessibility}
      data-element="accessibility-link"
    >
      {t.footer.accessibility}
    </a>
  );
}

/** Topics, FAQ and "Segnala disservizio" (the label C.SI.2.4 expects), with the model's `data-element` names. */
export async function FooterModelLinks({ t }: { t: Dictionary }) {
  const information = await loadInformation();
  return (
    <>
      <li>
        <Link className="list-item" href={routes.topics} data-element="all-topics">
          {t.footer.topics}
        </Link>
      </li>
      <li>
        <Link className="list-item" href={routes.faq} data-element="faq">
          {t.footer.faq}
        </Link>
      </li>
      <li>
        <a
          className="list-item"
          href={information?.inefficiencyReportUrl ?? routes.inefficiencyReport}
          data-element="report-inefficiency"
        >
          {t.footer.inefficiency}
        </a>
      </li>
    </>
  );
}
