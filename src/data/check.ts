import type { EntityKind } from '../model/kinds.js';
import { LANGUAGE_KEYS } from '../model/languages.js';
import { prepareDataset } from './prepare.js';
import type { PreparedDataset } from './records.js';
import { readDataset, type Problem } from './read.js';
import { consistencyProblems, crcArticleIds } from './rules.js';
import { startsFromAdoption } from './time-rules.js';
import { coverageReport, type CoverageReport } from './coverage-report.js';

export interface CheckReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  counts: { files: number; entities: number; links: number; claims: number };
  /** Entities with no name in a language, by language: a to-do list for translators, not an error. */
  missingNames: Record<'kk' | 'ru', string[]>;
  /** The same, counted by kind (SOURCE titles are rarely translated; a CRC article should be). */
  missingNamesByKind: Record<'kk' | 'ru', Partial<Record<EntityKind, number>>>;
  /** Kazakh laws and codes with no official register (adilet) code: a to-do list for researchers. */
  missingRegisterCodes: string[];
  /** Acts whose validity starts at adoption because their entry into force is not recorded. */
  startsFromAdoption: string[];
  /** Who says so for the State today: articles by strongest basis, gaps, shares. */
  coverage: CoverageReport;
  /** Entities and links the files mark `verified: true`, and the rest (stored as not verified). */
  verified: { entities: VerifiedCount; links: VerifiedCount };
}

export interface VerifiedCount {
  verified: number;
  unverified: number;
}

/**
 * The data check behind `npm run data:check`: everything the loader checks (syntax, ids, kinds,
 * fields, references, provenance), plus completeness (every CRC article present) and consistency
 * (src/data/rules.ts), and reports of what is still missing (names, register codes).
 */
export function checkDataset(dir: string, day = new Date().toISOString().slice(0, 10)): CheckReport {
  const raw = readDataset(dir);
  const { dataset, problems, origins } = prepareDataset(raw);
  const firstFile = raw.files[0] ?? dir;
  problems.push(...completeness(dataset, firstFile));
  problems.push(...consistencyProblems(dataset, origins, firstFile));
  const missingNames = { kk: [] as string[], ru: [] as string[] };
  const missingNamesByKind = { kk: {}, ru: {} } as CheckReport['missingNamesByKind'];
  for (const entity of dataset.entities) {
    for (const lang of LANGUAGE_KEYS) {
      if (lang === 'en' || typeof entity.props[`name_${lang}`] === 'string') continue;
      missingNames[lang].push(entity.id);
      missingNamesByKind[lang][entity.kind] = (missingNamesByKind[lang][entity.kind] ?? 0) + 1;
    }
  }
  const missingRegisterCodes = dataset.entities
    .filter((e) => (e.kind === 'LAW' || e.kind === 'CODE') && e.props['jurisdiction'] === 'KZ' && e.props['verified'] === true)
    .filter((e) => typeof e.props['registerCode'] !== 'string')
    .map((e) => e.id);
  return {
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    counts: { files: raw.files.length, entities: dataset.entities.length, links: dataset.links.length, claims: dataset.claims.length },
    missingNames,
    missingNamesByKind,
    missingRegisterCodes,
    startsFromAdoption: startsFromAdoption(dataset),
    coverage: coverageReport(dataset, day),
    verified: {
      entities: verifiedCount(dataset.entities),
      // The links an entity's `sources` and `partOf` stand for carry no verified of their own.
      links: verifiedCount(dataset.links.filter((l) => typeof l.props['verified'] === 'boolean')),
    },
  };
}

function completeness(dataset: PreparedDataset, file: string): Problem[] {
  const ids = new Set(dataset.entities.map((e) => e.id));
  const missing = crcArticleIds().filter((id) => !ids.has(id));
  return missing.length
    ? [{ severity: 'error', file, line: 1, message: `CRC articles missing from the dataset: ${missing.join(', ')}` }]
    : [];
}

function verifiedCount(records: readonly { props: Record<string, unknown> }[]): VerifiedCount {
  const verified = records.filter((r) => r.props['verified'] === true).length;
  return { verified, unverified: records.length - verified };
}
