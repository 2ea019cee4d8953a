import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('app_user')
export class AppUser {
  @PrimaryColumn({ name: 'fiscal_code', type: 'varchar', length: 16 })
  fiscalCode: string;

  @Column({ name: 'given_name', type: 'varchar' })
  givenName: string;

  @Column({ name: 'family_name', type: 'varchar' })
  familyName: string;

  @Column({ type: 'varchar', nullable: true })
  email: string | null;

  @Column({ name: 'last_provider', type: 'varchar', nullable: true })
  lastProvider: 'spid' | 'cie' | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
