import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDataset } from '../data/check.js';
import { formatCoverageReport } from '../data/coverage-report.js';
import { formatProblem } from '../data/load.js';
import { loadConfig } from '../config.js';

/** `npm run data:check [-- --dir <folder>] [-- --quiet]`: checks the data files; exits 1 on any error. */
const { values } = parseArgs({ options: { dir: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
const dir = resolve(values.dir ?? loadConfig().dataDir);
const report = checkDataset(dir);

for (const problem of report.problems) console.log(formatProblem(problem));
const { files, entities, links, claims } = report.counts;
console.log(`\nChecked ${files} files in ${relative(process.cwd(), dir) || '.'}: ${entities} entities, ${links} links, ${claims} claims.`);
for (const lang of ['kk', 'ru'] as const) {
  const missing = report.missingNames[lang];
  const byKind = Object.entries(report.missingNamesByKind[lang])
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  console.log(`Names missing in ${lang === 'kk' ? 'Kazakh' : 'Russian'}: ${missing.length} of ${entities}${byKind ? ` (${byKind})` : ''}`);
  if (missing.length && !values.quiet) console.log(`  ${missing.join('\n  ')}`);
}
const { verified } = report;
console.log(
  `Verified (the files say verified: true): ${verified.entities.verified} entities, ${verified.links.verified} links; ` +
    `not verified: ${verified.entities.unverified} entities, ${verified.links.unverified} links`,
);
const codes = report.missingRegisterCodes;
console.log(`Kazakh laws and codes without an adilet register code: ${codes.length}${codes.length ? `\n  ${codes.join('\n  ')}` : ''}`);
const fromAdoption = report.startsFromAdoption;
console.log(
  `Acts in force from their adoption (entry into force not recorded): ${fromAdoption.length}${fromAdoption.length ? `\n  ${fromAdoption.join('\n  ')}` : ''}`,
);
console.log(`\n${formatCoverageReport(report.coverage).join('\n')}`);
console.log(
  report.errors
    ? `\n${report.errors} error(s), ${report.warnings} warning(s): the dataset cannot be loaded.`
    : `\nNo errors (${report.warnings} warning(s)).`,
);
process.exit(report.errors ? 1 : 0);
