import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DOCS_DIR, PROJECT_ROOT } from '../../src/paths.js';

/**
 * The examples of the README and of docs/: each ```graphql block directly followed by a ```json
 * block, the query and the answer it shows. Read by the examples test (which runs each one and
 * compares) and by `npm run docs:examples` (which runs each one and can rewrite what is shown).
 * Mutations are left out: they need a token and change the graph. An example marked
 * `<!-- relationship field: ... -->` asks a field the page adds to a copy of the schema:
 * relationship-field.test.ts runs it there.
 */
export interface Example {
  file: string;
  where: string;
  query: string;
  shown: string;
  /** Where the shown answer's text starts and ends in the file. */
  shownStart: number;
  shownEnd: number;
}

export const PAGES = [
  resolve(PROJECT_ROOT, 'README.md'),
  ...readdirSync(DOCS_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(DOCS_DIR, f)),
];

export function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const blocks = [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1],
    body: m[2] ?? '',
    start: m.index,
    bodyStart: m.index + m[0].indexOf('\n') + 1,
    line: text.slice(0, m.index).split('\n').length,
  }));
  const examples: Example[] = [];
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (block.lang !== 'graphql' || next?.lang !== 'json') return;
    if (/^\s*(mutation|subscription)\b/.test(block.body)) return;
    const before = text.slice(i > 0 ? (blocks[i - 1]?.start ?? 0) : 0, block.start);
    if (before.includes('<!-- relationship field:')) return;
    examples.push({
      file,
      where: `${relative(PROJECT_ROOT, file)}:${block.line}`,
      query: block.body,
      shown: next.body,
      shownStart: next.bodyStart,
      shownEnd: next.bodyStart + next.body.length,
    });
  });
  return examples;
}

/** A page's answer is the whole `data`, its one root field's value, or (JSON Lines) that list. */
export function shownValue(shown: string): unknown {
  try {
    return JSON.parse(shown) as unknown;
  } catch {
    return shown
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as unknown);
  }
}

/** What of `data` a page shows: the whole of it when it shows `{ "<root>": ... }`, else the root's value. */
export function answerAsShown(data: Record<string, unknown>, shown: unknown): unknown {
  const roots = Object.values(data);
  const whole = !!shown && typeof shown === 'object' && !Array.isArray(shown) && Object.keys(shown).join() === Object.keys(data).join();
  return roots.length === 1 && !whole ? roots[0] : data;
}

/**
 * Full-text scores depend on the index's history (deleted documents count in its statistics), so
 * a float of the answer within 5% of the one shown counts as the one shown; all else is exact.
 */
export function alignFloats(answer: unknown, shown: unknown): unknown {
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

/**
 * The text a page shows for an answer, before formatting: JSON Lines stay JSON Lines; JSON is
 * written compact so that Prettier keeps on one line whatever fits, as the pages do.
 */
export function asShownText(answer: unknown, shown: string): string {
  const lines = !shown.trimStart().startsWith('{') && !shown.trimStart().startsWith('[');
  if (lines && Array.isArray(answer)) return answer.map((item) => JSON.stringify(item)).join('\n') + '\n';
  return JSON.stringify(answer) + '\n';
}
