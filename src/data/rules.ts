import { CalendarDate } from '../model/date.js';
import { isEntityKind } from '../model/kinds.js';
import { propertyType } from '../model/properties.js';
import type { Origins } from './prepare.js';
import { basisProblems } from './basis-rules.js';
import { timeProblems } from './time-rules.js';
import type { PreparedDataset } from './records.js';
import type { Item, Problem } from './read.js';

/**
 * Consistency rules of the data check beyond what the loader needs to load: dates in order,
 * claims whose dates are dates, official claims that agree with the stored value, ratifying acts
 * that ratify, and every CRC article in a reporting cluster. Each problem says file:line.
 */
export function consistencyProblems(dataset: PreparedDataset, origins: Origins, fallbackFile: string): Problem[] {
  const problems: Problem[] = [];
  const at = (item: Item | undefined, severity: Problem['severity'], message: string) =>
    problems.push({ severity, file: item?.file ?? fallbackFile, line: item?.line ?? 1, message });

  const kindOf = new Map(dataset.entities.map((e) => [e.id, e.kind]));
  const links = new Map(dataset.links.map((l) => [l.id, l]));

  for (const entity of dataset.entities) {
    const item = origins.entities.get(entity.id);
    const { validFrom, validTo, adopted } = entity.props;
    if (isAfter(validFrom, validTo)) at(item, 'error', `${entity.id}: validFrom ${str(validFrom)} is after validTo ${str(validTo)}`);
    if (isAfter(adopted, validFrom)) {
      at(item, 'error', `${entity.id}: in force from ${str(validFrom)}, before it was adopted (${str(adopted)})`);
    }
  }
  for (const link of dataset.links) {
    const { validFrom, validTo } = link.props;
    if (isAfter(validFrom, validTo))
      at(origins.links.get(link.id), 'error', `${link.id}: validFrom ${str(validFrom)} is after validTo ${str(validTo)}`);
  }

  for (const claim of dataset.claims) {
    const item = origins.claims.get(claim.id);
    const { property, value, status, link: linkId } = claim.props as { property: string; value: string; status: string; link?: string };
    const link = linkId ? links.get(linkId) : undefined;
    const kind = kindOf.get(claim.about);
    const isDate = link
      ? LINK_DATE_FIELDS.has(property)
      : kind !== undefined && isEntityKind(kind) && propertyType(kind, property) === 'date';
    if (!isDate) continue;
    if (!isDateOrPartial(value)) {
      at(item, 'warning', `claim about ${linkId ?? claim.about}.${property}: "${value}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
      continue;
    }
    const stored = (link ? link.props : dataset.entities.find((e) => e.id === claim.about)?.props)?.[property];
    if (status === 'OFFICIAL' && stored instanceof CalendarDate && CalendarDate.parse(value) && stored.iso !== value) {
      at(
        item,
        'warning',
        `claim about ${linkId ?? claim.about}.${property}: the OFFICIAL value ${value} differs from the stored ${stored.iso}`,
      );
    }
  }

  const ratifies = new Set(dataset.links.filter((l) => l.type === 'RATIFIES').map((l) => `${l.from}>${l.to}`));
  for (const link of dataset.links.filter((l) => l.type === 'RATIFIED')) {
    const act = link.props['act'];
    if (typeof act === 'string' && !ratifies.has(`${act}>${link.to}`)) {
      at(origins.links.get(link.id), 'warning', `${link.id}: its act ${act} has no RATIFIES link to ${link.to}`);
    }
  }

  timeProblems(dataset, origins, at);
  basisProblems(dataset, origins, at);

  const clustered = new Set(dataset.links.filter((l) => l.type === 'IN_CLUSTER').map((l) => l.from));
  const unclustered = crcArticleIds().filter((id) => kindOf.has(id) && !clustered.has(id) && !OUTSIDE_CLUSTERS.has(id));
  if (unclustered.length) {
    at(origins.entities.get(unclustered[0] ?? ''), 'warning', `CRC articles in no reporting cluster: ${unclustered.join(', ')}`);
  }
  return problems;
}

/** Date fields of links (see src/data/prepare.ts, linkFieldType). */
const LINK_DATE_FIELDS = new Set(['validFrom', 'validTo', 'date', 'depositDate', 'inForceDate']);

/**
 * Articles the Committee's reporting clusters do not cover: Art. 41 (higher standards prevail)
 * and the procedural Parts II-III, except Arts. 42 and 44(6), which are general measures.
 */
const OUTSIDE_CLUSTERS = new Set(['crc:art:41', 'crc:art:43', ...[45, 46, 47, 48, 49, 50, 51, 52, 53, 54].map((n) => `crc:art:${n}`)]);

export function crcArticleIds(): string[] {
  return Array.from({ length: 54 }, (_, i) => `crc:art:${i + 1}`);
}

/** A full date, or a partial one (`2003`, `2004-08`) as sources often give them. */
export function isDateOrPartial(value: string): boolean {
  if (/^\d{4}$/.test(value)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return true;
  return CalendarDate.parse(value) !== undefined;
}

function isAfter(a: unknown, b: unknown): boolean {
  return a instanceof CalendarDate && b instanceof CalendarDate && a.iso > b.iso;
}

function str(value: unknown): string {
  return value instanceof CalendarDate ? value.iso : 'an unknown date';
}
