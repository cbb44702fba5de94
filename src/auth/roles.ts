import { forbidden, unauthenticated } from '../errors.js';

/**
 * Who may write. Reading is public. `editor` curates the graph; `admin` also manages tokens.
 * Roles are ordered: a role may do everything the roles before it may.
 */
export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The holder of a valid bearer token, as the audit trail names them. */
export interface Principal {
  tokenId: string;
  name: string;
  role: Role;
}

export function hasRole(principal: Principal, needed: Role): boolean {
  return ROLES.indexOf(principal.role) >= ROLES.indexOf(needed);
}

/** The role each mutation needs; a mutation not listed needs `admin` (safe by default). */
export const MUTATION_ROLES: Record<string, Role> = {
  createEntity: 'editor',
  updateEntity: 'editor',
  retireEntity: 'editor',
  link: 'editor',
  unlink: 'editor',
  importGraph: 'editor',
  createToken: 'admin',
  revokeToken: 'admin',
};

export function roleForMutation(field: string): Role {
  return MUTATION_ROLES[field] ?? 'admin';
}

/** The caller, when they hold the role; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function requireRole(principal: Principal | null, needed: Role): Principal {
  if (!principal) throw unauthenticated(`This needs a bearer token with the ${needed} role (Authorization: Bearer <token>)`);
  if (!hasRole(principal, needed)) throw forbidden(needed, principal.role);
  return principal;
}
