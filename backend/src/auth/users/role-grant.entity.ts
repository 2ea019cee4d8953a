import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '../authorization/roles.js';

@Entity('role_grant')
export class RoleGrant {
  @PrimaryColumn({ name: 'fiscal_code', type: 'varchar', length: 16 })
  fiscalCode: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role: Exclude<Role, 'resident'>;

  @Column({ name: 'granted_by', type: 'varchar', nullable: true })
  grantedBy: string | null;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;
}
