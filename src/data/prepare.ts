import { isEntityKind, isInstrumentKind, TYPE_OF_KIND, type EntityKind } from '../model/kinds.js';
import { ID_PATTERN, propertyType } from '../model/properties.js';
import { RELATIONS } from '../model/relations.js';
import type { Item, Problem, RawDataset } from './read.js';
import { deriveEnds } from './derive-ends.js';
import { inheritDates } from './inherit-dates.js';
import { checkRef, prepareClaim, prepareLink } from './prepare-links.js';
import { renameProblems } from './rename-rule.js';
import { linkId, type Index, type LinkRecord, type PreparedDataset, type Report } from './records.js';
import { convertValue, flattenText } from './values.js';

/** Version of what the loader derives from the files (inherited dates since 2). */
const DERIVATION = 'derived-3';

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
  // Ends first: a provision inherits the end its act gets from a successor.
  deriveEnds(dataset.entities, dataset.links);
  inheritDates(dataset.entities, dataset.links);
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

function prepareEntity(item: Item, kind: EntityKind, index: Index, report: Report) {
  const id = item.fields['id'] as string;
  // Verified only when the item says so: a fact is checked when someone checked it and said so.
  const props: Record<string, unknown> = { id, kind, origin: 'dataset', verified: false };
  const links: LinkRecord[] = [];
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
  for (const problem of renameProblems(id, props)) report(item, problem);
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
 * Aliases, register codes and former names as words for the full-text index: `adilet:Z070000319_` is one token
 * to Lucene's standard tokenizer, so it is split here and a search for `Z070000319` finds it.
 */
export function searchableAliases(props: Record<string, unknown>): string | undefined {
  const aliases = Array.isArray(props['aliases']) ? (props['aliases'] as unknown[]) : [];
  // A former name is searchable too: a researcher may know a body only by what it was called.
  const formerNames = Object.entries(props)
    .filter(([key]) => key.startsWith('formerName_'))
    .map(([, value]) => value);
  const values = [...aliases, props['registerCode'], props['number'], ...formerNames];
  const words = values
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => [v, ...v.split(/[^\p{L}\p{N}]+/u)])
    .filter(Boolean);
  return words.length ? [...new Set(words)].join(' ') : undefined;
}
