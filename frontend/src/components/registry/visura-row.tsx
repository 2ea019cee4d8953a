import type { ReactNode } from 'react';

/** One term of the visura: the label beside its value on wide screens, above it on narrow ones. */
export function VisuraRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="row py-2 border-bottom">
      <dt className="col-12 col-md-4 fw-semibold">{label}</dt>
      <dd className="col-12 col-md-8 mb-0">{children}</dd>
    </div>
  );
}
