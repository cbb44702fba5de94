import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';

/**
 * Fails when the committed generated code does not match schema.graphql (someone changed the
 * schema without running `npm run codegen`). Generates in memory; writes nothing.
 */
const outputs = (await generate({ ...config, silent: true }, false)) as Array<{ filename: string; content: string }>;
let stale = 0;
for (const { filename, content } of outputs) {
  const committed = await readFile(resolve(filename), 'utf8').catch(() => '');
  if (committed !== content) {
    console.error(`${filename} is out of date with schema.graphql`);
    stale += 1;
  }
}
if (stale) {
  console.error('Run `npm run codegen` and commit the result.');
  process.exit(1);
}
console.log(`codegen: ${outputs.length} generated file(s) match schema.graphql`);
