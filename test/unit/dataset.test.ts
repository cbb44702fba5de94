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
        expect.stringMatching(/^10-broken\.yaml:30: .*basis must be one of OFFICIAL, STATE_REPORT, COMMITTEE, EDITORIAL, SEED_PAPER/),
        expect.stringMatching(/^10-broken\.yaml:30: .*needs at least one source/),
        expect.stringMatching(/^10-broken\.yaml:33: .*to refers to "crc:art:99", which is not defined/),
        expect.stringMatching(/CRC articles missing from the dataset: crc:art:2, crc:art:3/),
      ]),
    );
    expect(report.errors).toBeGreaterThanOrEqual(8);
  });

  it('checks dates, ratifying acts, claims and clusters, saying where', () => {
    const report = checkDataset(fileURLToPath(new URL('../fixtures/broken-dataset', import.meta.url)));
    const messages = report.problems.map((p) => `${p.file}:${p.line}: ${p.severity}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '20-more-broken.yaml:8: error: kz:law:early: in force from 2001-01-01, before it was adopted (2002-08-08)',
        expect.stringMatching(/^20-more-broken\.yaml:15: error: .*act refers to "kz:decree:missing", which is not defined/),
        '20-more-broken.yaml:22: warning: kz|RATIFIED|crc#by-a-law-that-does-not-ratify: its act kz:law:early has no RATIFIES link to crc',
        '20-more-broken.yaml:29: error: kz|SIGNED|crc: validFrom 1994-02-16 is after validTo 1990-01-01',
        '20-more-broken.yaml:37: warning: claim about kz:law:early.adopted: "sometime in 2002" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)',
        '20-more-broken.yaml:43: warning: claim about kz:law:early.adopted: the OFFICIAL value 2002-08-09 differs from the stored 2002-08-08',
        '10-broken.yaml:10: warning: CRC articles in no reporting cluster: crc:art:1',
      ]),
    );
    // A partial date (2002-08) is a date as far as claims go.
    expect(messages.filter((m) => m.includes('20-more-broken.yaml:49'))).toEqual([]);
  });

  it('refuses a basis its sources do not bear out, saying where', () => {
    const report = checkDataset(fileURLToPath(new URL('../fixtures/broken-dataset', import.meta.url)));
    const messages = report.problems.map((p) => `${p.file}:${p.line}: ${p.severity}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^30-who-says-so\.yaml:8: error: src:a-blog: sourceType must be one of OFFICIAL_REGISTER, ACT_TEXT,/),
        expect.stringMatching(/^30-who-says-so\.yaml:19: error: .*#no-document: basis STATE_REPORT needs the document that says so/),
        expect.stringMatching(
          /^30-who-says-so\.yaml:25: error: .*: basis COMMITTEE cites CRC\/C\/XX\/1, a STATE_REPORT, not a CONCLUDING_OBSERVATIONS/,
        ),
        expect.stringMatching(
          /^30-who-says-so\.yaml:32: error: .*#no-paragraph: basis STATE_REPORT needs the "paragraph" of CRC\/C\/XX\/1/,
        ),
        expect.stringMatching(
          /^30-who-says-so\.yaml:39: error: .*#official-from-the-news: basis OFFICIAL needs at least one source that is the act's text/,
        ),
      ]),
    );
  });

  it('refuses a rename without its day or former name, or outside the institution’s life', () => {
    const report = checkDataset(fileURLToPath(new URL('../fixtures/broken-dataset', import.meta.url)));
    const messages = report.problems.map((p) => `${p.file}:${p.line}: ${p.severity}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '30-renames.yaml:4: error: kz:inst:no-rename-day: formerName is given without renamedOn, the day the present name took effect',
        '30-renames.yaml:9: error: kz:inst:no-former-name: renamedOn is given without formerName (with at least its English form)',
        '30-renames.yaml:14: error: kz:inst:renamed-after-it-ended: renamed on 2012-01-01, outside its life (2000-01-01 to 2010-12-31)',
      ]),
    );
  });

  it('reports who says so: CRC articles 1-42 by strongest basis, gaps and shares, with none silent', () => {
    const { coverage } = checkDataset(loadConfig({}, {}).dataDir, '2026-12-01');
    const covered = Object.values(coverage.byStrongestBasis).flat();
    expect([...covered, ...coverage.recordedGaps].sort((a, b) => a - b)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    expect(coverage.silentGaps).toEqual([]);
    expect(coverage.recordedGaps).toEqual([41, 42]);
    expect(coverage.links.fromProvision / coverage.links.total).toBeGreaterThanOrEqual(0.5);
    expect(coverage.links.speakingBasis / coverage.links.total).toBeGreaterThanOrEqual(0.5);
    expect(coverage.kazakhNames.named / coverage.kazakhNames.total).toBeGreaterThanOrEqual(0.9);
  });

  it('refuses addresses that are not http(s), and counts what the files mark verified', () => {
    const report = checkDataset(fileURLToPath(new URL('../fixtures/broken-dataset', import.meta.url)));
    const messages = report.problems.map((p) => `${p.file}:${p.line}: ${p.severity}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '30-addresses.yaml:3: error: src:script-address: url must be an http or https address (not javascript:)',
        '30-addresses.yaml:7: error: src:data-address: url must be an http or https address (not data:)',
      ]),
    );
    expect(messages.filter((m) => m.includes('src:web-address'))).toEqual([]);
    // Only what says verified: true is verified; the rest of the fixture says nothing.
    expect(report.verified.entities.verified).toBe(1);
    expect(report.verified.entities.unverified).toBeGreaterThan(0);
  });

  it('reports what is still missing: names by language and kind, register codes', () => {
    const report = checkDataset(loadConfig({}, {}).dataDir);
    expect(report.missingNamesByKind.ru['PROVISION'] ?? 0).toBe(0);
    expect(report.missingNames.ru.every((id) => id.startsWith('src:') || id === 'kz:inst:ngo-coalition-child-rights')).toBe(true);
    expect(report.missingRegisterCodes).toContain('kz:code:criminal-2014');
    expect(report.missingRegisterCodes).not.toContain('kz:law:education');
  });
});
