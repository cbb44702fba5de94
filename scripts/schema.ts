import { writeFile } from 'node:fs/promises';
import { SCHEMA_FILE, schemaFileText } from './schema-file.js';

/** `npm run schema`: writes schema.graphql from schema/types (see schema-file.ts). */
await writeFile(SCHEMA_FILE, await schemaFileText());
console.log(`wrote ${SCHEMA_FILE}`);
