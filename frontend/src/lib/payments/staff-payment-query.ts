import type { PaymentKind, PaymentStatus, StaffPaymentFilters } from '../api/payments';

type SearchParams = Record<string, string | string[] | undefined>;

export const OFFICES = ['registry', 'permits', 'taxes'] as const;
export const PAYMENT_KINDS: readonly PaymentKind[] = ['certificate-stamp', 'practice-fee', 'imu'];
export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['pending', 'due', 'paid', 'expired', 'cancelled'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function oneOf(value: string, allowed: readonly string[]): string | undefined {
  return allowed.includes(value) ? value : undefined;
}

/**
 * The staff payments filters from the page's address (a GET form): unknown values are dropped rather than sent,
 * so a hand-edited address shows every payment instead of an error.
 */
export function readStaffPaymentFilters(params: SearchParams): StaffPaymentFilters {
  const from = first(params.from);
  const to = first(params.to);
  const q = first(params.q).slice(0, 64);
  const page = Number(first(params.page));
  return {
    office: oneOf(first(params.office), OFFICES),
    kind: oneOf(first(params.kind), PAYMENT_KINDS),
    status: oneOf(first(params.status), PAYMENT_STATUSES),
    from: ISO_DATE.test(from) ? from : undefined,
    to: ISO_DATE.test(to) ? to : undefined,
    q: q || undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : undefined,
  };
}

/** The filters back as a query string (without the page), for the pagination links. */
export function staffPaymentQuery(filters: StaffPaymentFilters): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (name !== 'page' && value !== undefined && value !== '') query.set(name, String(value));
  }
  return query;
}
