import type { Dictionary } from '../../i18n/dictionary';
import type { AllowedTransition } from '../../lib/api/permits';
import type { TransitionBinding } from './transition-input';

/** The states the practice may move to now, as the state machine allows them; none is chosen at first. */
export function TransitionTargetSelect({
  bind,
  options,
  t,
}: {
  bind: TransitionBinding;
  options: AllowedTransition[];
  t: Dictionary['permits'];
}) {
  return (
    <div className="mb-3">
      <label className="form-label d-block" htmlFor="transition-to">
        {t.transition.to}
      </label>
      <select
        id="transition-to"
        className={bind.invalid('to') ? 'form-select is-invalid' : 'form-select'}
        value={bind.values.to}
        onChange={bind.set('to')}
        required
      >
        <option value="">{t.transition.choose}</option>
        {options.map((option) => (
          <option value={option.to} key={option.to}>
            {t.states[option.to]}
          </option>
        ))}
      </select>
    </div>
  );
}
