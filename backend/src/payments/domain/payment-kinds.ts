/**
 * What the portal asks residents to pay, one entry per kind: the office that sees it (staff role), the
 * pagoPA taxonomy code of its transfer (tassonomia dei servizi di incasso: `9/` + entity type + service +
 * `/`; to be checked against the comune's own catalogue at onboarding) and how the transfer is settled.
 */
export const PAYMENT_KINDS = ['certificate-stamp', 'imu', 'practice-fee'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

export type PaymentStatus = 'pending' | 'due' | 'paid' | 'expired' | 'cancelled';
export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['pending', 'due', 'paid', 'expired', 'cancelled'];

export interface PaymentKindInfo {
  labelIt: string;
  /** The staff role whose office follows these payments (admin sees all). */
  office: 'registry' | 'taxes' | 'permits';
  taxonomy: string;
  /** A marca da bollo digitale: the transfer carries a `stamp` instead of the comune's IBAN. */
  stamp: boolean;
}

export const PAYMENT_KIND_INFO: Readonly<Record<PaymentKind, PaymentKindInfo>> = {
  'certificate-stamp': {
    labelIt: 'Imposta di bollo su certificato',
    office: 'registry',
    taxonomy: '9/0301116TS/',
    stamp: true,
  },
  imu: { labelIt: 'IMU', office: 'taxes', taxonomy: '9/0101100IM/', stamp: false },
  'practice-fee': {
    labelIt: 'Diritti di segreteria edilizia',
    office: 'permits',
    taxonomy: '9/0201133IM/',
    stamp: false,
  },
};

export function isPaymentKind(value: string): value is PaymentKind {
  return (PAYMENT_KINDS as readonly string[]).includes(value);
}

/** The kinds an office sees; admin sees every kind. */
export function kindsForRoles(roles: readonly string[]): PaymentKind[] {
  if (roles.includes('admin')) return [...PAYMENT_KINDS];
  return PAYMENT_KINDS.filter((kind) => roles.includes(PAYMENT_KIND_INFO[kind].office));
}

/** Marca da bollo digitale: stamp type 01 is the imposta di bollo (@e.bollo). */
export const STAMP_TYPE_IMPOSTA_DI_BOLLO = '01';
