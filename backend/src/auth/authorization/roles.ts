/** Every logged-in person is a resident; staff roles are granted per office; admin manages roles. */
export const ROLES = ['resident', 'registry', 'permits', 'taxes', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES: readonly Role[] = ['registry', 'permits', 'taxes', 'admin'];

/** The authenticated person behind a request. */
export interface AuthUser {
  sessionId: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
  roles: Role[];
  provider: 'spid' | 'cie';
}
