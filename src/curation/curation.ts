import type { Principal } from '../auth/roles.js';
import type { Database } from '../db/database.js';
import type { StatementStats } from '../db/stats.js';
import { badUserInput } from '../errors.js';
import { checkId } from '../read/arguments.js';
import { createEntities, updateEntity, type CreateResult, type UpdateResult } from './entities.js';
import { withoutNulls } from './entity-state.js';
import { createLink, removeLink, type LinkResult } from './links.js';
import { CurationStatements } from './statements.js';
import { MAX_TEXT_LENGTH, type CuratedItem } from './validate.js';

/**
 * Curated writes. Each runs in one write transaction (atomic: a write interrupted by a fault is
 * either all there or not there at all) and records its audit entries in that same transaction,
 * so there is no write without its entry and no entry without its write.
 */
export class Curation {
  constructor(
    private readonly db: Database,
    private readonly maxImportItems: number,
  ) {}

  createEntity(principal: Principal, input: { id: string }, reason: string | null, stats: StatementStats): Promise<CreateResult> {
    checkId(input.id, 'input.id');
    const why = checkReason(reason);
    const entities = [{ argument: 'input', fields: fields(input) }];
    return this.transaction(stats, (s) => createEntities(s, principal, { entities, links: [] }, why));
  }

  updateEntity(
    principal: Principal,
    change: { id: string; expectedVersion: number; set: object },
    reason: string | null,
    stats: StatementStats,
  ): Promise<UpdateResult> {
    const patch = { ...change.set } as Record<string, unknown>;
    return this.change(principal, { ...change, patch, operation: 'UPDATE_ENTITY', argument: 'set' }, reason, stats);
  }

  /** Retiring is soft: the entity keeps its links and history, and `validTo` says since when it is gone. */
  retireEntity(
    principal: Principal,
    change: { id: string; expectedVersion: number; validTo: string },
    reason: string | null,
    stats: StatementStats,
  ): Promise<UpdateResult> {
    const patch = { validTo: change.validTo };
    return this.change(principal, { ...change, patch, operation: 'RETIRE_ENTITY', argument: 'validTo' }, reason, stats);
  }

  link(principal: Principal, input: object, reason: string | null, stats: StatementStats): Promise<LinkResult> {
    const why = checkReason(reason);
    return this.transaction(stats, (s) => createLink(s, principal, { argument: 'input', fields: fields(input) }, why));
  }

  unlink(principal: Principal, id: string, reason: string | null, stats: StatementStats): Promise<LinkResult> {
    const why = checkReason(reason);
    return this.transaction(stats, (s) => removeLink(s, principal, id, why));
  }

  importGraph(
    principal: Principal,
    input: { entities: readonly object[]; links: readonly object[] },
    reason: string | null,
    stats: StatementStats,
  ): Promise<CreateResult> {
    const why = checkReason(reason);
    const size = input.entities.length + input.links.length;
    if (size === 0) throw badUserInput('input has no entities and no links', { argument: 'input' });
    if (size > this.maxImportItems) {
      throw badUserInput(`input has ${size} entities and links; at most ${this.maxImportItems} are imported at once`, {
        argument: 'input',
        allowed: `1..${this.maxImportItems}`,
      });
    }
    const items = {
      entities: input.entities.map((entity, i): CuratedItem => ({ argument: `input.entities[${i}]`, fields: fields(entity) })),
      links: input.links.map((link, i): CuratedItem => ({ argument: `input.links[${i}]`, fields: fields(link) })),
    };
    return this.transaction(stats, (s) => createEntities(s, principal, items, why));
  }

  private change(principal: Principal, change: EntityChange, reason: string | null, stats: StatementStats): Promise<UpdateResult> {
    checkId(change.id);
    const why = checkReason(reason);
    const { id, expectedVersion, patch, operation, argument } = change;
    return this.transaction(stats, (s) => updateEntity(s, principal, { id, expectedVersion, patch, operation, argument }, why));
  }

  private transaction<T>(stats: StatementStats, work: (statements: CurationStatements) => Promise<T>): Promise<T> {
    return this.db.writeTransaction((tx) => work(new CurationStatements(tx)), stats);
  }
}

/** A change to one entity, if it is still at `expectedVersion`; `argument` names the input it came from. */
type EntityChange = Parameters<typeof updateEntity>[2];

/** A GraphQL input object as dataset-file fields (explicit nulls dropped). */
function fields(input: object): Record<string, unknown> {
  return withoutNulls(input) as Record<string, unknown>;
}

function checkReason(reason: string | null): string | null {
  if (reason !== null && reason.length > MAX_TEXT_LENGTH) {
    throw badUserInput(`reason is ${reason.length} characters long; at most ${MAX_TEXT_LENGTH}`, { argument: 'reason' });
  }
  return reason;
}
