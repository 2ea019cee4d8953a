import type { Dictionary } from '../../i18n/dictionary';

export const MAIN_CONTENT_ID = 'main-container';

export function SkipLinks({ t }: { t: Dictionary }) {
  return (
    <div className="skiplinks">
      <a className="visually-hidden-focusable" href={`#${MAIN_CONTENT_ID}`}>
        {t.skipLinks.toContent}
      </a>
      <a className="visually-hidden-focusable" href="#footer">
        {t.skipLinks.toFooter}
      </a>
    </div>
  );
}
