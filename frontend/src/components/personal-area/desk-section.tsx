import Link from 'next/link';
import type { ReactNode } from 'react';
import { Icon } from '../icon/icon';
import type { IconName } from '../icon/icon-symbols';

export interface DeskSectionProps {
  id: string;
  icon: IconName;
  title: string;
  description: string;
  count: string;
  more?: { href: string; label: string };
  children: ReactNode;
}

/** One card of the personal area: its title, its count, a short list and the link to the whole list. */
export function DeskSection({ id, icon, title, description, count, more, children }: DeskSectionProps) {
  return (
    <div className="col-12 col-lg-6">
      <section id={id} className="card card-bg rounded h-100 no-after" aria-labelledby={`${id}-title`}>
        <div className="card-body">
          <div className="d-flex align-items-center gap-2 mb-2">
            <Icon name={icon} className="portal-card-icon m-0" />
            <h2 id={`${id}-title`} className="card-title h4 m-0">
              {title}
            </h2>
          </div>
          <p className="fw-semibold mb-1">{count}</p>
          <p className="card-text small mb-3">{description}</p>
          {children}
          {more && (
            <Link className="d-inline-block mt-3" href={more.href}>
              {more.label}
            </Link>
          )}
        </div>
      </section>
    </div>
  );
}
