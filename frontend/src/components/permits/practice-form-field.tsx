/**
 * What the last answer of the register-practice action left for the form: the values sent back and the field the
 * backend refused; `today` is the default of every date.
 */
export interface PracticeFormAnswer {
  values: Record<string, string>;
  field?: string;
  today: string;
}

export function answerValue(answer: PracticeFormAnswer, name: string, fallback = ''): string {
  return answer.values[name] ?? fallback;
}

export function answerInvalid(answer: PracticeFormAnswer, name: string): boolean {
  return answer.field === name;
}

/** A text-like input of the register-practice form; a refused one points to the error above the form. */
export function PracticeFormField({
  answer,
  name,
  label,
  required,
  type,
  hint,
  className = 'col-12 col-md-6',
  autoComplete = 'off',
}: {
  answer: PracticeFormAnswer;
  name: string;
  label: string;
  required?: boolean;
  type?: string;
  hint?: string;
  className?: string;
  autoComplete?: string;
}) {
  const id = `practice-${name}`;
  const invalid = answerInvalid(answer, name);
  const describedBy = [hint && `${id}-hint`, invalid && 'practice-error'].filter(Boolean);
  return (
    <div className={`${className} form-group mb-3`}>
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type ?? 'text'}
        className={invalid ? 'form-control is-invalid' : 'form-control'}
        defaultValue={answerValue(answer, name, type === 'date' ? answer.today : '')}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy.length ? describedBy.join(' ') : undefined}
      />
      {hint && (
        <small id={`${id}-hint`} className="form-text">
          {hint}
        </small>
      )}
    </div>
  );
}
