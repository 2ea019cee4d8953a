import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TechnicianProfileDto } from './draft-sections.dto.js';
import type { TechnicianProfileView } from './filing-views.js';

const COLUMNS = `professional_order AS "professionalOrder", registration_number AS "registrationNumber",
  province, pec`;

/** A technician's professional data (albo, number, province, PEC), prefilled into the filings they prepare. */
@Injectable()
export class TechnicianProfiles {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(fiscalCode: string): Promise<TechnicianProfileView | null> {
    const rows: TechnicianProfileView[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM technician_profile WHERE fiscal_code = $1`,
      [fiscalCode],
    );
    return rows[0] ?? null;
  }

  async save(fiscalCode: string, profile: TechnicianProfileDto): Promise<TechnicianProfileView> {
    const rows: TechnicianProfileView[] = await this.dataSource.query(
      `INSERT INTO technician_profile (fiscal_code, professional_order, registration_number, province, pec)
       VALUES ($1, $2, $3, upper($4), $5)
       ON CONFLICT (fiscal_code) DO UPDATE SET professional_order = EXCLUDED.professional_order,
         registration_number = EXCLUDED.registration_number, province = EXCLUDED.province, pec = EXCLUDED.pec,
         updated_at = now()
       RETURNING ${COLUMNS}`,
      [
        fiscalCode,
        profile.professionalOrder.trim(),
        profile.registrationNumber,
        profile.province,
        profile.pec,
      ],
    );
    return rows[0];
  }
}
