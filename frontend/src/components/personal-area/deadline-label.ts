import type { Dictionary } from '../../i18n/dictionary';
import { formatMessage } from '../../i18n/format-message';
import type { SummaryDeadline } from '../../lib/api/personal-area';

/** "IMU, rata saldo", "Integrazione della pratica …": an IMU instalment is named by the F24 texts, in lower case. */
export function deadlineLabel(deadline: SummaryDeadline, t: Dictionary): string {
  const reference =
    deadline.kind === 'imu'
      ? (t.f24.instalments[deadline.reference as 'acconto' | 'saldo'] ?? deadline.reference).toLowerCase()
      : deadline.reference;
  return formatMessage(t.personalArea.sections.deadlines.kinds[deadline.kind], { reference });
}
