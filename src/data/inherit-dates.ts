import { END_PROPERTIES, START_PROPERTIES } from '../model/in-force.js';
import type { EntityRecord, LinkRecord } from './records.js';

type Bound = unknown;

/**
 * Gives a provision or recommendation without dates of its own the dates of what it is part of,
 * as `inheritedFrom` / `inheritedTo` (see src/model/in-force.ts): an article of the 1995
 * Constitution is in force while the Constitution is, an article of the Law on Education from
 * the law's adoption. Dates written in the files always win; these two properties are derived
 * at every load and are never written by hand.
 */
export function inheritDates(entities: EntityRecord[], links: LinkRecord[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const parentOf = new Map(links.filter((l) => l.type === 'PART_OF').map((l) => [l.from, l.to]));

  const bound = (entity: EntityRecord, names: readonly string[], seen: Set<string>): Bound => {
    for (const name of names) if (entity.props[name] !== undefined) return entity.props[name];
    const parent = byId.get(parentOf.get(entity.id) ?? '');
    if (!parent || seen.has(parent.id)) return undefined;
    seen.add(parent.id);
    return bound(parent, names, seen);
  };

  for (const entity of entities) {
    if (!parentOf.has(entity.id)) continue;
    const from = bound(entity, START_PROPERTIES, new Set([entity.id]));
    const to = bound(entity, END_PROPERTIES, new Set([entity.id]));
    if (from !== undefined && !START_PROPERTIES.some((p) => p !== 'inheritedFrom' && entity.props[p] !== undefined)) {
      entity.props['inheritedFrom'] = from;
    }
    if (to !== undefined && entity.props['validTo'] === undefined) entity.props['inheritedTo'] = to;
  }
}
