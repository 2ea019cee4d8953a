import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A street of the comune's street register (stradario), as the last import described it. */
@Entity('registry_street')
export class RegistryStreet {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  /** Denominazione urbanistica generica: Via, Piazza, Località ... */
  @Column({ type: 'varchar', length: 30 })
  toponym: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
