import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MessageContent } from '../content/message-content.js';

/** A notification as the recipient's personal area shows it: one row per person and message, read or not. */
@Entity('personal_message')
export class PersonalMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'recipient_fiscal_code', type: 'varchar', length: 16 })
  recipientFiscalCode: string;

  @Column({ type: 'varchar' })
  kind: string;

  @Column({ type: 'jsonb' })
  content: MessageContent;

  @Column({ name: 'resource_type', type: 'varchar', nullable: true })
  resourceType: string | null;

  @Column({ name: 'resource_id', type: 'varchar', nullable: true })
  resourceId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
