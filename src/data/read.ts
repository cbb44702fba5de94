import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** A problem found in the data files, with where it is. */
export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  message: string;
}

/** One item of a data file (an entity, link or claim) as written, with its position. */
export interface Item {
  file: string;
  line: number;
  fields: Record<string, unknown>;
}

export interface RawDataset {
  dir: string;
  files: string[];
  entities: Item[];
  links: Item[];
  claims: Item[];
  problems: Problem[];
  /** Hash of every file's name and content: the loader skips a load when it has not changed. */
  hash: string;
}

const SECTIONS = ['entities', 'links', 'claims'] as const;

/** Reads every `*.yaml` file of the folder, in name order, keeping line numbers for messages. */
export function readDataset(dir: string): RawDataset {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const dataset: RawDataset = { dir, files, entities: [], links: [], claims: [], problems: [], hash: '' };
  const hash = createHash('sha256');
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    hash.update(file).update('\0').update(text).update('\0');
    readFile(file, text, dataset);
  }
  dataset.hash = hash.digest('hex');
  return dataset;
}

function readFile(file: string, text: string, dataset: RawDataset): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  for (const error of doc.errors) {
    dataset.problems.push({ severity: 'error', file, line: lineOf(error.pos[0]), message: `YAML: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length) return;
  if (doc.contents === null) return;
  if (!isMap(doc.contents)) {
    dataset.problems.push({ severity: 'error', file, line: 1, message: 'a data file is a map with entities, links and claims' });
    return;
  }
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = lineOf(pair.key?.range[0]);
    if (!(SECTIONS as readonly string[]).includes(key)) {
      dataset.problems.push({ severity: 'error', file, line, message: `unknown section "${key}" (expected ${SECTIONS.join(', ')})` });
      continue;
    }
    if (pair.value === null) continue;
    if (!isSeq(pair.value)) {
      dataset.problems.push({ severity: 'error', file, line, message: `"${key}" must be a list` });
      continue;
    }
    for (const node of pair.value.items) {
      const itemLine = lineOf(node.range[0]);
      const value: unknown = node.toJSON();
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        dataset.problems.push({ severity: 'error', file, line: itemLine, message: `each item of "${key}" must be a map` });
        continue;
      }
      dataset[key as (typeof SECTIONS)[number]].push({ file, line: itemLine, fields: value as Record<string, unknown> });
    }
  }
}
