import type { Locale } from '../../i18n/locale';
import { formatItalianTime } from '../../lib/format/dates';

export interface ServiceTimelineStep {
  key: string;
  label: string;
  at: string;
}

/** The states a request went through, oldest first: an ordered list, so screen readers announce the order. */
export function ServiceTimeline({
  steps,
  title,
  locale,
}: {
  steps: ServiceTimelineStep[];
  title: string;
  locale: Locale;
}) {
  if (steps.length === 0) return null;
  return (
    <div data-element="service-timeline">
      <p className="small fw-semibold mb-1">{title}</p>
      <ol className="small ps-3 mb-0">
        {steps.map((step) => (
          <li key={step.key}>
            <time dateTime={step.at}>{formatItalianTime(step.at, locale)}</time>: {step.label}
          </li>
        ))}
      </ol>
    </div>
  );
}
