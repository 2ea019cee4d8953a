import type { Dictionary } from '../../i18n/dictionary';
import { Icon } from '../icon/icon';

export type RequestStep = 'person' | 'certificate' | 'preview';

const STEPS: RequestStep[] = ['person', 'certificate', 'preview'];

/** Bootstrap Italia stepper: where the resident is in the three steps of a request. */
export function RequestSteps({
  current,
  t,
}: {
  current: RequestStep;
  t: Dictionary['certificates']['steps'];
}) {
  const index = STEPS.indexOf(current);
  return (
    <nav className="steppers mb-4" aria-label={t.label}>
      <div className="steppers-header">
        <ol className="list-unstyled d-flex flex-wrap gap-3 mb-0">
          {STEPS.map((step, position) => (
            <li
              key={step}
              className={position < index ? 'confirmed' : position === index ? 'active' : undefined}
              aria-current={position === index ? 'step' : undefined}
            >
              {position < index && <Icon name="check" className="steppers-success me-1" />}
              {position + 1}. {t[step]}
              {position === index && <span className="visually-hidden"> ({t.current})</span>}
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}
