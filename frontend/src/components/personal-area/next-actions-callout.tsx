import Link from 'next/link';
import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { Locale } from '../../i18n/locale';
import { formatIsoDate } from '../../lib/f24/f24-formatting';
import { permitRoutes } from '../../lib/permits/permit-routes';
import { Icon } from '../icon/icon';
import { deadlineLabel } from './deadline-label';
import type { NextAction } from './next-actions';
import { personalAreaRoutes } from './personal-area-routes';

function actionItem(action: NextAction, t: Dictionary, locale: Locale) {
  const s = t.personalArea.sections;
  if (action.kind === 'deadline') {
    const { deadline } = action;
    return {
      key: `${deadline.kind}-${deadline.date}-${deadline.reference}`,
      href: deadline.href,
      label: deadlineLabel(deadline, t),
      detail: formatIsoDate(deadline.date, locale),
      overdue: deadline.overdue,
    };
  }
  if (action.kind === 'practice') {
    return {
      key: `practice-${action.practice.id}`,
      href: permitRoutes.practice(action.practice.id),
      label: `${action.practice.protocolNumber} — ${action.practice.address}`,
      detail: s.practices.actionNeededNoDate,
      overdue: false,
    };
  }
  return {
    key: 'messages',
    href: personalAreaRoutes.messages,
    label: s.messages.title,
    detail: formatMessage(s.messages.count, { count: String(action.unread) }),
    overdue: false,
  };
}

/** "Cosa fare adesso": the personal area opens with what needs the resident, before any section. */
export function NextActionsCallout({
  actions,
  t,
  locale,
}: {
  actions: NextAction[];
  t: Dictionary;
  locale: Locale;
}) {
  const p = t.personalArea;
  return (
    <section className="callout callout-highlight mt-4 mb-5" aria-labelledby="next-actions-title">
      <div className="callout-title">
        <Icon name="check-circle" />
        <h2 id="next-actions-title" className="h5 mb-0">
          {p.nextActionTitle}
        </h2>
      </div>
      {actions.length === 0 ? (
        <p className="mb-0">{p.nothingToDo}</p>
      ) : (
        <ul className="list-unstyled mb-0">
          {actions.map((action) => {
            const item = actionItem(action, t, locale);
            return (
              <li key={item.key} className="mb-2">
                <Link href={item.href} className="fw-semibold">
                  {item.label}
                </Link>{' '}
                <span>
                  — {item.overdue && <strong>{p.sections.deadlines.overdue}: </strong>}
                  {item.detail}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
