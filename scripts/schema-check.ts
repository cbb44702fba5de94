import { readFile } from 'node:fs/promises';
import type { Change } from '@graphql-inspector/core';
import { buildGraphQLService } from '../src/schema/service.js';
import { compareSchemas } from './schema-changes.js';
import { SCHEMA_FILE, schemaFileText } from './schema-file.js';

/**
 * `npm run schema:check`, on the public contract:
 *   1. schema/types joins into one schema with no `extend` of a type (each type is written once,
 *      in full) and schema.graphql is that join (`npm run schema` writes it);
 *   2. every mapping directive compiles (the service would refuse to start otherwise);
 *   3. schema.graphql against the last released schema (schema/released.graphql): additions pass, a
 *      breaking change fails unless CHANGELOG.md's `## Unreleased` section names it.
 */
const joined = await schemaFileText();
if (joined !== (await readFile(SCHEMA_FILE, 'utf8'))) {
  console.error(`${SCHEMA_FILE} is not the join of schema/types: run \`npm run schema\` and commit the result.`);
  process.exit(1);
}
const { catalogue } = buildGraphQLService();
console.log(`schema: ${SCHEMA_FILE} is the join of schema/types; ${catalogue.relationFields().length} relation fields compile`);

const [released, current, changelog] = await Promise.all(
  ['schema/released.graphql', 'schema.graphql', 'CHANGELOG.md'].map((file) => readFile(file, 'utf8')),
);
const changes = await compareSchemas(released ?? '', current ?? '', changelog ?? '');
const list = (items: Change[]) => items.map((c) => `  - ${c.message}${c.path ? ` (\`${c.path}\`)` : ''}`).join('\n');

console.log(
  `schema: ${changes.safe.length} safe change(s), ${changes.dangerous.length} dangerous, ` +
    `${changes.recorded.length + changes.unrecorded.length} breaking since the last release (schema/released.graphql)`,
);
if (changes.dangerous.length) console.log(`Dangerous (allowed; clients may need to handle them):\n${list(changes.dangerous)}`);
if (changes.recorded.length) console.log(`Breaking, recorded in CHANGELOG.md:\n${list(changes.recorded)}`);
if (changes.unrecorded.length) {
  console.error(`Breaking changes not recorded in CHANGELOG.md:\n${list(changes.unrecorded)}`);
  console.error(
    'Clients written against the released schema would fail. Either keep the old field, argument or value ' +
      '(add the new one beside it and mark the old one @deprecated), or, if the break is intended, describe it ' +
      'under "## Unreleased" in CHANGELOG.md naming each path shown above in backticks, e.g. `Query.search`.',
  );
  process.exitCode = 1;
}
