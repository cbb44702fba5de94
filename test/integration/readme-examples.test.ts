import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_DIR, PROJECT_ROOT } from '../../src/paths.js';
import { useScratchNeo4j } from '../support/scratch.js';
import { startService, type TestService } from '../support/service.js';

/**
 * The README and the pages of docs/ show queries with their real output. Each ```graphql block
 * that is directly followed by a ```json block is run here, on the scratch Neo4j holding just the
 * dataset (the shared one has curation tests writing beside it, and their deleted documents count
 * in search scores), and its answer must be
 * the one shown. The examples are documentation, not the tests' own operations, so they go as
 * plain text, as a reader would paste them. Mutations are left out: they need a token and change
 * the graph. An example marked `<!-- relationship field: ... -->` asks a field the page adds to a
 * copy of the schema: relationship-field.test.ts runs it there.
 */
interface Example {
  where: string;
  query: string;
  shown: string;
}

const PAGES = [
  resolve(PROJECT_ROOT, 'README.md'),
  ...readdirSync(DOCS_DIR)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(DOCS_DIR, f)),
];

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const blocks = [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1],
    body: m[2] ?? '',
    start: m.index,
    line: text.slice(0, m.index).split('\n').length,
  }));
  const examples: Example[] = [];
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.lang !== 'graphql' || next?.lang !== 'json') return;
    if (/^\s*(mutation|subscription)\b/.test(block.body)) return;
    const before = text.slice(i > 0 ? (blocks[i - 1]?.start ?? 0) : 0, block.start);
    if (before.includes('<!-- relationship field:')) return;
    examples.push({ where: `${relative(PROJECT_ROOT, file)}:${block.line}`, query: block.body, shown: next.body });
  });
  return examples;
}

/** A README answer is the whole `data`, its one root field's value, or (JSON Lines) that list. */
function shownValue(shown: string): unknown {
  try {
    return JSON.parse(shown) as unknown;
  } catch {
    return shown
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as unknown);
  }
}

/**
 * Full-text scores depend on the index's history (deleted documents count in its statistics), so
 * a float of the answer within 5% of the one shown counts as the one shown; all else is exact.
 */
function alignFloats(answer: unknown, shown: unknown): unknown {
  if (typeof answer === 'number' && typeof shown === 'number' && !Number.isInteger(shown)) {
    return Math.abs(answer - shown) <= 0.05 * Math.abs(shown) ? shown : answer;
  }
  if (Array.isArray(answer) && Array.isArray(shown)) return answer.map((item, i) => alignFloats(item, shown[i]));
  if (answer && shown && typeof answer === 'object' && typeof shown === 'object') {
    const other = shown as Record<string, unknown>;
    return Object.fromEntries(Object.entries(answer).map(([key, value]) => [key, alignFloats(value, other[key])]));
  }
  return answer;
}

const examples = PAGES.flatMap(examplesOf);
const scratch = useScratchNeo4j('dataset');
let service: TestService;
beforeAll(async () => {
  service = await startService({ debug: false }, scratch.access);
});
afterAll(async () => {
  await service?.close();
});

describe('README and docs examples', () => {
  it('finds the examples (a change in the pages layout must not leave nothing checked)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s answers as shown', async (_where, example) => {
    const response = await service.post(JSON.stringify({ query: example.query }));
    expect(response.json?.errors).toBeUndefined();
    const data = response.json?.data ?? {};
    const roots = Object.values(data);
    const shown = shownValue(example.shown);
    const answer = roots.length === 1 && !isWholeData(shown, data) ? roots[0] : data;
    expect(alignFloats(answer, shown)).toEqual(shown);
  });
});

/** True when the README shows `{ "<root>": ... }` rather than the root's value. */
function isWholeData(shown: unknown, data: Record<string, unknown>): boolean {
  return !!shown && typeof shown === 'object' && !Array.isArray(shown) && Object.keys(shown).join() === Object.keys(data).join();
}
