import { isEntityKind, isInstrumentKind, TYPE_OF_KIND, type EntityKind } from '../model/kinds.js';
import { ID_PATTERN, propertyType } from '../model/properties.js';
import { BASES, CLAIM_STATUSES, COMMON_LINK_PROPS, isRelationType, RELATIONS, type RelationType } from '../model/relations.js';
import type { Item, Problem, RawDataset } from './read.js';
import { inheritDates } from './inherit-dates.js';
import { convertValue, flattenText } from './values.js';

export interface EntityRow {
  id: string;
  kind: EntityKind;
  label: string;
  props: Record<string, unknown>;
}

export interface LinkRow {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface ClaimRow {
  id: string;
  about: string;
  props: Record<string, unknown>;
}

export interface PreparedDataset {
  entities: EntityRow[];
  links: LinkRow[];
  claims: ClaimRow[];
  hash: string;
}

/** Version of what the loader derives from the files (inherited dates since 2). */
const DERIVATION = 'derived-2';

export function linkId(from: string, type: string, to: string, qualifier?: string): string {
  return `${from}|${type}|${to}${qualifier ? `#${qualifier}` : ''}`;
}

/** Where each id was defined, to report duplicates and resolve references. */
type Index = Map<string, { kind: EntityKind; item: Item; inGraph?: true }>;

/**
 * Checks every item and turns the valid ones into rows for the loader. Problems carry file and
 * line; an item with an error is left out, and the loader refuses to load while any error remains.
 * `inGraph` gives the kinds of entities that already exist elsewhere (curation checks a change
 * against the graph with these same rules): items may refer to them, and they are not prepared.
 */
/** Where each prepared entity, link and claim is written, by id: the data check reports file:line. */
export interface Origins {
  entities: Map<string, Item>;
  links: Map<string, Item>;
  claims: Map<string, Item>;
}

export function prepareDataset(
  raw: Pick<RawDataset, 'entities' | 'links' | 'claims' | 'problems' | 'hash'>,
  inGraph: ReadonlyMap<string, EntityKind> = new Map(),
): { dataset: PreparedDataset; problems: Problem[]; origins: Origins } {
  const problems: Problem[] = [...raw.problems];
  const report = (item: Item, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ severity, file: item.file, line: item.line, message });

  const index: Index = new Map();
  for (const item of raw.entities) {
    const { id, kind } = item.fields;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      report(item, `entity id ${JSON.stringify(id)} is missing or malformed (letters, digits and : / # . _ -)`);
      continue;
    }
    if (!isEntityKind(kind)) {
      report(item, `${id}: unknown kind ${JSON.stringify(kind)}`);
      continue;
    }
    const seen = index.get(id);
    if (seen) report(item, `duplicate id ${id} (first defined at ${seen.item.file}:${seen.item.line})`);
    else index.set(id, { kind, item });
  }

  for (const [id, kind] of inGraph) {
    if (!index.has(id)) index.set(id, { kind, item: { file: 'graph', line: 0, fields: { id, kind } }, inGraph: true });
  }

  // The hash decides whether a start reloads the data: it covers the files and, through
  // DERIVATION, what the loader derives from them (bump it when that changes).
  const dataset: PreparedDataset = { entities: [], links: [], claims: [], hash: `${raw.hash}:${DERIVATION}` };
  for (const { kind, item, inGraph: existing } of index.values()) {
    if (existing) continue;
    const row = prepareEntity(item, kind, index, report);
    if (!row) continue;
    dataset.entities.push(row.entity);
    dataset.links.push(...row.links);
  }
  inheritDates(dataset.entities, dataset.links);
  const linkIds = new Map<string, Item>();
  for (const item of raw.links) {
    const link = prepareLink(item, index, report);
    if (!link) continue;
    const seen = linkIds.get(link.id);
    if (seen) {
      report(item, `duplicate link ${link.id} (first at ${seen.file}:${seen.line}); add a qualifier to keep both`);
      continue;
    }
    linkIds.set(link.id, item);
    dataset.links.push(link);
  }
  const claimIds = new Map<string, Item>();
  for (const item of raw.claims) {
    const claim = prepareClaim(item, index, linkIds, report);
    if (!claim) continue;
    if (claimIds.has(claim.id)) report(item, `duplicate claim ${claim.id}`);
    else {
      claimIds.set(claim.id, item);
      dataset.claims.push(claim);
    }
  }
  const entityItems = new Map([...index].filter(([, entry]) => !entry.inGraph).map(([id, { item }]) => [id, item]));
  return { dataset, problems, origins: { entities: entityItems, links: linkIds, claims: claimIds } };
}

type Report = (item: Item, message: string, severity?: Problem['severity']) => void;

function prepareEntity(item: Item, kind: EntityKind, index: Index, report: Report) {
  const id = item.fields['id'] as string;
  const props: Record<string, unknown> = { id, kind, origin: 'dataset', verified: true };
  const links: LinkRow[] = [];
  let ok = true;
  for (const [field, value] of Object.entries(item.fields)) {
    if (field === 'id' || field === 'kind') continue;
    const type = propertyType(kind, field);
    if (!type) {
      report(item, `${id}: unknown field "${field}" for kind ${kind}`);
      ok = false;
      continue;
    }
    const converted = convertValue(type, value);
    if (!converted.ok) {
      report(item, `${id}: ${field} ${converted.message}`);
      ok = false;
    } else if (type === 'text') flattenText(field, converted.value as Record<string, string>, props);
    else if (field === 'sources') {
      for (const source of converted.value as string[]) {
        if (checkRef(item, id, 'sources', source, ['SOURCE'], index, report)) {
          links.push({ id: linkId(id, 'SUPPORTED_BY', source), type: 'SUPPORTED_BY', from: id, to: source, props: {} });
        }
      }
    } else if (type === 'refs') {
      // Per-date sources (`entryIntoForceSources`): ids of sources, not links of their own.
      const refs = converted.value as string[];
      if (refs.every((ref) => checkRef(item, id, field, ref, ['SOURCE'], index, report))) props[field] = refs;
      else ok = false;
    } else if (field === 'partOf') {
      const parent = converted.value as string;
      if (checkRef(item, id, 'partOf', parent, RELATIONS.PART_OF.to, index, report)) {
        links.push({ id: linkId(id, 'PART_OF', parent), type: 'PART_OF', from: id, to: parent, props: {} });
      }
    } else props[field] = converted.value;
  }
  if (isInstrumentKind(kind)) {
    // An act's validity starts at its entry into force; `validFrom` is derived from it, never written.
    if (item.fields['validFrom'] !== undefined) {
      report(item, `${id}: write an act's start as entryIntoForce (validFrom is derived from it)`);
      ok = false;
    }
    if (props['entryIntoForce'] !== undefined) props['validFrom'] = props['entryIntoForce'];
  }
  if (typeof props['name_en'] !== 'string') report(item, `${id}: name.en is required`);
  if (kind !== 'SOURCE' && !links.some((l) => l.type === 'SUPPORTED_BY')) report(item, `${id}: needs at least one source`);
  if ((kind === 'PROVISION' || kind === 'RECOMMENDATION') && !item.fields['partOf']) report(item, `${id}: a ${kind} needs partOf`);
  const searchable = searchableAliases(props);
  if (searchable) props['aliasText'] = searchable;
  for (const link of links) link.props = { id: link.id, origin: 'dataset' };
  if (!ok || typeof props['name_en'] !== 'string') return undefined;
  return { entity: { id, kind, label: TYPE_OF_KIND[kind], props }, links };
}

/**
 * Aliases and register codes as words for the full-text index: `adilet:Z070000319_` is one token
 * to Lucene's standard tokenizer, so it is split here and a search for `Z070000319` finds it.
 */
export function searchableAliases(props: Record<string, unknown>): string | undefined {
  const aliases = Array.isArray(props['aliases']) ? (props['aliases'] as unknown[]) : [];
  const values = [...aliases, props['registerCode'], props['number']];
  const words = values
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => [v, ...v.split(/[^\p{L}\p{N}]+/u)])
    .filter(Boolean);
  return words.length ? [...new Set(words)].join(' ') : undefined;
}

function checkRef(item: Item, id: string, field: string, ref: string, kinds: readonly EntityKind[], index: Index, report: Report): boolean {
  const target = index.get(ref);
  if (!target) {
    report(item, `${id}: ${field} refers to "${ref}", which is not defined`);
    return false;
  }
  if (!kinds.includes(target.kind)) {
    report(item, `${id}: ${field} refers to "${ref}", a ${target.kind} (expected ${kinds.join(' or ')})`);
    return false;
  }
  return true;
}

function prepareLink(item: Item, index: Index, report: Report): LinkRow | undefined {
  const { type, from, to } = item.fields;
  const where = `link ${String(from)} -${String(type)}-> ${String(to)}`;
  if (!isRelationType(type)) {
    report(item, `${where}: unknown type ${JSON.stringify(type)}`);
    return undefined;
  }
  const spec = RELATIONS[type];
  if (typeof from !== 'string' || typeof to !== 'string') {
    report(item, `${where}: from and to are required`);
    return undefined;
  }
  const okEnds = checkRef(item, where, 'from', from, spec.from, index, report) && checkRef(item, where, 'to', to, spec.to, index, report);
  const allowed = new Set<string>([
    'type',
    'from',
    'to',
    ...COMMON_LINK_PROPS,
    ...(('extra' in spec ? spec.extra : []) as readonly string[]),
  ]);
  const props: Record<string, unknown> = { origin: 'dataset' };
  let ok = okEnds;
  for (const [field, value] of Object.entries(item.fields)) {
    if (!allowed.has(field)) {
      report(item, `${where}: unknown field "${field}"`);
      ok = false;
    } else if (field === 'type' || field === 'from' || field === 'to') continue;
    else {
      const converted = convertValue(linkFieldType(field), value);
      if (!converted.ok) {
        report(item, `${where}: ${field} ${converted.message}`);
        ok = false;
      } else props[field] = converted.value;
    }
  }
  ok = checkProvenance(item, where, props, spec.provenance, index, report) && ok;
  if (typeof props['act'] === 'string') ok = checkRef(item, where, 'act', props['act'], ['LAW', 'DECREE', 'CODE'], index, report) && ok;
  if (typeof props['document'] === 'string') ok = checkRef(item, where, 'document', props['document'], ['DOCUMENT'], index, report) && ok;
  if (!ok) return undefined;
  // A claim the State or the Committee makes in one reporting cycle is one link per cycle: the
  // document it is cited from keeps the links of different cycles apart.
  const qualifier = props['qualifier'] ?? props['document'];
  const id = linkId(from, type, to, typeof qualifier === 'string' ? qualifier : undefined);
  return { id, type, from, to, props: { ...props, id } };
}

function linkFieldType(field: string) {
  if (['validFrom', 'validTo', 'date', 'depositDate', 'inForceDate'].includes(field)) return 'date' as const;
  if (field === 'sources') return 'refs' as const;
  if (field === 'position') return 'int' as const;
  if (field === 'verified') return 'bool' as const;
  return 'string' as const;
}

/** Basis, status and sources: required on every non-structural link and on every claim. */
function checkProvenance(
  item: Item,
  where: string,
  props: Record<string, unknown>,
  required: boolean,
  index: Index,
  report: Report,
): boolean {
  let ok = true;
  const sources = (props['sources'] as string[] | undefined) ?? [];
  if (required || props['basis'] !== undefined) {
    if (!(BASES as readonly unknown[]).includes(props['basis'])) {
      report(item, `${where}: basis must be one of ${BASES.join(', ')}`);
      ok = false;
    }
    if (sources.length === 0) {
      report(item, `${where}: needs at least one source`);
      ok = false;
    }
    props['status'] ??= props['basis'] === 'OFFICIAL' ? 'OFFICIAL' : 'ACCEPTED';
  }
  if (props['status'] !== undefined && !(CLAIM_STATUSES as readonly unknown[]).includes(props['status'])) {
    report(item, `${where}: status must be one of ${CLAIM_STATUSES.join(', ')}`);
    ok = false;
  }
  for (const source of sources) ok = checkRef(item, where, 'sources', source, ['SOURCE'], index, report) && ok;
  return ok;
}

function prepareClaim(item: Item, index: Index, links: Map<string, Item>, report: Report): ClaimRow | undefined {
  const { about, property, value, id } = item.fields;
  const where = `claim about ${String(about)}.${String(property)}`;
  const allowed = new Set(['id', 'about', 'property', 'value', 'status', 'basis', 'sources', 'note']);
  let ok = true;
  for (const field of Object.keys(item.fields)) {
    if (!allowed.has(field)) {
      report(item, `${where}: unknown field "${field}"`);
      ok = false;
    }
  }
  if (typeof property !== 'string' || !property.trim() || (typeof value !== 'string' && typeof value !== 'number')) {
    report(item, `${where}: property and value are required`);
    return undefined;
  }
  let entity = typeof about === 'string' && index.has(about) ? about : undefined;
  const link = typeof about === 'string' && links.has(about) ? about : undefined;
  if (link) entity = link.split('|')[0];
  if (!entity) {
    report(item, `${where}: about must be an entity id or a link id (from|TYPE|to)`);
    return undefined;
  }
  const sources = convertValue('refs', item.fields['sources'] ?? []);
  const props: Record<string, unknown> = {
    property: property.trim(),
    value: String(value),
    basis: item.fields['basis'],
    status: item.fields['status'],
    sources: sources.ok ? sources.value : [],
    origin: 'dataset',
  };
  if (typeof item.fields['note'] === 'string') props['note'] = item.fields['note'];
  if (link) props['link'] = link;
  if (!sources.ok) report(item, `${where}: sources ${sources.message}`);
  ok = checkProvenance(item, where, props, true, index, report) && sources.ok && ok;
  const claimId = typeof id === 'string' && id.trim() ? id.trim() : `${String(about)}~${property.trim()}~${String(value)}`;
  props['id'] = claimId;
  props['official'] = props['status'] === 'OFFICIAL';
  return ok ? { id: claimId, about: entity, props } : undefined;
}
