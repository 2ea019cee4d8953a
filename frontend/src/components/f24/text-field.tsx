/** A labelled Bootstrap Italia input; `hint` is tied to it for screen readers. */
export function TextField({
  name,
  label,
  hint,
  type = 'text',
  defaultValue,
  required = false,
  inputMode,
  className = 'col-12 col-md-6',
}: {
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'date' | 'number';
  defaultValue?: string;
  required?: boolean;
  inputMode?: 'decimal' | 'numeric' | 'text';
  className?: string;
}) {
  const id = `field-${name}`;
  return (
    <div className={`${className} form-group mb-2`}>
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        className="form-control"
        required={required}
        inputMode={inputMode}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      {hint && (
        <small id={`${id}-hint`} className="form-text">
          {hint}
        </small>
      )}
    </div>
  );
}
