import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check.js';
import { loadConfig } from '../../src/config.js';

/** `npm run data:check` as a test: the real dataset passes, a broken one fails, saying where. */
describe('data check', () => {
  it('passes on the project dataset', () => {
    const report = checkDataset(loadConfig({}, {}).dataDir);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.counts.entities).toBeGreaterThan(250);
  });

  it('fails on a deliberately broken dataset, naming file and line for each problem', () => {
    const report = checkDataset(fileURLToPath(new URL('../fixtures/broken-dataset', import.meta.url)));
    const messages = report.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^10-broken\.yaml:15: duplicate id crc:art:1 \(first defined at 10-broken\.yaml:10\)/),
        expect.stringMatching(/^10-broken\.yaml:20: kz:law:no-source: adopted must be a date written YYYY-MM-DD/),
        expect.stringMatching(/^10-broken\.yaml:20: kz:law:no-source: needs at least one source/),
        expect.stringMatching(/^10-broken\.yaml:24: kz:law:typo: unknown field "adoptd" for kind LAW/),
        expect.stringMatching(/^10-broken\.yaml:30: .*basis must be one of OFFICIAL, SEED_PAPER, EDITORIAL/),
        expect.stringMatching(/^10-broken\.yaml:30: .*needs at least one source/),
        expect.stringMatching(/^10-broken\.yaml:33: .*to refers to "crc:art:99", which is not defined/),
        expect.stringMatching(/CRC articles missing from the dataset: crc:art:2, crc:art:3/),
      ]),
    );
    expect(report.errors).toBeGreaterThanOrEqual(8);
  });
});
