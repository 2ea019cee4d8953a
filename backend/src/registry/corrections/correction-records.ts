import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type IsoDate, isoToEpochDay } from '../../common/calendar/civil-date.js';
import { romeDay } from '../../common/italian/rome-day.js';
import {
  CORRECTION_FIELD_LABELS,
  CORRECTION_STATE_LABELS,
  CORRECTION_TIMELINE_LABELS,
} from './correction-labels.js';
import type { CorrectionField, CorrectionState } from './correction-request.entity.js';
import type { CorrectionView, StaffCorrectionView, TimelineStepView } from './correction-views.js';

interface CorrectionRow {
  id: string;
  reference: string;
  person_id: string;
  requester_fiscal_code: string;
  field: CorrectionField;
  current_value: string;
  requested_value: string;
  reason: string;
  attachment_key: string | null;
  attachment_name: string | null;
  attachment_media_type: string | null;
  attachment_size: number | null;
  state: CorrectionState;
  answer: string | null;
  answered_by: string | null;
  answered_at: Date | null;
  due_on: string;
  version: number;
  created_at: Date;
  subject_fiscal_code: string;
  subject_given_name: string;
  subject_family_name: string;
  protocol_number: string | null;
  taken_in_charge_at: Date | null;
}

const SELECT = `
  SELECT c.id, c.reference, c.person_id, c.requester_fiscal_code, c.field, c.current_value, c.requested_value,
    c.reason, c.attachment_key, c.attachment_name, c.attachment_media_type, c.attachment_size, c.state, c.answer,
    c.answered_by, c.answered_at, c.due_on::text, c.version, c.created_at, c.subject_fiscal_code,
    c.subject_given_name, c.subject_family_name, c.protocol_number, c.taken_in_charge_at
  FROM registry_correction c`;

export interface StoredCorrection {
  view: StaffCorrectionView;
  attachmentKey: string | null;
}

function timeline(row: CorrectionRow, takenInChargeAt: Date): TimelineStepView[] {
  const steps: TimelineStepView[] = [
    { state: 'submitted', label: CORRECTION_TIMELINE_LABELS.submitted, at: takenInChargeAt.toISOString() },
  ];
  if (row.state !== 'open' && row.answered_at) {
    steps.push({
      state: row.state,
      label: CORRECTION_TIMELINE_LABELS[row.state],
      at: row.answered_at.toISOString(),
    });
  }
  return steps;
}

function residentView(row: CorrectionRow): CorrectionView {
  const takenInChargeAt = row.taken_in_charge_at ?? row.created_at;
  return {
    id: row.id,
    reference: row.reference,
    subject: {
      personId: row.person_id,
      name: `${row.subject_given_name} ${row.subject_family_name}`,
      fiscalCode: row.subject_fiscal_code,
    },
    field: { code: row.field, label: CORRECTION_FIELD_LABELS[row.field] },
    currentValue: row.current_value,
    requestedValue: row.requested_value,
    reason: row.reason,
    attachment:
      row.attachment_name && row.attachment_media_type && row.attachment_size !== null
        ? { name: row.attachment_name, mediaType: row.attachment_media_type, size: row.attachment_size }
        : null,
    state: { code: row.state, label: CORRECTION_STATE_LABELS[row.state] },
    answer: row.answer,
    answeredAt: row.answered_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    dueOn: row.due_on,
    protocolNumber: row.protocol_number,
    takenInChargeAt: takenInChargeAt.toISOString(),
    dueBy: row.due_on,
    timeline: timeline(row, takenInChargeAt),
  };
}

function staffView(row: CorrectionRow, today: IsoDate): StaffCorrectionView {
  return {
    ...residentView(row),
    requesterFiscalCode: row.requester_fiscal_code,
    ageDays: isoToEpochDay(today) - isoToEpochDay(romeDay(row.created_at)),
    overdue: row.state === 'open' && row.due_on < today,
    version: row.version,
    answeredBy: row.answered_by,
  };
}

/** Reads of rettifica requests with the name of the person they are about. */
@Injectable()
export class CorrectionRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string, today: IsoDate, manager?: EntityManager): Promise<StoredCorrection | null> {
    const rows: CorrectionRow[] = await (manager ?? this.dataSource.manager).query(
      `${SELECT} WHERE c.id = $1`,
      [id],
    );
    return rows[0] ? { view: staffView(rows[0], today), attachmentKey: rows[0].attachment_key } : null;
  }

  /** Requests a resident filed, or that are about them, newest first. */
  async forResident(fiscalCode: string, personId: string): Promise<CorrectionView[]> {
    const rows: CorrectionRow[] = await this.dataSource.query(
      `${SELECT} WHERE c.requester_fiscal_code = $1 OR c.person_id = $2 ORDER BY c.created_at DESC`,
      [fiscalCode, personId],
    );
    return rows.map(residentView);
  }

  /** Every request about a person, newest first, as the office sees them. */
  async aboutPerson(personId: string, today: IsoDate): Promise<StaffCorrectionView[]> {
    const rows: CorrectionRow[] = await this.dataSource.query(
      `${SELECT} WHERE c.person_id = $1 ORDER BY c.created_at DESC`,
      [personId],
    );
    return rows.map((row) => staffView(row, today));
  }

  /** The office's queue, oldest first, so no request waits unseen behind newer ones. */
  async queue(
    state: CorrectionState | 'all',
    limit: number,
    offset: number,
    today: IsoDate,
  ): Promise<{ total: number; items: StaffCorrectionView[] }> {
    const rows: (CorrectionRow & { total: number })[] = await this.dataSource.query(
      `${SELECT.replace('SELECT', 'SELECT count(*) OVER ()::int AS total,')}
       WHERE ($1 = 'all' OR c.state = $1)
       ORDER BY c.created_at, c.reference
       LIMIT $2 OFFSET $3`,
      [state, limit, offset],
    );
    return { total: rows[0]?.total ?? 0, items: rows.map((row) => staffView(row, today)) };
  }

  async queueSummary(
    today: IsoDate,
  ): Promise<{ open: number; overdue: number; oldestOpenAgeDays: number | null }> {
    const [row]: { open: number; overdue: number; oldest: Date | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS open, count(*) FILTER (WHERE due_on < $1::date)::int AS overdue,
         min(created_at) AS oldest
       FROM registry_correction WHERE state = 'open'`,
      [today],
    );
    return {
      open: row.open,
      overdue: row.overdue,
      oldestOpenAgeDays: row.oldest ? isoToEpochDay(today) - isoToEpochDay(romeDay(row.oldest)) : null,
    };
  }
}
