import { LANGS } from '../model/kinds.js';
import { prepareDataset, type PreparedDataset } from './prepare.js';
import { readDataset, type Problem } from './read.js';

export interface CheckReport {
  problems: Problem[];
  errors: number;
  warnings: number;
  counts: { files: number; entities: number; links: number; claims: number };
  /** Entities with no name in a language, by language: a to-do list for translators, not an error. */
  missingNames: Record<'kk' | 'ru', string[]>;
}

const CRC_ARTICLE_COUNT = 54;

/**
 * The data check behind `npm run data:check`: everything the loader checks (syntax, ids, kinds,
 * fields, references, provenance), plus completeness: every CRC article is present.
 */
export function checkDataset(dir: string): CheckReport {
  const raw = readDataset(dir);
  const { dataset, problems } = prepareDataset(raw);
  problems.push(...completeness(dataset, raw.files[0] ?? dir));
  const missingNames = { kk: [] as string[], ru: [] as string[] };
  for (const entity of dataset.entities) {
    for (const lang of LANGS) {
      if (lang !== 'en' && typeof entity.props[`name_${lang}`] !== 'string') missingNames[lang].push(entity.id);
    }
  }
  return {
    problems,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    counts: { files: raw.files.length, entities: dataset.entities.length, links: dataset.links.length, claims: dataset.claims.length },
    missingNames,
  };
}

function completeness(dataset: PreparedDataset, file: string): Problem[] {
  const ids = new Set(dataset.entities.map((e) => e.id));
  const missing: string[] = [];
  for (let n = 1; n <= CRC_ARTICLE_COUNT; n += 1) if (!ids.has(`crc:art:${n}`)) missing.push(`crc:art:${n}`);
  return missing.length
    ? [{ severity: 'error', file, line: 1, message: `CRC articles missing from the dataset: ${missing.join(', ')}` }]
    : [];
}
