import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { romeDay } from '../common/italian/rome-day.js';
import {
  type ProtocolEntryRequest,
  ProtocolRegister,
  type ProtocolRegistration,
  protocolLabel,
} from './protocol-register.js';

/**
 * The protocol register in the portal's database. The year's counter row is incremented with an upsert inside
 * the caller's transaction: the row stays locked until that transaction ends, so concurrent filings take
 * numbers one after the other, and a filing that rolls back gives its number back (no gap, no duplicate). The
 * year is the civil year in Rome of the registration.
 */
@Injectable()
export class LocalProtocolRegister extends ProtocolRegister {
  async register(entry: ProtocolEntryRequest, manager: EntityManager): Promise<ProtocolRegistration> {
    const year = Number(romeDay(entry.registeredAt).slice(0, 4));
    const rows: { last_number: number }[] = await manager.query(
      `INSERT INTO protocol_counter (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = protocol_counter.last_number + 1
       RETURNING last_number`,
      [year],
    );
    const number = rows[0].last_number;
    await manager.query(
      `INSERT INTO protocol_entry (year, number, direction, subject, office, correspondent, resource_type,
         resource_id, registered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        year,
        number,
        entry.direction,
        entry.subject,
        entry.office,
        entry.correspondent,
        entry.resource?.type ?? null,
        entry.resource?.id ?? null,
        entry.registeredAt,
      ],
    );
    return { number, year, registeredAt: entry.registeredAt, label: protocolLabel(number, year) };
  }
}
