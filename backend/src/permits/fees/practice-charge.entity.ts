import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A charge the office sets on a practice, paid through its pagoPA position. */
@Entity('permit_practice_charge')
export class PracticeCharge {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId: string;

  @Column({ type: 'varchar' })
  kind: string;

  @Column({ type: 'varchar' })
  description: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amount: string;

  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId: string;

  @Column({ name: 'created_by', type: 'varchar' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
