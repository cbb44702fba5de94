import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/roles.js';
import type { PreparedDataset } from '../data/records.js';
import { conflict, notFound } from '../errors.js';
import type { AuditInput, AuditOperation, AuditRow } from './audit.js';
import { applyPatch, auditState, fieldsOf } from './entity-state.js';
import { curatedLink, endsItsTarget, linkItemChecks, linkState, STRUCTURAL } from './links.js';
import { kindsOf, type CurationStatements } from './statements.js';
import { validate, type CuratedItem } from './validate.js';

export interface CreateResult {
  entities: string[];
  links: string[];
  audit: AuditRow[];
  batch: string;
}

/**
 * Creates entities and links, all or none (createEntity is a document of one). Ids must be new;
 * links may join new and existing entities. Everything is checked before anything is written.
 */
export async function createEntities(
  statements: CurationStatements,
  principal: Principal,
  items: { entities: CuratedItem[]; links: CuratedItem[] },
  reason: string | null,
): Promise<CreateResult> {
  items.links.forEach(linkItemChecks);
  const ids = items.entities.map((item) => String(item.fields['id']));
  const existing = await statements.readEntities([...ids, ...items.entities.flatMap(refsOf), ...items.links.flatMap(refsOf)]);
  for (const item of items.entities) {
    const id = String(item.fields['id']);
    if (existing.has(id)) throw conflict(`An entity "${id}" exists already`, { argument: `${item.argument}.id` });
  }
  const dataset = validate(items, kindsOf(existing));

  const rows = dataset.entities.map((entity) => ({ label: entity.label, props: { ...entity.props, origin: 'curated', version: 1 } }));
  if (rows.length) await statements.run('create-entities', { rows });
  await statements.createLinks(dataset.links.map(curatedLink));
  await statements.deriveDates([...ids, ...dataset.links.filter(endsItsTarget).map((l) => l.to)]);

  const after = await statements.readEntities(ids);
  const inputs: AuditInput[] = [
    ...ids.map((id): AuditInput => ({
      operation: 'CREATE_ENTITY',
      subject: id,
      version: 1,
      before: null,
      after: auditState(after.get(id)),
    })),
    ...explicitLinks(dataset).map((link): AuditInput => ({
      operation: 'LINK',
      subject: link.id,
      from: link.from,
      to: link.to,
      before: null,
      after: linkState(link),
    })),
  ];
  const batch = randomUUID();
  const audit = await statements.recordAudit(principal, inputs, reason, inputs.length > 1 ? batch : null);
  return { entities: ids, links: explicitLinks(dataset).map((l) => l.id), audit, batch };
}

export interface UpdateResult {
  id: string;
  version: number;
  audit: AuditRow;
}

/**
 * Changes an entity if it is still at `expectedVersion`. The first statement takes the entity's
 * write lock, so a concurrent editor waits, then finds the version moved and gets CONFLICT.
 */
export async function updateEntity(
  statements: CurationStatements,
  principal: Principal,
  change: { id: string; expectedVersion: number; patch: Record<string, unknown>; operation: AuditOperation; argument: string },
  reason: string | null,
): Promise<UpdateResult> {
  const { id, expectedVersion } = change;
  const [locked] = await statements.run('lock-entity', { id });
  if (!locked) throw notFound('Entity', id);
  const version = Number(locked['version']);
  if (version - 1 !== expectedVersion) {
    throw conflict(`Entity "${id}" is at version ${version - 1}, not ${expectedVersion}: someone changed it meanwhile; read it again`, {
      argument: 'expectedVersion',
      currentVersion: version - 1,
    });
  }
  const before = (await statements.readEntities([id])).get(id);
  if (!before) throw notFound('Entity', id);
  const fields = applyPatch(fieldsOf(before), change.patch);
  const kinds = await statements.kindsOf(refsOf({ argument: change.argument, fields }));
  const dataset = validate({ entities: [{ argument: change.argument, fields }] }, kinds);
  const [entity] = dataset.entities;
  if (!entity) throw new Error(`validation of ${id} returned no entity`);

  await statements.run('update-entity', { id, props: { ...entity.props, origin: 'curated', version } });
  await statements.createLinks(dataset.links.map(curatedLink));
  await statements.deriveDates([id]);

  const after = (await statements.readEntities([id])).get(id);
  const [audit] = await statements.recordAudit(
    principal,
    [{ operation: change.operation, subject: id, version, before: auditState(before), after: auditState(after) }],
    reason,
  );
  if (!audit) throw new Error('record-audit returned no entry');
  return { id, version, audit };
}

/** Lists of ids an item may hold: its sources, and the sources of an act's dates or an institution's rename. */
const ID_LIST_FIELDS = ['sources', 'adoptedSources', 'entryIntoForceSources', 'validToSources', 'renamedSources'] as const;

/** Every entity id an item refers to (its sources, partOf, a link's ends, act and cited document). */
function refsOf(item: CuratedItem): string[] {
  const { partOf, from, to, act, document } = item.fields;
  const listed = ID_LIST_FIELDS.flatMap((field) => {
    const value: unknown = item.fields[field];
    return Array.isArray(value) ? (value as unknown[]) : [];
  });
  return [...listed, partOf, from, to, act, document].filter((v): v is string => typeof v === 'string');
}

/** The links of a document other than those its entities' `sources` and `partOf` stand for. */
function explicitLinks(dataset: PreparedDataset) {
  return dataset.links.filter((link) => !STRUCTURAL.has(link.type));
}
