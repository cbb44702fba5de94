import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { LANGUAGES, textProperty, type Language } from '../../model/languages.js';
import { ORDERS } from './orders.js';
import type { FieldSpec, Pattern, Reads } from './specs.js';

/** The directives of schema/mapping.graphql that make a field a relation (compiled as a subquery). */
const RELATION_DIRECTIVES = ['relationship', 'linkEnd', 'reference', 'claims', 'claimedLink'] as const;

/** What the directive reader needs to know about the schema around a field. */
export interface FieldContext {
  schema: GraphQLSchema;
  /** `Entity` and the types implementing it: their nodes carry the label of the type's name. */
  entityTypes: ReadonlySet<string>;
  parentIsEntity: boolean;
  /** For messages: `Instrument.implements`. */
  name: string;
}

/** A field's mapping was written wrong: names the field and what to change. */
export class MappingError extends Error {
  override readonly name = 'MappingError';
}

/** The relation a field's directive declares, or undefined for a property field. */
export function relationOf(field: GraphQLField<unknown, unknown>, context: FieldContext): FieldSpec | undefined {
  const present = RELATION_DIRECTIVES.filter((name) => directive(field, name, context) !== undefined);
  if (present.length > 1) throw new MappingError(`${context.name} has ${present.map((d) => `@${d}`).join(' and ')}: give it one mapping`);
  const target = getNamedType(field.type);
  const isList = isListType(getNullableType(field.type));
  const isEntity = context.entityTypes.has(target.name);
  switch (present[0]) {
    case undefined:
      return undefined;
    case 'relationship':
      return relationship(field, context, target, isList, isEntity);
    case 'linkEnd': {
      if (context.parentIsEntity) throw new MappingError(`${context.name}: @linkEnd belongs on a link type's fields, not on an entity's`);
      const { end } = directive(field, 'linkEnd', context) as { end: 'FROM' | 'TO' | 'OTHER' };
      return { shape: 'endpoint', end: end === 'FROM' ? 'from' : end === 'TO' ? 'to' : 'other' };
    }
    case 'reference': {
      if (!isEntity) throw new MappingError(`${context.name}: @reference must return entities, not ${target.name}`);
      const { property } = directive(field, 'reference', context) as { property: string };
      return { shape: isList ? 'idList' : 'idRef', property, targetLabel: target.name };
    }
    case 'claims':
      return { shape: context.parentIsEntity ? 'claims' : 'linkClaims' };
    case 'claimedLink':
      if (!isObjectType(target) || isList) throw new MappingError(`${context.name}: @claimedLink must return one link`);
      return { shape: 'claimLink' };
  }
}

function relationship(
  field: GraphQLField<unknown, unknown>,
  context: FieldContext,
  target: GraphQLNamedType,
  isList: boolean,
  isEntity: boolean,
): FieldSpec {
  const values = directive(field, 'relationship', context) as {
    types?: string[];
    direction?: 'OUT' | 'IN' | 'BOTH';
    target?: string;
    order: string;
    throughProvisions: boolean;
    paged: boolean;
  };
  if (values.paged) return pagedRelationship(field, context, values);
  const hasArgument = (name: string) => field.args.some((arg) => arg.name === name);
  if (!values.types && !hasArgument('types')) throw new MappingError(`${context.name}: give @relationship(types:) or a \`types\` argument`);
  if (!values.direction && !hasArgument('direction')) {
    throw new MappingError(`${context.name}: give @relationship(direction:) or a \`direction\` argument`);
  }
  if (!isEntity && !isObjectType(target)) throw new MappingError(`${context.name}: @relationship must return entities or links`);
  if (!isEntity && !values.target) throw new MappingError(`${context.name} returns links (${target.name}): give @relationship(target:)`);
  const targetLabel = values.target ?? target.name;
  if (!context.entityTypes.has(targetLabel)) {
    throw new MappingError(`${context.name}: target "${targetLabel}" is not an entity type (${[...context.entityTypes].join(', ')})`);
  }
  const order = ORDERS[values.order];
  if (!order) throw new MappingError(`${context.name}: unknown order ${values.order}`);
  if (order.readsLink && isEntity) throw new MappingError(`${context.name} returns entities: order ${values.order} is for links`);
  const direction = values.direction ?? 'args';
  if (values.throughProvisions && direction !== 'OUT' && direction !== 'IN') {
    throw new MappingError(`${context.name}: throughProvisions needs direction OUT or IN`);
  }
  const pattern = {
    types: values.types ?? 'args',
    direction,
    targetLabel,
    throughProvisions: values.throughProvisions,
    temporal: hasArgument('asOf'),
  } as const;
  if (isEntity) return { shape: isList ? 'nodes' : 'node', pattern, order };
  return { shape: 'links', pattern, order };
}

/**
 * A paged relationship field: it returns a connection whose `edges.node` is a link type (`target`
 * names the other end's label) or an entity type, and takes `first` and `after`. One type and
 * one direction, in the order of the type's link-id index (LINK_ID), so a page is an index range.
 */
function pagedRelationship(
  field: GraphQLField<unknown, unknown>,
  context: FieldContext,
  values: { types?: string[]; direction?: string; target?: string; order: string; throughProvisions: boolean },
): FieldSpec {
  const fail = (why: string) => new MappingError(`${context.name} is paged: ${why}`);
  const [type, ...others] = values.types ?? [];
  if (!type || others.length) throw fail('give exactly one relationship type');
  const direction = values.direction;
  if (direction !== 'OUT' && direction !== 'IN') throw fail('give direction OUT or IN');
  if (values.order !== 'LINK_ID') throw fail('order must be LINK_ID (the order of the link-id index)');
  if (values.throughProvisions) throw fail('throughProvisions is not supported');
  for (const name of ['first', 'after']) if (!field.args.some((arg) => arg.name === name)) throw fail(`it needs a \`${name}\` argument`);
  const connection = getNamedType(field.type);
  const edges = isObjectType(connection) ? connection.getFields()['edges'] : undefined;
  const edge = edges ? getNamedType(edges.type) : undefined;
  const node = edge && isObjectType(edge) ? edge.getFields()['node'] : undefined;
  const hasPageFields = isObjectType(connection) && ['pageInfo', 'totalCount'].every((name) => name in connection.getFields());
  if (!node || !hasPageFields || !edge || !isObjectType(edge) || !('cursor' in edge.getFields())) {
    throw fail('it must return a connection (edges { cursor node }, pageInfo, totalCount)');
  }
  const nodeType = getNamedType(node.type).name;
  const isEntity = context.entityTypes.has(nodeType);
  if (!isEntity && !values.target) throw fail(`its nodes are links (${nodeType}): give @relationship(target:)`);
  const targetLabel = values.target ?? nodeType;
  if (!context.entityTypes.has(targetLabel)) throw fail(`target "${targetLabel}" is not an entity type`);
  const pattern: Pattern & { types: readonly [string] } = {
    types: [type],
    direction,
    targetLabel,
    throughProvisions: false,
    temporal: field.args.some((arg) => arg.name === 'asOf'),
  };
  return { shape: isEntity ? 'nodesPage' : 'linksPage', pattern, nodeType };
}

/**
 * What a property field reads, by `@reads`, when it has its own resolver: undefined when it does
 * not say (the field then reads its own name, or every property when it has a resolver).
 */
export function readsOf(field: GraphQLField<unknown, unknown>, context: FieldContext): { reads: Reads; all: boolean } | undefined {
  const values = directive(field, 'reads', context) as { properties?: string[]; text?: string; allProperties: boolean } | undefined;
  if (!values) return undefined;
  const { properties, text, allProperties } = values;
  if ([properties !== undefined, text !== undefined, allProperties].filter(Boolean).length !== 1) {
    throw new MappingError(`${context.name}: @reads takes one of properties, text and allProperties`);
  }
  if (text !== undefined) {
    const hasLang = field.args.some((arg) => arg.name === 'lang');
    return { reads: perLanguage(text, hasLang), all: false };
  }
  const list = properties ?? [];
  return { reads: () => list, all: allProperties };
}

/**
 * A text stored once per language, read by `textIn` (English when the language asked for is
 * missing, and when none is asked): `name(lang: KK)` written in the document reads `name_kk` and
 * `name_en`. With `lang` given by a variable all three are fetched, so the Cypher text never
 * depends on a variable's value.
 */
function perLanguage(field: string, hasLang: boolean): Reads {
  const all = LANGUAGES.map((lang) => textProperty(field, lang));
  return (literalArgs) => {
    if (!hasLang || !literalArgs) return all;
    const lang = typeof literalArgs['lang'] === 'string' ? (literalArgs['lang'] as Language) : 'EN';
    return [textProperty(field, lang), textProperty(field, 'EN')];
  };
}

function directive(field: GraphQLField<unknown, unknown>, name: string, context: FieldContext): Record<string, unknown> | undefined {
  const definition = context.schema.getDirective(name);
  if (!definition) throw new MappingError(`the schema has no @${name}: is schema/mapping.graphql loaded?`);
  if (!field.astNode) return undefined;
  try {
    return getDirectiveValues(definition, field.astNode);
  } catch (error) {
    throw new MappingError(`${context.name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
