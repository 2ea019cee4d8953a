import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PaymentStatus } from '../api/payments';
import { canPayOnline, groupPayments, romeDay } from './payment-groups';

const STATUSES: PaymentStatus[] = ['pending', 'due', 'paid', 'expired', 'cancelled'];

describe('groupPayments', () => {
  it('should put due and pending first, paid next, expired and cancelled last, keeping the backend order', () => {
    const items = [
      { id: 'a', status: 'paid' as const },
      { id: 'b', status: 'due' as const },
      { id: 'c', status: 'expired' as const },
      { id: 'd', status: 'pending' as const },
      { id: 'e', status: 'cancelled' as const },
      { id: 'f', status: 'due' as const },
    ];
    const groups = groupPayments(items);
    expect(groups.toPay.map((item) => item.id)).toEqual(['b', 'd', 'f']);
    expect(groups.paid.map((item) => item.id)).toEqual(['a']);
    expect(groups.closed.map((item) => item.id)).toEqual(['c', 'e']);
  });

  it('should lose no position and duplicate none, whatever the statuses', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STATUSES)), (statuses) => {
        const items = statuses.map((status, index) => ({ id: String(index), status }));
        const groups = groupPayments(items);
        const ids = [...groups.toPay, ...groups.paid, ...groups.closed].map((item) => Number(item.id));
        expect(ids.sort((a, b) => a - b)).toEqual(items.map((_, index) => index));
      }),
    );
  });
});

describe('canPayOnline', () => {
  it('should offer the checkout only for a due position that has one', () => {
    expect(canPayOnline({ status: 'due', checkoutUrl: 'http://localhost:4000/pagopa/checkout/1' })).toBe(
      true,
    );
    expect(canPayOnline({ status: 'due', checkoutUrl: undefined })).toBe(false);
    expect(canPayOnline({ status: 'pending', checkoutUrl: 'http://x' })).toBe(false);
    expect(canPayOnline({ status: 'paid', checkoutUrl: 'http://x' })).toBe(false);
  });
});

describe('romeDay', () => {
  it('should give the Rome civil day of an instant near midnight UTC', () => {
    expect(romeDay('2026-12-06T23:30:00Z')).toBe('2026-12-07');
    expect(romeDay('2026-07-01T21:59:00Z')).toBe('2026-07-01');
    expect(romeDay('2026-07-01T22:00:00Z')).toBe('2026-07-02');
  });
});
