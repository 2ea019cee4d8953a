import type { PersonalAreaSummary } from '../../lib/api/personal-area';

/** One thing the person should do, most urgent first. */
export type NextAction =
  | { kind: 'deadline'; deadline: PersonalAreaSummary['deadlines'][number] }
  | { kind: 'practice'; practice: PersonalAreaSummary['practices']['next'][number] }
  | { kind: 'messages'; unread: number };

const LIMIT = 3;

/**
 * What the personal area puts first: overdue deadlines, then the soonest ones, then practices waiting for
 * the resident without a due day, then unread messages. A practice with a due day is already a deadline.
 */
export function nextActions(summary: PersonalAreaSummary): NextAction[] {
  const deadlines = [...summary.deadlines].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date),
  );
  const tasks: NextAction[] = [
    ...deadlines.map((deadline) => ({ kind: 'deadline' as const, deadline })),
    ...summary.practices.next
      .filter((practice) => practice.actionNeeded && !practice.dueDate)
      .map((practice) => ({ kind: 'practice' as const, practice })),
  ];
  // Unread messages keep a place even behind many deadlines: they may be what explains them.
  if (summary.messages.unread === 0) return tasks.slice(0, LIMIT);
  return [...tasks.slice(0, LIMIT - 1), { kind: 'messages', unread: summary.messages.unread }];
}
