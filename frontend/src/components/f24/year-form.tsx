import styles from './f24.module.css';

/** A plain GET form to switch the year: works without JavaScript. */
export function YearForm({
  action,
  year,
  labels,
  hidden = {},
}: {
  action: string;
  year: number;
  labels: { label: string; submit: string };
  hidden?: Record<string, string>;
}) {
  return (
    <form method="get" action={action} className="d-flex flex-wrap align-items-end gap-2 mt-5 mb-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="form-group mb-0">
        <label htmlFor="anno" className="active">
          {labels.label}
        </label>
        <input
          id="anno"
          name="anno"
          type="number"
          inputMode="numeric"
          min={2020}
          max={2100}
          defaultValue={year}
          className={`form-control ${styles.yearInput}`}
          required
        />
      </div>
      <button type="submit" className="btn btn-outline-primary">
        {labels.submit}
      </button>
    </form>
  );
}
