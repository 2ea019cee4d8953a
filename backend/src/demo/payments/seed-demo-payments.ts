import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../../common/calendar/civil-date.js';
import type { PaymentsConfig } from '../../config/configuration.js';
import { iuvFromSequence, noticeNumberOf } from '../../payments/domain/notice-number.js';

/** Diritti di segreteria per practice type, as a comune's deliberation might set them (demo values). */
const DEMO_FEE_TARIFFS: ReadonlyArray<[string, string, string]> = [
  ['CIL', '30.00', 'Diritti di segreteria CIL'],
  ['CILA', '50.00', 'Diritti di segreteria CILA'],
  ['SCIA', '80.00', 'Diritti di segreteria SCIA'],
  ['SCIA_ALTERNATIVA', '150.00', 'Diritti di segreteria SCIA alternativa al permesso di costruire'],
  ['PDC', '200.00', 'Diritti di segreteria permesso di costruire'],
  ['SCA', '60.00', 'Diritti di segreteria segnalazione certificata di agibilità'],
  ['CFL', '25.00', 'Diritti di segreteria comunicazione di fine lavori'],
];

export interface DemoPaymentsOptions {
  today: IsoDate;
  residents: { fiscalCode: string; givenName: string; familyName: string }[];
  payments: PaymentsConfig;
  municipalityName: string;
}

function addDays(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The fee tariffs, and for the first demo residents one practice fee to pay (pending: the payments worker
 * creates it on GPD, the sandbox in development) and one paid 45 days ago (outside the default
 * reconciliation window, since the sandbox forgets everything at restart).
 */
export async function seedDemoPayments(
  manager: EntityManager,
  options: DemoPaymentsOptions,
): Promise<number> {
  for (const [type, amount, description] of DEMO_FEE_TARIFFS) {
    await manager.query(
      `INSERT INTO permit_fee_tariff (practice_type, description, amount, source)
       VALUES ($1, $2, $3, 'valori dimostrativi') ON CONFLICT (practice_type) DO NOTHING`,
      [type, description, amount],
    );
  }
  let count = DEMO_FEE_TARIFFS.length;
  for (const resident of options.residents.slice(0, 2)) {
    for (const paid of [false, true]) {
      const [{ value }] = (await manager.query(`SELECT nextval('payment_iuv_seq')::text AS value`)) as {
        value: string;
      }[];
      const iuv = iuvFromSequence(options.payments.segregationCode, BigInt(value));
      const creditor = options.payments.creditorFiscalCode;
      const paidAt = paid ? new Date(Date.parse(`${addDays(options.today, -45)}T09:30:00Z`)) : null;
      await manager.query(
        `INSERT INTO payment_position (id, kind, reference_type, reference_id, idempotency_key, payer_fiscal_code,
           payer_name, creditor_fiscal_code, creditor_name, iupd, iuv, notice_number, amount, due_date, purpose,
           status, next_attempt_at, paid_at, receipt_id, psp_company, payment_method)
         VALUES ($1, 'practice-fee', 'demo', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now(), $15, $16, $17, $18)`,
        [
          randomUUID(),
          `demo-${iuv}`,
          `demo:${resident.fiscalCode}:${paid ? 'paid' : 'due'}`,
          resident.fiscalCode,
          `${resident.givenName} ${resident.familyName}`,
          creditor,
          `Comune di ${options.municipalityName}`,
          `${creditor}-${iuv}`,
          iuv,
          noticeNumberOf(iuv),
          paid ? '50.00' : '80.00',
          paid ? addDays(options.today, -30) : addDays(options.today, 30),
          paid
            ? 'Diritti di segreteria CILA - pratica dimostrativa'
            : 'Diritti di segreteria SCIA - pratica dimostrativa',
          paid ? 'paid' : 'pending',
          paidAt,
          paid ? `DEMO${iuv}` : null,
          paid ? 'Banca dimostrativa' : null,
          paid ? 'CP' : null,
        ],
      );
      count++;
    }
  }
  return count;
}
