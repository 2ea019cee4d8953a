import { Icon } from '../icon/icon';

/** Bootstrap Italia stepper: where the person is in a flow of a few steps, done steps ticked. */
export function Steppers<Step extends string>({
  steps,
  current,
  t,
}: {
  steps: readonly Step[];
  current: Step;
  t: Record<Step, string> & { label: string; current: string };
}) {
  const index = steps.indexOf(current);
  return (
    <nav className="steppers mb-4" aria-label={t.label}>
      <div className="steppers-header">
        <ol className="list-unstyled d-flex flex-wrap gap-3 mb-0">
          {steps.map((step, position) => (
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
