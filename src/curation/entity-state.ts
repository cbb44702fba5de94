import { DERIVED_BOUNDS } from '../model/in-force.js';
import type { Plain } from '../db/convert.js';
import type { Row } from '../db/database.js';
import { isInstrumentKind } from '../model/kinds.js';
import { LANGUAGE_KEYS } from '../model/languages.js';

/**
 * An entity as curation sees it: the fields of a dataset file (`name: { en, ru }`, `sources`,
 * `partOf`), rebuilt from what the graph stores (`name_en`, SUPPORTED_BY and PART_OF links). The
 * same shape goes through `prepareDataset`, so a curated entity obeys the rules of the files.
 */
export type EntityFields = Record<string, unknown>;

const TEXT_PROPERTY = new RegExp(`^(\\w+)_(${LANGUAGE_KEYS.join('|')})$`);

/** Stored properties that are not fields: bookkeeping and derived values. */
const NOT_FIELDS = new Set<string>(['id', 'kind', 'origin', 'version', 'aliasText', '_lock', ...DERIVED_BOUNDS]);

export interface StoredEntity {
  id: string;
  kind: string;
  /** The node's properties as plain values (dates as ISO strings). */
  props: Record<string, Plain>;
  sources: string[];
  partOf: string | null;
}

export function storedEntity(row: Row): StoredEntity {
  const partOf = Array.isArray(row['partOf']) ? row['partOf'] : [];
  return {
    id: text(row['id']),
    kind: text(row['kind']),
    props: (row['props'] ?? {}) as Record<string, Plain>,
    sources: (Array.isArray(row['sources']) ? row['sources'] : []).map(String).sort(),
    partOf: typeof partOf[0] === 'string' ? partOf[0] : null,
  };
}

/** A string column of a row (ids, kinds); anything else is a bug in a statement. */
export function text(value: Plain | undefined): string {
  if (typeof value !== 'string') throw new TypeError(`expected a string, got ${JSON.stringify(value)}`);
  return value;
}

/** The dataset-file fields of a stored entity. */
export function fieldsOf(entity: StoredEntity): EntityFields {
  const fields: EntityFields = { id: entity.id, kind: entity.kind };
  for (const [key, value] of Object.entries(entity.props)) {
    if (NOT_FIELDS.has(key) || value === null) continue;
    // An act's validFrom is derived from its entryIntoForce (src/data/prepare.ts), not a field.
    if (key === 'validFrom' && isInstrumentKind(entity.kind)) continue;
    const text = TEXT_PROPERTY.exec(key);
    if (text?.[1] && text[2]) {
      const map = (fields[text[1]] ?? {}) as Record<string, unknown>;
      map[text[2]] = value;
      fields[text[1]] = map;
    } else fields[key] = value;
  }
  if (entity.sources.length) fields['sources'] = entity.sources;
  if (entity.partOf) fields['partOf'] = entity.partOf;
  return fields;
}

/**
 * Applies a patch: a field given replaces the old value, a field given as null is removed, a
 * field left out is kept. Per-language texts drop the languages given as null.
 */
export function applyPatch(fields: EntityFields, patch: Record<string, unknown>): EntityFields {
  const next: EntityFields = { ...fields };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) delete next[key];
    else next[key] = withoutNulls(value);
  }
  return next;
}

/** GraphQL input objects carry explicit nulls; the dataset rules know only absent fields. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== null && item !== undefined) out[key] = withoutNulls(item);
    return out;
  }
  return value;
}

/** The state an audit entry records: the fields, keys in a stable order, as JSON-ready values. */
export function auditState(entity: StoredEntity | undefined): Record<string, Plain> | null {
  return entity ? (sortedKeys(fieldsOf(entity) as Plain) as Record<string, Plain>) : null;
}

function sortedKeys(value: Plain): Plain {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys(value[key] as Plain)]),
  );
}
