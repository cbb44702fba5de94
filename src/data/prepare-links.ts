import type { EntityKind } from '../model/kinds.js';
import { BASES, CLAIM_STATUSES, COMMON_LINK_PROPS, isRelationType, RELATIONS } from '../model/relations.js';
import type { Item } from './read.js';
import { linkId, type ClaimRecord, type Index, type LinkRecord, type Report } from './records.js';
import { convertValue } from './values.js';

/** The links and claims of the dataset files, checked (prepare.ts does the entities). */

/** True when `ref` names an entity of one of `kinds`; else reports why not. */
export function checkRef(
  item: Item,
  id: string,
  field: string,
  ref: string,
  kinds: readonly EntityKind[],
  index: Index,
  report: Report,
): boolean {
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

export function prepareLink(item: Item, index: Index, report: Report): LinkRecord | undefined {
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
  // As for entities: not verified unless the link says `verified: true`.
  const props: Record<string, unknown> = { origin: 'dataset', verified: false };
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

export function prepareClaim(item: Item, index: Index, links: Map<string, Item>, report: Report): ClaimRecord | undefined {
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
