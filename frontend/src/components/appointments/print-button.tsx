'use client';

/** Prints the agenda; without JavaScript the browser's own print command does the same. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn btn-outline-primary d-print-none" onClick={() => window.print()}>
      {label}
    </button>
  );
}
