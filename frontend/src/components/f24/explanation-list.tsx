import type { Explanation } from '../../lib/api/f24';
import styles from './f24.module.css';

/** The steps of a computation, as the backend words them, behind a disclosure so the page stays short. */
export function ExplanationList({ items, summary }: { items: Explanation[]; summary: string }) {
  if (items.length === 0) return null;
  return (
    <details className={`${styles.explanation} mt-2`}>
      <summary>{summary}</summary>
      <ol className="mt-2 mb-0 small">
        {items.map((item) => (
          <li key={item.text}>{item.text}</li>
        ))}
      </ol>
    </details>
  );
}
