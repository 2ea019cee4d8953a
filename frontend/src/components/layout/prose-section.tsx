import type { ReactNode } from 'react';

export interface ProseSectionProps {
  id: string;
  title: string;
  children: ReactNode;
}

/** A titled part of a text page (privacy notice, legal notes); its id makes it linkable. */
export function ProseSection({ id, title, children }: ProseSectionProps) {
  return (
    <section id={id} className="mt-5" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="h4 mb-3">
        {title}
      </h2>
      {children}
    </section>
  );
}
