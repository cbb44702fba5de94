import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, Kind, parse, print, type DocumentNode, type GraphQLSchema } from 'graphql';
import { SCHEMA_DIR } from '../paths.js';
import { joinSchema, type SchemaFile } from './join.js';

/** The schema as the service knows it: with the mapping onto the graph, and as clients see it. */
export interface Contract {
  /** The joined types with their mapping directives: what the projection compiler reads. */
  mapped: GraphQLSchema;
  /** The public contract: the same types without the mapping (introspection, schema.graphql). */
  publicDocument: DocumentNode;
}

/**
 * Reads schema/types/*.graphql (the contract, one file per type or group of small types, in
 * file-name order) and schema/mapping.graphql (the mapping directives), joins them (join.ts)
 * and checks the result is a valid schema. `extra` adds files, for a test's copy of the schema.
 */
export function loadContract(dir = SCHEMA_DIR, extra: readonly SchemaFile[] = []): Contract {
  const typesDir = join(dir, 'types');
  const files = readdirSync(typesDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readSchemaFile(join(typesDir, file), `schema/types/${file}`));
  const mapping = readSchemaFile(join(dir, 'mapping.graphql'), 'schema/mapping.graphql');
  const joined = joinSchema([...files, ...extra]);
  const mappedDocument: DocumentNode = { kind: Kind.DOCUMENT, definitions: [...mapping.document.definitions, ...joined.definitions] };
  return { mapped: buildASTSchema(mappedDocument), publicDocument: withoutMapping(joined, mapping.document) };
}

export function readSchemaFile(path: string, name: string): SchemaFile {
  try {
    return { name, document: parse(readFileSync(path, 'utf8'), { noLocation: true }) };
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The public SDL, as schema.graphql holds it (before formatting). */
export function printContract(contract: Contract): string {
  return print(contract.publicDocument);
}

/** The types with every use of the mapping's directives removed. */
function withoutMapping(types: DocumentNode, mapping: DocumentNode): DocumentNode {
  const names = new Set(mapping.definitions.flatMap((d) => (d.kind === Kind.DIRECTIVE_DEFINITION ? [d.name.value] : [])));
  return {
    kind: Kind.DOCUMENT,
    definitions: types.definitions.map((definition) => {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) return definition;
      return {
        ...definition,
        fields: definition.fields?.map((field) => ({
          ...field,
          directives: field.directives?.filter((directive) => !names.has(directive.name.value)),
        })),
      };
    }),
  };
}
