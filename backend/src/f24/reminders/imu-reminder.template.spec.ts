import { describe, expect, it } from 'vitest';
import { renderAppIo } from '../../notifications/content/render-app-io.js';
import { endOfRomeDay, imuReminder } from './imu-reminder.template.js';
import { ImuReminderCampaigns, reminderDueDate } from './imu-reminder-campaigns.js';

const BASE = {
  locale: 'it' as const,
  municipalityName: "Spino d'Adda",
  recipientName: 'Maria Rossi',
  link: 'https://servizi.example.it/pagamenti/imu',
  year: 2026,
  instalment: 'balance' as const,
  dueDate: '2026-12-16' as never,
  amountCents: 47_000,
};

describe('IMU reminder', () => {
  it('should say the amount, the due date and carry them for App IO, with the pagoPA notice when there is one', () => {
    const content = imuReminder({
      ...BASE,
      payment: { noticeNumber: '301000000000000001', amountCents: 47_000 },
    });
    expect(content.subject).toBe('IMU 2026: saldo in scadenza il 16/12/2026');
    expect(content.dueDate).toBe('2026-12-16T23:59:59+01:00');
    expect(content.payment).toEqual({ noticeNumber: '301000000000000001', amountCents: 47_000 });
    const { markdown } = renderAppIo(content);
    expect(markdown).toContain('**Importo dovuto**: 470,00');
    expect(markdown).toContain('**Numero avviso pagoPA**: 301000000000000001');
    expect(imuReminder({ ...BASE, payment: null }).payment).toBeUndefined();
  });

  it('should end the due day in Rome, summer and winter time alike', () => {
    expect(endOfRomeDay('2026-06-16' as never)).toBe('2026-06-16T23:59:59+02:00');
    expect(endOfRomeDay('2026-12-16' as never)).toBe('2026-12-16T23:59:59+01:00');
  });

  it('should open the reminder window seven days before each instalment and close it on the due day', () => {
    const balance = reminderDueDate(2026, 'balance');
    expect(balance).toBe('2026-12-16');
    expect(ImuReminderCampaigns.dueForReminders('2026-12-08' as never)).toEqual([]);
    expect(ImuReminderCampaigns.dueForReminders('2026-12-09' as never)).toEqual([
      { year: 2026, instalment: 'balance' },
    ]);
    expect(ImuReminderCampaigns.dueForReminders('2026-12-16' as never)).toEqual([
      { year: 2026, instalment: 'balance' },
    ]);
    expect(ImuReminderCampaigns.dueForReminders('2026-12-17' as never)).toEqual([]);
    expect(ImuReminderCampaigns.dueForReminders('2026-06-10' as never)).toEqual([
      { year: 2026, instalment: 'first' },
    ]);
  });
});
