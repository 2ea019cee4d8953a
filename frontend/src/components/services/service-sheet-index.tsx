import type { Dictionary } from '../../i18n/dictionary';
import { SECTION_IDS } from './service-sheet-sections';

/** The model's page index (`data-element="page-index"`): the validator reads its links' texts, in order. */
export function ServiceSheetIndex({ labels }: { labels: Dictionary['serviceModel']['sheet'] }) {
  return (
    <nav className="portal-service-index mb-4" aria-labelledby="service-index-title">
      <h2 id="service-index-title" className="h5">
        {labels.indexTitle}
      </h2>
      <div className="link-list-wrapper">
        <ul className="link-list" data-element="page-index">
          {SECTION_IDS.map(([key, id]) => (
            <li key={id}>
              <a className="list-item" href={`#${id}`}>
                {labels[key]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
