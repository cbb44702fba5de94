import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { checkDataset } from '../../src/data/check.js';
import { graphql } from '../generated/index.js';
import { readCsv } from '../support/consumers.js';
import { startService, type TestService } from '../support/service.js';

/** The dataset as served says verified exactly where its files do, as `npm run data:check` counts it. */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Whole = graphql(`
  query VerifiedWhole {
    wholeGraph {
      truncated
      nodes {
        verified
      }
    }
  }
`);

const tally = (values: boolean[]) => ({ verified: values.filter(Boolean).length, unverified: values.filter((v) => !v).length });

it('answers verified for the entities and links the files mark verified: true, and only those', async () => {
  const report = checkDataset(loadConfig({}, {}).dataDir);
  expect(report.errors).toBe(0);

  const { body } = await service.query(Whole);
  expect(body.data?.wholeGraph.truncated).toBe(false);
  expect(tally(body.data!.wholeGraph.nodes.map((n) => n.verified))).toEqual(report.verified.entities);

  // Links the files write carry verified; those an entity's sources and partOf stand for do not.
  const edges = readCsv(await (await fetch(`${service.url}/export/csv-edges?all=true`)).text());
  const said = edges.filter((row) => row['verified'] !== '');
  expect(said.every((row) => row['verified'] === 'true' || row['verified'] === 'false')).toBe(true);
  expect(tally(said.map((row) => row['verified'] === 'true'))).toEqual(report.verified.links);
  expect(report.verified.entities.unverified).toBeGreaterThan(0);
});
