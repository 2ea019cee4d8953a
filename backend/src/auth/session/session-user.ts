import { prepared } from '../../common/sql/prepared-statements.js';
import type { AuthUser, Role } from '../authorization/roles.js';

/** The signed-in person as every request needs them, before the session's own fields are added. */
export type SessionUser = Omit<AuthUser, 'sessionId' | 'provider'>;

/** Columns of the person and their roles, read fresh, for a query that joins `app_user u`. */
export const USER_WITH_ROLES_COLUMNS = `u.fiscal_code, u.given_name, u.family_name, u.email,
       ARRAY(SELECT g.role FROM role_grant g WHERE g.fiscal_code = u.fiscal_code ORDER BY g.role) AS roles`;

export interface UserWithRolesRow {
  fiscal_code: string;
  given_name: string;
  family_name: string;
  email: string | null;
  roles: Role[];
}

export function sessionUserFromRow(row: UserWithRolesRow): SessionUser {
  return {
    fiscalCode: row.fiscal_code,
    givenName: row.given_name,
    familyName: row.family_name,
    email: row.email,
    roles: ['resident', ...row.roles],
  };
}

/**
 * The session row and its person with their roles in ONE statement: every authenticated request reads both,
 * and as two statements they cost two round trips to PostgreSQL (the session store's, then the current user's).
 * The person is joined through the fiscal code the session holds; a session without one (a login under way)
 * or whose person is gone gives null columns. The session comes as its JSON text (what the session cache keeps)
 * with the row's idle expiry in epoch milliseconds.
 */
export const SESSION_WITH_USER_SQL = prepared(`SELECT s.sess::text AS sess,
       (extract(epoch FROM s.expire::timestamptz) * 1000)::float8 AS expire_ms, ${USER_WITH_ROLES_COLUMNS}
  FROM user_session s
  LEFT JOIN app_user u ON u.fiscal_code = s.sess->>'fiscalCode'
 WHERE s.sid = $1 AND s.expire >= to_timestamp($2)`);

/** What the session store read for the current request, for the current-user middleware. */
export interface PreloadedSessionUser {
  sessionId: string;
  /** The fiscal code the session held when it was read. */
  fiscalCode: string | undefined;
  user: SessionUser | null;
}
