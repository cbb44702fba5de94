import { CalendarDate } from '../model/date.js';
import { ENDING_TYPES } from '../model/in-force.js';
import type { EntityRecord, LinkRecord } from './records.js';

/** Where a derived end came from, for the data check's report. */
export interface DerivedEnd {
  entity: string;
  end: CalendarDate;
  /** The REPLACES or REPEALS link that ends it (the earliest, when several do). */
  link: string;
  /** The successor's start was its adoption: its entry into force is not recorded. */
  fromAdoption: boolean;
}

/**
 * When act B replaces or repeals act A (or an institution succeeds another), A stops being in
 * force the day before B starts: the link's own `date` (the day the repeal took effect), else B's
 * entry into force (`validFrom`), else, when that is unknown, B's adoption. The result is stored as
 * `supersededTo`, next to any `validTo` written by hand: the in-force rule prefers `validTo` (a
 * source may say part of A stays in force longer), and the data check reports where the two
 * disagree. Derived once, at load (and by curation when such a link is written), never per query.
 */
export function deriveEnds(entities: EntityRecord[], links: LinkRecord[]): DerivedEnd[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const ends = new Map<string, DerivedEnd>();
  for (const link of links) {
    if (!(ENDING_TYPES as readonly string[]).includes(link.type)) continue;
    const successor = byId.get(link.from);
    if (!byId.has(link.to) || !successor) continue;
    const start = successorStart(link, successor);
    if (!start) continue;
    const seen = ends.get(link.to);
    const end = start.date.dayBefore();
    if (!seen || end.isBefore(seen.end)) ends.set(link.to, { entity: link.to, end, link: link.id, fromAdoption: start.fromAdoption });
  }
  for (const derived of ends.values()) {
    const entity = byId.get(derived.entity);
    if (entity) entity.props['supersededTo'] = derived.end;
  }
  return [...ends.values()];
}

function successorStart(link: LinkRecord, successor: EntityRecord): { date: CalendarDate; fromAdoption: boolean } | undefined {
  for (const value of [link.props['date'], successor.props['validFrom']]) {
    if (value instanceof CalendarDate) return { date: value, fromAdoption: false };
  }
  const adopted = successor.props['adopted'];
  return adopted instanceof CalendarDate ? { date: adopted, fromAdoption: true } : undefined;
}
