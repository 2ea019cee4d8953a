/** A labelled Bootstrap Italia checkbox whose id is its name, as the office's forms post it. */
export function CheckField({
  name,
  label,
  defaultChecked,
  className = 'form-check',
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      <input
        className="form-check-input"
        type="checkbox"
        id={name}
        name={name}
        defaultChecked={defaultChecked}
      />
      <label className="form-check-label" htmlFor={name}>
        {label}
      </label>
    </div>
  );
}
