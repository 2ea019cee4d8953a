'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Re-renders the page's server components every `intervalMs` while an import runs; stops once it has ended. */
export function ImportAutoRefresh({
  running,
  intervalMs = 1_500,
}: {
  running: boolean;
  intervalMs?: number;
}) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [running, intervalMs, router]);
  return null;
}
