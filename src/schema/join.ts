import {
  Kind,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type NamedTypeNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';

/** A schema source file, parsed: its name (for messages) and its definitions. */
export interface SchemaFile {
  name: string;
  document: DocumentNode;
}

type Implementer = ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode;

/**
 * Joins the schema's files into one document. Each type is defined once, in full, by type: an
 * `extend type` is refused, so a type's fields never hide in another section. What an interface
 * declares is written once, on the interface: a type that implements it receives the interface's
 * fields it does not declare itself, and the interfaces the interface implements (GraphQL wants
 * both spelt out in every type). A type declaring one of those fields replaces it, to say
 * something more specific in its description, and keeps the interface field's mapping
 * directives unless it gives its own.
 */
export function joinSchema(files: readonly SchemaFile[]): DocumentNode {
  const definitions: DefinitionNode[] = [];
  for (const file of files) {
    for (const definition of file.document.definitions) {
      if (isExtension(definition)) {
        const name = 'name' in definition && definition.name ? definition.name.value : 'schema';
        throw new Error(`${file.name}: "extend" of ${name}: write its fields in the definition of ${name} itself`);
      }
      definitions.push(definition);
    }
  }
  const interfaces = new Map<string, InterfaceTypeDefinitionNode>();
  for (const definition of definitions) {
    if (definition.kind === Kind.INTERFACE_TYPE_DEFINITION) interfaces.set(definition.name.value, definition);
  }
  const resolved = new Map<string, Implementer>();
  const resolve = <T extends Implementer>(type: T, seen: readonly string[] = []): T => {
    const done = resolved.get(type.name.value);
    if (done) return done as T;
    if (seen.includes(type.name.value)) throw new Error(`interface ${type.name.value} implements itself`);
    const parents = (type.interfaces ?? []).map((named) => {
      const parent = interfaces.get(named.name.value);
      if (!parent) throw new Error(`${type.name.value} implements ${named.name.value}, which is not an interface`);
      return resolve(parent, [...seen, type.name.value]);
    });
    const result = { ...type, interfaces: allInterfaces(type, parents), fields: inheritFields(type, parents) };
    resolved.set(type.name.value, result);
    return result;
  };
  return {
    kind: Kind.DOCUMENT,
    definitions: definitions.map((d) =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION ? resolve(d) : d,
    ),
  };
}

function isExtension(definition: DefinitionNode): boolean {
  return definition.kind.endsWith('Extension');
}

/** The type's own interfaces, then those its interfaces implement, each once. */
function allInterfaces(type: Implementer, parents: readonly InterfaceTypeDefinitionNode[]): NamedTypeNode[] {
  const named = new Map<string, NamedTypeNode>();
  for (const item of [...(type.interfaces ?? []), ...parents.flatMap((p) => p.interfaces ?? [])]) {
    if (!named.has(item.name.value)) named.set(item.name.value, item);
  }
  return [...named.values()];
}

/**
 * Interfaces' fields first, in their order (the type's own version where it declares one), then
 * the type's other fields. An interface lists its own fields before those it inherits.
 */
function inheritFields(type: Implementer, parents: readonly InterfaceTypeDefinitionNode[]): FieldDefinitionNode[] {
  const own = new Map((type.fields ?? []).map((f) => [f.name.value, f]));
  const inherited = new Map<string, FieldDefinitionNode>();
  for (const parent of parents)
    for (const field of parent.fields ?? []) if (!inherited.has(field.name.value)) inherited.set(field.name.value, field);
  const merge = (field: FieldDefinitionNode): FieldDefinitionNode => {
    const mine = own.get(field.name.value);
    if (!mine) return field;
    return mine.directives?.length ? mine : { ...mine, directives: field.directives ?? [] };
  };
  const fromParents = [...inherited.values()].map(merge);
  const rest = (type.fields ?? []).filter((f) => !inherited.has(f.name.value));
  return type.kind === Kind.INTERFACE_TYPE_DEFINITION ? [...rest, ...fromParents] : [...fromParents, ...rest];
}
