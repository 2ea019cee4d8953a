import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ImuInstalment } from '../domain/imu-f24-lines.js';
import { bigintCents } from './numeric-transformers.js';

export interface F24DocumentLine {
  taxCode: string;
  amountCents: number;
}

/** A precompiled F24 of one taxpayer for one IMU instalment; the PDF lives in the FileStore. */
@Entity('f24_document')
export class F24DocumentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'taxpayer_fiscal_code', type: 'varchar', length: 16 })
  taxpayerFiscalCode: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 8 })
  instalment: ImuInstalment;

  @Column({ name: 'bulk_job_id', type: 'uuid', nullable: true })
  bulkJobId: string | null;

  @Column({ name: 'total_cents', type: 'bigint', transformer: bigintCents })
  totalCents: number;

  @Column({ type: 'jsonb' })
  lines: F24DocumentLine[];

  @Column({ name: 'file_key', type: 'varchar', length: 64 })
  fileKey: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ name: 'generated_at', type: 'timestamptz' })
  generatedAt: Date;
}
