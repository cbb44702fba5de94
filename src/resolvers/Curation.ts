import type { ApiTokenResolvers, AuditEntryResolvers, Role } from '../generated/graphql.js';
import { hasRole } from '../auth/roles.js';
import { stringList } from './values.js';

/** Roles are stored lower case (`editor`), as the CLI takes them; the schema's enum is upper case. */
const toRole = (role: string): Role => (role === 'admin' ? 'ADMIN' : 'EDITOR');

export const AuditEntry: AuditEntryResolvers = {
  role: (row) => toRole(row.role),
  // Who wrote is personal data: the public sees what changed, when and by which role; only
  // editors and admins (every token holder) see the token's name.
  actor: (row, _args, context) => (context.principal && hasRole(context.principal, 'editor') ? row.actor : null),
  changedFields: (row) => stringList(row.changedFields),
};

export const ApiToken: ApiTokenResolvers = {
  role: (row) => toRole(row.role),
};
