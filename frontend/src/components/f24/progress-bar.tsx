import styles from './f24.module.css';

/** A native progress bar: announced with its value by screen readers, no script needed. */
export function ProgressBar({
  value,
  max,
  label,
  text,
}: {
  value: number;
  max: number;
  label: string;
  text: string;
}) {
  const percent = max === 0 ? 100 : Math.floor((value * 100) / max);
  return (
    <div>
      <progress
        className={styles.progress}
        value={max === 0 ? 1 : value}
        max={max === 0 ? 1 : max}
        aria-label={label}
      >
        {percent}%
      </progress>
      <p className="small mt-1 mb-0">
        {text} ({percent}%)
      </p>
    </div>
  );
}
