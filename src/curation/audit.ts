import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/roles.js';
import type { Plain } from '../db/convert.js';

export const AUDIT_OPERATIONS = ['CREATE_ENTITY', 'UPDATE_ENTITY', 'RETIRE_ENTITY', 'LINK', 'UNLINK'] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

/**
 * One audit entry as stored (`:AuditEntry`) and returned. States are JSON text: a property map of
 * any shape, readable as it was, and not queryable by accident as if it were current data.
 */
export interface AuditRow {
  id: string;
  /** ISO date and time; set by the database when the entry is written. */
  at: string;
  actor: string;
  tokenId: string;
  role: string;
  operation: AuditOperation;
  subject: string;
  from: string | null;
  to: string | null;
  version: number | null;
  before: string | null;
  after: string | null;
  changedFields: string[];
  reason: string | null;
  batch: string | null;
  /** Order of the entries written by one transaction. */
  seq: number;
  [property: string]: Plain;
}

export type State = Record<string, Plain> | null;

export interface AuditInput {
  operation: AuditOperation;
  subject: string;
  from?: string;
  to?: string;
  version?: number;
  before: State;
  after: State;
}

/** The entries of one write, ready for record-audit.cypher (`at` is added by the database). */
export function auditEntries(principal: Principal, inputs: AuditInput[], reason: string | null, batch: string | null = null) {
  return inputs.map((input, seq) => ({
    id: randomUUID(),
    actor: principal.name,
    tokenId: principal.tokenId,
    role: principal.role,
    operation: input.operation,
    subject: input.subject,
    from: input.from ?? null,
    to: input.to ?? null,
    version: input.version ?? null,
    before: input.before === null ? null : JSON.stringify(input.before),
    after: input.after === null ? null : JSON.stringify(input.after),
    changedFields: changedFields(input.before, input.after),
    reason,
    batch,
    seq,
  }));
}

/** Fields whose value differs between two states (every field of the one that exists, if one is null). */
export function changedFields(before: State, after: State): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])).sort();
}
