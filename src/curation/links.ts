import type { Principal } from '../auth/roles.js';
import type { Plain } from '../db/convert.js';
import type { LinkRecord } from '../data/records.js';
import { badUserInput, conflict, notFound } from '../errors.js';
import { CalendarDate } from '../model/date.js';
import { ENDING_TYPES } from '../model/in-force.js';
import { ID_PATTERN } from '../model/properties.js';
import { isRelationType, type RelationType } from '../model/relations.js';
import type { AuditRow } from './audit.js';
import { text } from './entity-state.js';
import type { CurationStatements } from './statements.js';
import { validate, type CuratedItem } from './validate.js';

/** Links that stand for an entity's own fields: written through `sources` and `partOf`, not `link`. */
export const STRUCTURAL = new Set<string>(['SUPPORTED_BY', 'PART_OF']);

export interface LinkResult {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  audit: AuditRow;
}

/**
 * The rules curation adds to those of the files: the links an entity's fields stand for are
 * edited through the entity, every curated link names at least one source (the files let
 * structural types such as IN_CLUSTER go without), and a qualifier is a plain word.
 */
export function linkItemChecks(item: CuratedItem): void {
  const { type, sources } = item.fields;
  if (typeof type === 'string' && STRUCTURAL.has(type)) {
    throw badUserInput(`${item.argument}.type: ${type} links are set through the entity's ${type === 'PART_OF' ? 'partOf' : 'sources'}`, {
      argument: `${item.argument}.type`,
    });
  }
  if (!Array.isArray(sources) || sources.length === 0) {
    throw badUserInput(`${item.argument}.sources: a link needs at least one source`, { argument: `${item.argument}.sources` });
  }
  const { qualifier } = item.fields;
  if (qualifier !== undefined && (typeof qualifier !== 'string' || !QUALIFIER.test(qualifier))) {
    throw badUserInput(`${item.argument}.qualifier: letters, digits and . _ - only (it becomes part of the link's id)`, {
      argument: `${item.argument}.qualifier`,
      allowed: QUALIFIER.source,
    });
  }
}

/** A link that ends what it points at: its target's end date is derived from it. */
export function endsItsTarget(link: { type: string }): boolean {
  return (ENDING_TYPES as readonly string[]).includes(link.type);
}

/** A qualifier ends the link id (`from|TYPE|to#qualifier`): it must keep the id readable and parseable. */
const QUALIFIER = /^[A-Za-z0-9._-]{1,60}$/;

/** A checked link as curation stores it. */
export function curatedLink(link: LinkRecord): LinkRecord {
  return { ...link, props: { ...link.props, origin: 'curated' } };
}

/** What the audit trail records of a link: its properties, dates as ISO text. */
export function linkState(link: { props: Record<string, unknown> }): Record<string, Plain> {
  const entries = Object.entries(link.props).filter(([key]) => key !== 'origin' && key !== '_lock');
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([key, value]) => [key, plain(value)]));
}

function plain(value: unknown): Plain {
  if (value instanceof CalendarDate) return value.iso;
  if (Array.isArray(value)) return value.map(plain);
  return value as Plain;
}

/** Creates a link; CONFLICT when one with its id exists. */
export async function createLink(statements: CurationStatements, principal: Principal, item: CuratedItem, reason: string | null) {
  linkItemChecks(item);
  const { from, to, sources, act } = item.fields;
  if (typeof from === 'string') await statements.run('lock-link-end', { id: from });
  const listed: unknown[] = Array.isArray(sources) ? sources : [];
  const refs = [from, to, act, ...listed].filter((v): v is string => typeof v === 'string');
  const [link] = validate({ links: [item] }, await statements.kindsOf(refs)).links;
  if (!link) throw new Error('validation returned no link');
  const [existing] = await statements.run('read-link', { from: link.from, type: link.type, id: link.id });
  if (existing) throw conflict(`The link ${link.id} exists already`, { argument: item.argument });
  const row = curatedLink(link);
  await statements.createLinks([row]);
  if (endsItsTarget(link)) await statements.deriveDates([link.to]);
  const [audit] = await statements.recordAudit(
    principal,
    [{ operation: 'LINK', subject: link.id, from: link.from, to: link.to, before: null, after: linkState(row) }],
    reason,
  );
  if (!audit) throw new Error('record-audit returned no entry');
  return { id: link.id, type: link.type, from: link.from, to: link.to, audit };
}

/** Removes a link by its id; NOT_FOUND when there is none. A dataset link is marked as removed. */
export async function removeLink(statements: CurationStatements, principal: Principal, id: string, reason: string | null) {
  const { from, type } = parseLinkId(id);
  await statements.run('lock-link-end', { id: from });
  const [existing] = await statements.run('read-link', { from, type, id });
  if (!existing) throw notFound('Link', id);
  const to = text(existing['to']);
  await statements.run('delete-link', { from, type, id });
  if (endsItsTarget({ type })) await statements.deriveDates([to]);
  const before = linkState({ props: (existing['props'] ?? {}) as Record<string, unknown> });
  const [audit] = await statements.recordAudit(principal, [{ operation: 'UNLINK', subject: id, from, to, before, after: null }], reason);
  if (!audit) throw new Error('record-audit returned no entry');
  return { id, type, from, to, audit };
}

const MAX_LINK_ID_LENGTH = 1000;

/** `from|TYPE|to[#qualifier]`: the start and the type are what finding the link needs. */
export function parseLinkId(id: string): { from: string; type: RelationType } {
  const [from, type, rest, ...extra] = id.split('|');
  if (id.length > MAX_LINK_ID_LENGTH || !from || !ID_PATTERN.test(from) || !isRelationType(type) || !rest || extra.length) {
    throw badUserInput(`id "${id.slice(0, 80)}" is not a link id`, {
      argument: 'id',
      allowed: 'from|TYPE|to, with #qualifier where the link has one, e.g. kz:law:education|IMPLEMENTS|crc:art:28',
    });
  }
  if (STRUCTURAL.has(type)) {
    throw badUserInput(`${type} links are removed through the entity's ${type === 'PART_OF' ? 'partOf' : 'sources'}`, { argument: 'id' });
  }
  return { from, type };
}
