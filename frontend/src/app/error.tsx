'use client';

import Link from 'next/link';
import { useClientMessages } from '../components/i18n/client-messages';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { errorPage: t } = useClientMessages();
  return (
    <div className="container portal-page">
      <div className="portal-prose">
        <h1 className="mb-3">{t.title}</h1>
        <div className="alert alert-danger" role="alert">
          {t.text}
        </div>
        <div className="d-flex flex-wrap gap-3">
          <button type="button" className="btn btn-primary" onClick={reset}>
            {t.retry}
          </button>
          <Link className="btn btn-outline-primary" href="/">
            {t.home}
          </Link>
        </div>
      </div>
    </div>
  );
}
