'use client';

import { useRouter } from 'next/navigation';
import type { Dictionary } from '../../i18n/dictionary';

/** Said when someone else changed the practice in the meantime (409): nothing was saved, reload and retry. */
export function ConflictAlert({ t }: { t: Dictionary['permits']['conflict'] }) {
  const router = useRouter();
  return (
    <div className="alert alert-warning" role="alert">
      <h3 className="h5">{t.title}</h3>
      <p>{t.text}</p>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => router.refresh()}>
        {t.reload}
      </button>
    </div>
  );
}
