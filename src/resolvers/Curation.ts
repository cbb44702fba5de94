import type { ApiTokenResolvers, AuditEntryResolvers, Role } from '../generated/graphql.js';
import { stringList } from './values.js';

/** Roles are stored lower case (`editor`), as the CLI takes them; the schema's enum is upper case. */
const toRole = (role: string): Role => (role === 'admin' ? 'ADMIN' : 'EDITOR');

export const AuditEntry: AuditEntryResolvers = {
  role: (row) => toRole(row.role),
  changedFields: (row) => stringList(row.changedFields),
};

export const ApiToken: ApiTokenResolvers = {
  role: (row) => toRole(row.role),
};
