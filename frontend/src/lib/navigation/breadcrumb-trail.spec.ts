import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from './breadcrumb-trail';

const segments = {
  pratiche: 'Pratiche edilizie',
  backoffice: 'Back office',
  anagrafe: 'Anagrafe',
  persone: 'Persone',
};

describe('breadcrumbTrail', () => {
  it('should give no crumbs for a first-level page', () => {
    expect(breadcrumbTrail('/pratiche', segments, 'Dettaglio')).toEqual([]);
    expect(breadcrumbTrail('/', segments, 'Dettaglio')).toEqual([]);
  });

  it('should link every folder but the current page, and call an id a detail', () => {
    expect(breadcrumbTrail('/pratiche/42', segments, 'Dettaglio')).toEqual([
      { label: 'Pratiche edilizie', href: '/pratiche' },
      { label: 'Dettaglio' },
    ]);
  });

  it('should not link a folder without a page of its own', () => {
    expect(breadcrumbTrail('/backoffice/anagrafe/persone/7', segments, 'Dettaglio')).toEqual([
      { label: 'Back office', href: '/backoffice' },
      { label: 'Anagrafe', href: '/backoffice/anagrafe' },
      { label: 'Persone' },
      { label: 'Dettaglio' },
    ]);
  });

  it('should not read inherited keys such as __proto__ as labels', () => {
    expect(breadcrumbTrail('/pratiche/__proto__', segments, 'Dettaglio').at(-1)).toEqual({
      label: 'Dettaglio',
    });
  });
});
