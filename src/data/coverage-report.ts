import { isInForce } from '../model/in-force.js';
import { BASES, type Basis } from '../model/relations.js';
import type { EntityRecord, LinkRecord, PreparedDataset } from './records.js';

/** The substantive articles of the Convention (Part I); 43-54 are about the Committee and procedure. */
const SUBSTANTIVE = Array.from({ length: 42 }, (_, i) => i + 1);

const SPEAKING_BASES: readonly Basis[] = ['OFFICIAL', 'STATE_REPORT', 'COMMITTEE'];

export interface CoverageReport {
  day: string;
  jurisdiction: string;
  /** Article numbers (1-42) by the strongest basis of their implementers in force on the day. */
  byStrongestBasis: Record<Basis, number[]>;
  /** Articles with no implementer but a recorded, sourced gap (NO_IMPLEMENTATION_FOUND). */
  recordedGaps: number[];
  /** Articles with neither: a silent absence, which the dataset should never have. */
  silentGaps: number[];
  /** The IMPLEMENTS links to CRC articles counted (not contested, both ends and the act in force). */
  links: { total: number; fromProvision: number; speakingBasis: number; verified: number };
  /** The State's laws, codes and constitution, their provisions, and its institutions: named in Kazakh. */
  kazakhNames: { named: number; total: number };
}

/**
 * What `npm run data:check` prints about who says so: for one State and one day, the strongest
 * basis behind each substantive CRC article, the gaps, and how many links start at an article of
 * a law, rest on the law's text, the State or the Committee, and were checked against a source.
 * The same rule as the API's coverage (src/model/in-force.ts), computed from the files.
 */
export function coverageReport(dataset: PreparedDataset, day: string, jurisdiction = 'KZ'): CoverageReport {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const parentOf = new Map(dataset.links.filter((l) => l.type === 'PART_OF').map((l) => [l.from, l.to]));
  const actOf = (id: string): EntityRecord | undefined => {
    for (let at: string | undefined = id, hops = 0; at && hops < 5; at = parentOf.get(at), hops += 1) {
      const entity = entities.get(at);
      if (entity?.label === 'Instrument') return entity;
    }
    return undefined;
  };
  const inForce = (e: EntityRecord | LinkRecord | undefined) => e !== undefined && isInForce(e.props, day);
  const counted = dataset.links.filter((link) => {
    if (link.type !== 'IMPLEMENTS' || link.props['status'] === 'CONTESTED' || parentOf.get(link.to) !== 'crc') return false;
    const act = actOf(link.from);
    return act?.props['jurisdiction'] === jurisdiction && [link, entities.get(link.from), entities.get(link.to), act].every(inForce);
  });
  const strongest = new Map<string, number>();
  for (const link of counted) {
    const rank = BASES.indexOf(link.props['basis'] as Basis);
    strongest.set(link.to, Math.min(strongest.get(link.to) ?? rank, rank));
  }
  const gaps = new Set(dataset.links.filter((l) => l.type === 'NO_IMPLEMENTATION_FOUND' && inForce(l)).map((l) => l.to));
  const byStrongestBasis = Object.fromEntries(BASES.map((b) => [b, [] as number[]])) as Record<Basis, number[]>;
  const recordedGaps: number[] = [];
  const silentGaps: number[] = [];
  for (const n of SUBSTANTIVE) {
    const rank = strongest.get(`crc:art:${n}`);
    if (rank !== undefined) byStrongestBasis[BASES[rank] as Basis].push(n);
    else (gaps.has(`crc:art:${n}`) ? recordedGaps : silentGaps).push(n);
  }
  return {
    day,
    jurisdiction,
    byStrongestBasis,
    recordedGaps,
    silentGaps,
    links: {
      total: counted.length,
      fromProvision: counted.filter((l) => entities.get(l.from)?.kind === 'PROVISION').length,
      speakingBasis: counted.filter((l) => SPEAKING_BASES.includes(l.props['basis'] as Basis)).length,
      verified: counted.filter((l) => l.props['verified'] === true).length,
    },
    kazakhNames: kazakhNames(dataset, actOf, jurisdiction),
  };
}

function kazakhNames(dataset: PreparedDataset, actOf: (id: string) => EntityRecord | undefined, jurisdiction: string) {
  const statute = (e: EntityRecord) => ['LAW', 'CODE', 'CONSTITUTION'].includes(e.kind) && e.props['jurisdiction'] === jurisdiction;
  const counted = dataset.entities.filter((e) => {
    if (e.kind === 'INSTITUTION') return true;
    if (e.kind === 'PROVISION') {
      const act = actOf(e.id);
      return act !== undefined && statute(act);
    }
    return statute(e);
  });
  return { named: counted.filter((e) => typeof e.props['name_kk'] === 'string').length, total: counted.length };
}

/** The report as the lines `data:check` prints. */
export function formatCoverageReport(report: CoverageReport): string[] {
  const percent = (part: number, whole: number) => `${part} of ${whole} (${whole ? Math.round((100 * part) / whole) : 0}%)`;
  const { links } = report;
  return [
    `Who says so, ${report.jurisdiction} in force on ${report.day} (CRC articles 1-42 by the strongest basis of their implementers):`,
    ...BASES.map((b) => articlesLine(b, report.byStrongestBasis[b])),
    articlesLine('recorded gap', report.recordedGaps),
    articlesLine('silent gap', report.silentGaps),
    `IMPLEMENTS links counted: ${links.total}; from an article of a law: ${percent(links.fromProvision, links.total)}; ` +
      `on the law's text, a State report or the Committee: ${percent(links.speakingBasis, links.total)}; ` +
      `verified: ${percent(links.verified, links.total)}`,
    `Laws, codes, their articles and institutions named in Kazakh: ${percent(report.kazakhNames.named, report.kazakhNames.total)}`,
  ];
}

function articlesLine(label: string, numbers: readonly number[]): string {
  return `  ${label.padEnd(12)} ${String(numbers.length).padStart(2)}${numbers.length ? `  ${numbers.join(' ')}` : ''}`;
}
