import type { Plain } from '../../db/convert.js';
import { notFound } from '../../errors.js';
import type { QueryTimelineArgs } from '../../generated/graphql.js';
import type { EntityKind } from '../../model/kinds.js';
import { LANGUAGES, textProperty } from '../../model/languages.js';
import { checkId } from '../arguments.js';
import type { ReadPlan } from '../plan.js';
import type { TimelineEventRow, TimelinePartyRow } from '../rows.js';

/** Query.timeline: the events of cypher/queries/timeline.cypher, with successions on one day marked as a split. */
export function timeline({ id }: QueryTimelineArgs): ReadPlan<TimelineEventRow[]> {
  return {
    query: 'timeline',
    params: { id: checkId(id) },
    result: ([row]) => {
      if (row?.['found'] !== true) throw notFound('Entity', id);
      const events = (row['events'] as Array<Record<string, Plain>>).map(event);
      return markSplits(events);
    },
  };
}

function event(row: Record<string, Plain>): TimelineEventRow {
  const act = row['act'] as Record<string, Plain> | null;
  return {
    event: str(row['event']),
    date: typeof row['date'] === 'string' ? row['date'] : null,
    derived: row['derived'] === true,
    act: act ? party(act) : null,
    link: typeof row['link'] === 'string' ? row['link'] : null,
    sources: Array.isArray(row['sources']) ? row['sources'].map(String) : [],
    note: typeof row['note'] === 'string' ? row['note'] : null,
    formerNames: (row['formerName'] as Record<string, Plain> | null) ?? null,
  };
}

function party(row: Record<string, Plain>): TimelinePartyRow {
  const names = Object.fromEntries(LANGUAGES.map((lang) => [textProperty('name', lang), row[textProperty('name', lang)] ?? null]));
  return { id: str(row['id']), kind: str(row['kind']) as EntityKind, names };
}

/** An institution replaced by two or more successors on the same day was split between them. */
function markSplits(events: TimelineEventRow[]): TimelineEventRow[] {
  const successorsOn = new Map<string, number>();
  for (const e of events) if (e.event === 'REPLACED_BY' && e.date) successorsOn.set(e.date, (successorsOn.get(e.date) ?? 0) + 1);
  return events.map((e) =>
    e.event === 'REPLACED_BY' && e.date && (successorsOn.get(e.date) ?? 0) > 1 ? { ...e, event: 'SPLIT_INTO' } : e,
  );
}

/** A string column of the statement; anything else is a bug in it. */
function str(value: Plain | undefined): string {
  if (typeof value !== 'string') throw new TypeError(`timeline.cypher: expected a string, got ${JSON.stringify(value)}`);
  return value;
}
