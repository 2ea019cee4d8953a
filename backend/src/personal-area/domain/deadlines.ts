/** Something the person must do by a day; the personal area lists them soonest first. */
export interface Deadline {
  kind: 'imu' | 'integration' | 'identity_document';
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** Past the day and still to do. */
  overdue: boolean;
  /** The portal page where the person acts on it. */
  href: string;
  /** What it is about: the IMU instalment, the practice protocol number, the document kind. */
  reference: string;
  /** The amount due, in euro as a decimal string, when there is one. */
  amount?: string;
}

/** How far ahead an identity document counts as expiring: the renewal can be asked 180 days before. */
export const IDENTITY_DOCUMENT_NOTICE_DAYS = 180;

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Which deadlines to show on `today`: IMU instalments still to pay, open integration requests (overdue
 * ones too, they still need answering) and an identity document expiring within the notice window or
 * already expired, soonest first.
 */
export function upcomingDeadlines(
  candidates: readonly Omit<Deadline, 'overdue'>[],
  today: string,
): Deadline[] {
  const horizon = addDays(today, IDENTITY_DOCUMENT_NOTICE_DAYS);
  return candidates
    .filter((candidate) => {
      if (candidate.kind === 'imu') return candidate.date >= today;
      if (candidate.kind === 'identity_document') return candidate.date <= horizon;
      return true;
    })
    .map((candidate) => ({ ...candidate, overdue: candidate.date < today }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}
