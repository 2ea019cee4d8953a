import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegistryEventKind } from '../domain/registry-types.js';

/** One fact of a person's registry history (birth, immigration, marriage, death ...), unique per kind and day. */
@Entity('registry_event')
export class RegistryEventRecord {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  kind: RegistryEventKind;

  @PrimaryColumn({ name: 'event_date', type: 'date' })
  eventDate: string;

  @Column({ name: 'place_code', type: 'char', length: 4, nullable: true })
  placeCode: string | null;

  @Column({ name: 'place_name', type: 'varchar', length: 100, nullable: true })
  placeName: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
