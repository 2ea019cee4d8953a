import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser, Role } from '../authorization/roles.js';
import { SessionChanges } from '../session/session-changes.js';
import {
  sessionUserFromRow,
  USER_WITH_ROLES_COLUMNS,
  type UserWithRolesRow,
} from '../session/session-user.js';
import { AppUser } from './app-user.entity.js';
import { RoleGrant } from './role-grant.entity.js';

export type StaffRole = Exclude<Role, 'resident'>;

export interface LoginProfile {
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
  provider: 'spid' | 'cie';
  /** The language the person was reading the portal in; kept as it was when unknown. */
  locale?: 'it' | 'en';
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(AppUser) private readonly users: Repository<AppUser>,
    @InjectRepository(RoleGrant) private readonly grants: Repository<RoleGrant>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessionChanges: SessionChanges,
  ) {}

  /** Records a login: the identity provider's data are the freshest, so they overwrite ours. */
  async recordLogin(profile: LoginProfile): Promise<void> {
    await this.users.upsert(
      {
        fiscalCode: profile.fiscalCode,
        givenName: profile.givenName,
        familyName: profile.familyName,
        email: profile.email,
        lastProvider: profile.provider,
        lastLoginAt: new Date(),
        ...(profile.locale ? { preferredLocale: profile.locale } : {}),
      },
      ['fiscalCode'],
    );
    // The tables' trigger tells every process; this one drops the person's sessions before answering.
    this.sessionChanges.cache.drop({ person: profile.fiscalCode });
  }

  /**
   * The signed-in person as every request needs them, with their roles read fresh, in one statement.
   */
  async findWithRoles(fiscalCode: string): Promise<Omit<AuthUser, 'sessionId' | 'provider'> | null> {
    const rows: UserWithRolesRow[] = await this.dataSource.query(
      `SELECT ${USER_WITH_ROLES_COLUMNS} FROM app_user u WHERE u.fiscal_code = $1`,
      [fiscalCode],
    );
    const row = rows[0];
    return row ? sessionUserFromRow(row) : null;
  }

  async rolesOf(fiscalCode: string): Promise<Role[]> {
    const grants = await this.grants.find({ where: { fiscalCode }, order: { role: 'ASC' } });
    return ['resident', ...grants.map((grant) => grant.role)];
  }

  async listStaff(): Promise<
    { fiscalCode: string; roles: StaffRole[]; givenName: string | null; familyName: string | null }[]
  > {
    const rows: {
      fiscal_code: string;
      roles: StaffRole[];
      given_name: string | null;
      family_name: string | null;
    }[] = await this.dataSource.query(`
        SELECT g.fiscal_code, array_agg(g.role ORDER BY g.role) AS roles, u.given_name, u.family_name
        FROM role_grant g LEFT JOIN app_user u USING (fiscal_code)
        GROUP BY g.fiscal_code, u.given_name, u.family_name
        ORDER BY u.family_name NULLS LAST, g.fiscal_code`);
    return rows.map((row) => ({
      fiscalCode: row.fiscal_code,
      roles: row.roles,
      givenName: row.given_name,
      familyName: row.family_name,
    }));
  }

  /** Replaces the staff roles of a person, audited in the same transaction. */
  async setRoles(fiscalCode: string, roles: StaffRole[], actor: AuthUser): Promise<Role[]> {
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.find(RoleGrant, { where: { fiscalCode } });
      await manager.delete(RoleGrant, { fiscalCode });
      if (roles.length > 0) {
        await manager.insert(
          RoleGrant,
          [...new Set(roles)].map((role) => ({ fiscalCode, role, grantedBy: actor.fiscalCode })),
        );
      }
      await this.audit.record(
        {
          actor,
          actorRole: 'admin',
          action: 'auth.roles.set',
          subjectFiscalCode: fiscalCode,
          resourceType: 'role_grant',
          resourceId: fiscalCode,
          details: { before: before.map((grant) => grant.role), after: roles },
        },
        manager,
      );
    });
    // Every process hears of it from the trigger; this one drops the person's sessions before answering, so a
    // revoked role is refused at the very next request here.
    this.sessionChanges.cache.drop({ person: fiscalCode });
    return this.rolesOf(fiscalCode);
  }

  /** The first admin comes from configuration, so that someone can grant the other roles. */
  async ensureAdmin(fiscalCode: string): Promise<void> {
    await this.grants
      .createQueryBuilder()
      .insert()
      .values({ fiscalCode, role: 'admin', grantedBy: null })
      .orIgnore()
      .execute();
  }
}
