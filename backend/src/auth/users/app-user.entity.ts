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

  /** The portal's language at the last login (the `lang` cookie): the language of the person's messages. */
  @Column({ name: 'preferred_locale', type: 'varchar', length: 2, default: 'it' })
  preferredLocale: 'it' | 'en';

  @Column({ name: 'last_provider', type: 'varchar', nullable: true })
  lastProvider: 'spid' | 'cie' | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
