'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { MAIN_NAVIGATION_ID } from '../header/main-navigation-id';

const OPEN_DROPDOWNS = 'details.portal-dropdown[open]';

/**
 * Progressive enhancement of the server-rendered header: Bootstrap Italia's mobile menu, and the
 * `<details>` dropdowns closing on Escape, on a click elsewhere and after a navigation. Without
 * JavaScript the dropdowns still open and close and the menu links are in a `<noscript>` list.
 */
export function InterfaceEnhancements() {
  const pathname = usePathname();

  useEffect(() => {
    const closeOutside = (event: MouseEvent) => {
      for (const dropdown of document.querySelectorAll(OPEN_DROPDOWNS)) {
        if (!dropdown.contains(event.target as Node)) dropdown.removeAttribute('open');
      }
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const dropdown = (event.target as Element | null)?.closest?.(OPEN_DROPDOWNS);
      if (!dropdown) return;
      dropdown.removeAttribute('open');
      dropdown.querySelector('summary')?.focus();
    };
    document.addEventListener('click', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('click', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, []);

  // Layouts persist across client-side navigations: close what the previous page left open.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose at every path change.
  useEffect(() => {
    for (const dropdown of document.querySelectorAll(OPEN_DROPDOWNS)) dropdown.removeAttribute('open');
    let cancelled = false;
    void import('bootstrap-italia/dist/plugins/navbar-collapsible.js').then(
      ({ default: NavBarCollapsible }) => {
        const menu = document.getElementById(MAIN_NAVIGATION_ID);
        if (!cancelled && menu) NavBarCollapsible.getInstance(menu)?.hide();
      },
    );
    return () => {
      cancelled = true;
    };
  }, [pathname]);

  return null;
}
