import { readFile, writeFile } from 'node:fs/promises';
import { astFromValue, buildSchema, print, type GraphQLArgument, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { format } from 'prettier';

/**
 * `npm run docs` writes docs/reference.md, the reference of the root fields and their arguments,
 * from schema.graphql (so fields added on any branch document themselves). `npm run docs:check`
 * fails when the file is not current.
 */
const OUTPUT = 'docs/reference.md';

const schema = buildSchema(await readFile('schema.graphql', 'utf8'));
const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
  (type): type is GraphQLObjectType => type != null,
);

const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const cell = (text: string) => text.replace(/\|/g, '\\|');
/** The default as GraphQL writes it (`BOTH`, `20`, `"text"`), or '' when there is none. */
const defaultOf = (arg: GraphQLArgument) => {
  const ast = arg.defaultValue === undefined ? null : astFromValue(arg.defaultValue, arg.type);
  return ast ? print(ast) : '';
};
const argument = (arg: GraphQLArgument) => `${arg.name}: ${arg.type.toString()}${defaultOf(arg) ? ` = ${defaultOf(arg)}` : ''}`;
const signature = (field: GraphQLField<unknown, unknown>) =>
  `${field.name}${field.args.length ? `(${field.args.map(argument).join(', ')})` : ''}: ${field.type.toString()}`;

const lines = [
  '# API reference',
  '',
  '<!-- Generated from schema.graphql by `npm run docs`; do not edit by hand. -->',
  '',
  'The root fields of the GraphQL API at `/graphql`, with their arguments. Every type, field and',
  'argument is described in [`schema.graphql`](../schema.graphql) (and in GraphiQL at `/graphiql`).',
  'Example operations: [`docs/examples/`](examples/).',
];
for (const root of roots) {
  lines.push('', `## ${root.name}`);
  for (const field of Object.values(root.getFields())) {
    lines.push('', `### \`${field.name}\``, '', '```graphql', signature(field), '```', '', oneLine(field.description));
    if (field.deprecationReason) lines.push('', `**Deprecated:** ${oneLine(field.deprecationReason)}`);
    if (field.args.length) {
      lines.push('', '| argument | type | default | meaning |', '| --- | --- | --- | --- |');
      for (const arg of field.args) {
        const fallback = defaultOf(arg) ? `\`${defaultOf(arg)}\`` : '';
        lines.push(`| \`${arg.name}\` | \`${arg.type.toString()}\` | ${fallback} | ${cell(oneLine(arg.description))} |`);
      }
    }
  }
}
const text = await format(lines.join('\n'), { parser: 'markdown', filepath: OUTPUT });

if (process.argv.includes('--check')) {
  const committed = await readFile(OUTPUT, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error(`${OUTPUT} is out of date with schema.graphql. Run \`npm run docs\` and commit the result.`);
    process.exitCode = 1;
  } else {
    console.log(`docs: ${OUTPUT} matches schema.graphql`);
  }
} else {
  await writeFile(OUTPUT, text);
  console.log(`wrote ${OUTPUT}`);
}
