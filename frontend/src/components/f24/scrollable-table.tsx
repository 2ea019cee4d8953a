import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways on a phone: the scrolling region takes keyboard focus, so it can be
 * scrolled without a mouse, and is named for screen readers (WCAG 2.1.1).
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-responsive" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
