import type { PaymentItem, PaymentStatus } from '../api/payments';

export interface PaymentGroups<T extends Pick<PaymentItem, 'status'>> {
  /** `due` and `pending`: what the resident still has to pay (or is waiting for pagoPA to accept). */
  toPay: T[];
  paid: T[];
  /** `expired` and `cancelled`: nothing to pay, each with its explanation. */
  closed: T[];
}

const GROUP: Record<PaymentStatus, keyof PaymentGroups<PaymentItem>> = {
  pending: 'toPay',
  due: 'toPay',
  paid: 'paid',
  expired: 'closed',
  cancelled: 'closed',
};

/** Splits the list the backend already ordered (to pay by due date, then newest) without reordering it. */
export function groupPayments<T extends Pick<PaymentItem, 'status'>>(items: readonly T[]): PaymentGroups<T> {
  const groups: PaymentGroups<T> = { toPay: [], paid: [], closed: [] };
  for (const item of items) groups[GROUP[item.status] ?? 'closed'].push(item);
  return groups;
}

/** Whether the "Paga online" action applies: a due position with a checkout page. */
export function canPayOnline(item: Pick<PaymentItem, 'status' | 'checkoutUrl'>): boolean {
  return item.status === 'due' && Boolean(item.checkoutUrl);
}

/** ISO instant → the civil day in Rome ("2026-12-06"), for a paid date printed without a time zone shift. */
export function romeDay(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant.slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(date);
}
