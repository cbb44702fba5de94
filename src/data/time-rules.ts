import { CalendarDate } from '../model/date.js';
import { END_PROPERTIES, ENDING_TYPES, START_PROPERTIES } from '../model/in-force.js';
import { DOMESTIC } from '../model/relations.js';
import type { Origins } from './prepare.js';
import type { EntityRecord, LinkRecord, PreparedDataset } from './records.js';
import type { Item, Problem } from './read.js';

type At = (item: Item | undefined, severity: Problem['severity'], message: string) => void;

/** Where an entity or link is in force, by the rule of src/model/in-force.ts: open ends are undefined. */
export function interval(props: Record<string, unknown>): { from?: CalendarDate; to?: CalendarDate } {
  const first = (names: readonly string[]) => names.map((n) => props[n]).find((v): v is CalendarDate => v instanceof CalendarDate);
  return { from: first(START_PROPERTIES), to: first(END_PROPERTIES) };
}

/**
 * The time rules of the data check, run on the prepared data (after the loader derived ends and
 * inherited dates): a link in force on a day when one of its ends is not; an act in force after
 * its successor started with no source for that; overlapping or unclosed terms of a single-holder
 * office; and successors whose start is only their adoption. Each problem names the rows.
 */
export function timeProblems(dataset: PreparedDataset, origins: Origins, at: At): void {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  for (const link of dataset.links) linkOutsideEnds(link, byId, origins, at);
  for (const link of dataset.links.filter((l) => (ENDING_TYPES as readonly string[]).includes(l.type))) {
    endAfterSuccessor(link, byId, origins, at);
  }
  for (const office of dataset.entities.filter((e) => e.kind === 'INSTITUTION' && e.props['singleHolder'] === true)) {
    termProblems(office, dataset.links, origins, at);
  }
}

function linkOutsideEnds(link: LinkRecord, byId: Map<string, EntityRecord>, origins: Origins, at: At): void {
  if (link.type === 'PART_OF' || (ENDING_TYPES as readonly string[]).includes(link.type)) return;
  const own = interval(link.props);
  if (!own.from && !own.to) return;
  for (const endId of [link.from, link.to]) {
    const end = byId.get(endId);
    if (!end) continue;
    const { from, to } = interval(end.props);
    if (own.from && to && to.isBefore(own.from)) {
      at(origins.links.get(link.id), 'error', `${link.id}: in force from ${own.from.iso}, after ${endId} ended (${to.iso})`);
    } else if (own.to && from && own.to.isBefore(from)) {
      at(origins.links.get(link.id), 'error', `${link.id}: in force until ${own.to.iso}, before ${endId} started (${from.iso})`);
    } else if (!own.from && to && own.to && to.isBefore(own.to)) {
      at(origins.links.get(link.id), 'error', `${link.id}: in force until ${own.to.iso}, after ${endId} ended (${to.iso})`);
    }
  }
}

function endAfterSuccessor(link: LinkRecord, byId: Map<string, EntityRecord>, origins: Origins, at: At): void {
  const ended = byId.get(link.to);
  const successor = byId.get(link.from);
  const derived = ended?.props['supersededTo'];
  if (!ended || !successor || !(derived instanceof CalendarDate)) return;
  const validTo = ended.props['validTo'];
  const item = origins.entities.get(ended.id) ?? origins.links.get(link.id);
  const sourced = Array.isArray(ended.props['validToSources']) && ended.props['validToSources'].length > 0;
  if (validTo instanceof CalendarDate && derived.isBefore(validTo) && !sourced) {
    at(
      item,
      'error',
      `${ended.id}: in force until ${validTo.iso}, after its successor ${link.from} started (${link.type} ends it on ${derived.iso}), and no validToSources say part of it stays`,
    );
  }
  if (!(link.props['date'] instanceof CalendarDate) && !(successor.props['validFrom'] instanceof CalendarDate)) {
    at(
      item,
      'warning',
      `${ended.id}: ends on ${derived.iso}, the day before ${link.from} was adopted: its entry into force is not recorded`,
    );
  }
}

function termProblems(office: EntityRecord, links: LinkRecord[], origins: Origins, at: At): void {
  const terms = links
    .filter((l) => l.type === 'HELD_BY' && l.from === office.id)
    .map((l) => ({ link: l, ...interval(l.props) }))
    .sort((a, b) => (a.from?.iso ?? '').localeCompare(b.from?.iso ?? ''));
  terms.forEach((term, i) => {
    const next = terms[i + 1];
    const item = origins.links.get(term.link.id);
    if (!term.from) at(item, 'error', `${term.link.id}: a term of the single-holder office ${office.id} has no start (validFrom)`);
    if (!next) return;
    if (!term.to) at(item, 'error', `${term.link.id}: the term is followed by ${next.link.to}'s but has no end (validTo)`);
    else if (next.from && !term.to.isBefore(next.from)) {
      at(
        item,
        'error',
        `${term.link.id}: the term (until ${term.to.iso}) overlaps ${next.link.id} (from ${next.from.iso}) in the single-holder office ${office.id}`,
      );
    }
  });
}

/** Acts whose validity starts at adoption because their entry into force is not recorded. */
export function startsFromAdoption(dataset: PreparedDataset): string[] {
  const acts = new Set<string>(DOMESTIC);
  return dataset.entities
    .filter((e) => acts.has(e.kind) && !(e.props['validFrom'] instanceof CalendarDate) && e.props['adopted'] instanceof CalendarDate)
    .map((e) => e.id);
}
