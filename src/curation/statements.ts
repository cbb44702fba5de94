import { join } from 'node:path';
import type { Principal } from '../auth/roles.js';
import { loadQueries, requireQueries } from '../db/cypher.js';
import { CYPHER_DIR } from '../paths.js';
import type { WriteTransaction } from '../db/database.js';
import { conflict } from '../errors.js';
import { isEntityKind, type EntityKind } from '../model/kinds.js';
import { auditEntries, type AuditInput, type AuditRow } from './audit.js';
import { storedEntity, text, type StoredEntity } from './entity-state.js';

const NAMES = [
  'lock-entity',
  'lock-link-end',
  'read-entities',
  'create-entities',
  'update-entity',
  'create-links',
  'read-link',
  'delete-link',
  'record-audit',
  'derive-dates',
] as const;

const QUERIES = requireQueries(loadQueries(join(CYPHER_DIR, 'curation')), NAMES);

/**
 * The statements of cypher/curation, run inside one write transaction. Every write is several
 * statements (lock, read, check, write, record): the transaction makes them one atomic change,
 * retried as a whole on transient errors, and the request's statement counter counts each.
 */
export class CurationStatements {
  constructor(readonly tx: WriteTransaction) {}

  run(name: (typeof NAMES)[number], params: Record<string, unknown>) {
    return this.tx.run(`curation:${name}`, QUERIES[name].text, params);
  }

  async readEntities(ids: Iterable<string>): Promise<Map<string, StoredEntity>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.run('read-entities', { ids: unique });
    return new Map(rows.map((row) => [text(row['id']), storedEntity(row)]));
  }

  /** The kinds of the given entities that exist. */
  async kindsOf(ids: Iterable<string>): Promise<Map<string, EntityKind>> {
    return kindsOf(await this.readEntities(ids));
  }

  /**
   * Creates links and checks that each was created: a link whose end vanished meanwhile would
   * otherwise be skipped silently by the MATCH.
   */
  async createLinks(rows: Array<{ id: string; type: string; from: string; to: string; props: Record<string, unknown> }>): Promise<void> {
    if (rows.length === 0) return;
    const [result] = await this.run('create-links', { rows });
    if (Number(result?.['created'] ?? 0) !== rows.length) {
      throw conflict('An entity this write links to was removed meanwhile; nothing was written, try again');
    }
  }

  /** Re-derives the dates the loader derives (see cypher/curation/derive-dates.cypher) around `ids`. */
  async deriveDates(ids: Iterable<string>): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length) await this.run('derive-dates', { ids: unique });
  }

  async recordAudit(principal: Principal, inputs: AuditInput[], reason: string | null, batch: string | null = null): Promise<AuditRow[]> {
    const rows = await this.run('record-audit', { entries: auditEntries(principal, inputs, reason, batch) });
    return rows.map((row) => row['entry'] as unknown as AuditRow);
  }
}

export function kindsOf(entities: Map<string, StoredEntity>): Map<string, EntityKind> {
  const kinds = new Map<string, EntityKind>();
  for (const [id, entity] of entities) if (isEntityKind(entity.kind)) kinds.set(id, entity.kind);
  return kinds;
}
