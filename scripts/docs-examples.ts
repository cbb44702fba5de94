import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { alignFloats, answerAsShown, asShownText, examplesOf, PAGES, shownValue, type Example } from '../test/support/doc-examples.js';

/**
 * `npm run docs:examples [-- --url http://127.0.0.1:4000] [-- --update]`: runs every example of
 * the README and docs/ against a running service (one that holds just the dataset, as `npm start`
 * leaves it) and says which answer differs from what the page shows; with --update, writes the
 * real answers into the pages. The examples test checks the same against a fresh Neo4j.
 */
const { values } = parseArgs({
  options: { url: { type: 'string', default: 'http://127.0.0.1:4000' }, update: { type: 'boolean', default: false } },
});

const changed = new Map<string, Array<{ example: Example; text: string }>>();
let differing = 0;
for (const example of PAGES.flatMap(examplesOf)) {
  const response = await fetch(`${values.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: example.query }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) {
    console.log(`${example.where}: ERRORS ${JSON.stringify(body.errors).slice(0, 300)}`);
    differing += 1;
    continue;
  }
  const shown = shownValue(example.shown);
  const answer = answerAsShown(body.data ?? {}, shown);
  if (isDeepStrictEqual(alignFloats(answer, shown), shown)) continue;
  differing += 1;
  console.log(`${example.where}: differs`);
  const raw = asShownText(answer, example.shown);
  const options = { ...(await resolveConfig(example.file)), parser: 'json' as const };
  const text = raw.trimStart().startsWith('{') || raw.trimStart().startsWith('[') ? await format(raw, options) : raw;
  changed.set(example.file, [...(changed.get(example.file) ?? []), { example, text }]);
}
if (values.update) {
  for (const [file, edits] of changed) {
    let text = readFileSync(file, 'utf8');
    for (const { example, text: answer } of edits.sort((a, b) => b.example.shownStart - a.example.shownStart)) {
      text = text.slice(0, example.shownStart) + answer + text.slice(example.shownEnd);
    }
    writeFileSync(file, text);
  }
}
console.log(`${differing} example(s) differ${values.update && differing ? '; the pages now show the real answers' : ''}`);
process.exit(differing && !values.update ? 1 : 0);
