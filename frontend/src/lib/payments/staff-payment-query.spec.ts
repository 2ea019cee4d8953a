import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStaffPaymentFilters, staffPaymentQuery } from './staff-payment-query';

describe('readStaffPaymentFilters', () => {
  it('should keep the known filters and the page', () => {
    expect(
      readStaffPaymentFilters({
        office: 'permits',
        kind: 'practice-fee',
        status: 'paid',
        from: '2026-01-01',
        to: '2026-12-31',
        q: ' RSSMRA ',
        page: '2',
      }),
    ).toEqual({
      office: 'permits',
      kind: 'practice-fee',
      status: 'paid',
      from: '2026-01-01',
      to: '2026-12-31',
      q: 'RSSMRA',
      page: 2,
    });
  });

  it('should drop hostile or out-of-range values instead of sending them', () => {
    const filters = readStaffPaymentFilters({
      office: '__proto__',
      kind: 'imu\u0000',
      status: 'paid ; drop',
      from: '2026-13',
      to: 'null',
      page: '1e400',
    });
    expect(filters).toEqual({
      office: undefined,
      kind: undefined,
      status: undefined,
      from: undefined,
      to: undefined,
      q: undefined,
      page: undefined,
    });
  });

  it('should never send a search longer than the backend accepts nor a page outside 1..10000', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string(), (q, page) => {
        const filters = readStaffPaymentFilters({ q, page });
        expect((filters.q ?? '').length).toBeLessThanOrEqual(64);
        if (filters.page !== undefined) {
          expect(filters.page).toBeGreaterThanOrEqual(1);
          expect(filters.page).toBeLessThanOrEqual(10_000);
        }
      }),
    );
  });

  it('should give back the filters without the page for the pagination links', () => {
    expect(staffPaymentQuery({ office: 'taxes', q: 'x', page: 3 }).toString()).toBe('office=taxes&q=x');
  });
});
