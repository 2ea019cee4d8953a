import type { TransitionFormValues } from '../../lib/permits/transition-request';

/** The transition form's values, which of them the backend refused, and the change handler of each input. */
export interface TransitionBinding {
  values: TransitionFormValues;
  invalid: (name: keyof TransitionFormValues) => boolean;
  set: (name: keyof TransitionFormValues) => (event: { target: { value: string } }) => void;
}

/** A text or date input of the transition form, bound to its value and marked when the backend refuses it. */
export function TransitionInput({
  bind,
  name,
  label,
  type = 'text',
}: {
  bind: TransitionBinding;
  name: keyof TransitionFormValues;
  label: string;
  type?: string;
}) {
  return (
    <div className="mb-3">
      <label className="form-label d-block" htmlFor={`transition-${name}`}>
        {label}
      </label>
      <input
        id={`transition-${name}`}
        className={bind.invalid(name) ? 'form-control is-invalid' : 'form-control'}
        type={type}
        value={bind.values[name]}
        onChange={bind.set(name)}
        aria-invalid={bind.invalid(name) || undefined}
      />
    </div>
  );
}
