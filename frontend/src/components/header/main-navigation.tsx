'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Icon } from '../icon/icon';
import { MAIN_NAVIGATION_ID } from './main-navigation-id';

export interface NavigationItem {
  href: string;
  label: string;
  /** The Designers Italia model's `data-element` name the government's validator looks for. */
  dataElement?: string;
}

export interface MainNavigationProps {
  items: NavigationItem[];
  labels: { navigation: string; toggle: string; close: string };
}

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** Bootstrap Italia navbar: a collapsible panel on phones (its JS), a plain bar from `lg` up. */
export function MainNavigation({ items, labels }: MainNavigationProps) {
  const pathname = usePathname();
  const links = items.map((item) => {
    const current = isCurrent(pathname, item.href);
    return (
      <li className="nav-item" key={item.href}>
        <Link
          className={current ? 'nav-link active' : 'nav-link'}
          href={item.href}
          aria-current={current ? 'page' : undefined}
          data-element={item.dataElement}
        >
          <span>{item.label}</span>
        </Link>
      </li>
    );
  });

  return (
    <nav className="navbar navbar-expand-lg" aria-label={labels.navigation}>
      <button
        className="custom-navbar-toggler"
        type="button"
        aria-controls={MAIN_NAVIGATION_ID}
        aria-expanded="false"
        aria-label={labels.toggle}
        data-bs-toggle="navbarcollapsible"
        data-bs-target={`#${MAIN_NAVIGATION_ID}`}
      >
        <Icon name="burger" />
      </button>
      <div className="navbar-collapsable" id={MAIN_NAVIGATION_ID}>
        <div className="overlay" />
        <div className="close-div">
          <button className="btn close-menu" type="button">
            <span className="visually-hidden">{labels.close}</span>
            <Icon name="close-big" />
          </button>
        </div>
        <div className="menu-wrapper">
          <ul className="navbar-nav">{links}</ul>
        </div>
      </div>
    </nav>
  );
}
