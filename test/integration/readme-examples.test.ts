import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignFloats, answerAsShown, examplesOf, PAGES, shownValue } from '../support/doc-examples.js';
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
    const shown = shownValue(example.shown);
    const answer = answerAsShown(response.json?.data ?? {}, shown);
    expect(alignFloats(answer, shown)).toEqual(shown);
  });
});
