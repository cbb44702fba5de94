import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  visit,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Context } from '../context.js';
import type { CostBudget } from './client-limits.js';

/**
 * How many items a list field is assumed to return when it has no `first` argument. A GraphQL
 * document costs nothing to send, but each list nested in another multiplies the database's
 * work: `links { to { links { to { links ... } } } }` from a hub such as `crc` walks tens of
 * thousands of paths in one Cypher statement. The sizes are typical upper values in the graph
 * (`crc` has about 60 links), keyed `Type.field` or, for every type, `field`; `first` (search,
 * history) is used when given.
 */
const LIST_SIZES: Record<string, number> = {
  links: 50,
  'Query.crcArticles': 54,
  'Query.instruments': 100,
  'Query.tokens': 100,
  // The coverage table is computed from one bounded statement: 54 articles, a handful of
  // instruments per article in one State, a few links each.
  'Coverage.articles': 54,
  'Coverage.gaps': 54,
  'ArticleCoverage.instruments': 10,
  'CoveringInstrument.links': 3,
};
const DEFAULT_LIST_SIZE = 10;

/** The cost model: 1 per field; a list of objects multiplies the cost of one item by its size. */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  // Introspection is bounded by the schema, not by the data: IDEs and codegen must keep working.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const listed = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
  if (!listed) return 1 + childComplexity;
  const first: unknown = args['first'];
  const size =
    typeof first === 'number' && first > 0
      ? first
      : (LIST_SIZES[`${type.name}.${field.name}`] ?? LIST_SIZES[field.name] ?? DEFAULT_LIST_SIZE);
  return 1 + size * childComplexity;
};

/** The estimated cost of an operation with its variables; undefined when the variables do not fit. */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string) {
  try {
    return getComplexity({
      schema,
      query: withoutSkipAndInclude(document),
      variables,
      estimators: [costEstimator],
      ...(operationName ? { operationName } : {}),
    });
  } catch (error) {
    // Too many nodes to even count: as costly as it gets. Variables that do not fit the
    // operation are left to Apollo, which refuses them with BAD_USER_INPUT before running it.
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return Infinity;
    return undefined;
  }
}

/**
 * Apollo keeps one parsed document per query text (its document store), so a repeated query
 * arrives as the same DocumentNode: its cost is kept with it, per operation name and variables
 * (the cost depends on `first`, which a variable may give). In a CPU profile of the entity lookup
 * the complexity walk was the largest cost of the service's own plugins, paid again on every
 * repeat. Bounded: a few keys per document, and variables longer than a few KB (a subgraph's
 * 2,000 ids) are not kept, their walk being cheaper than keeping them.
 */
const knownCosts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number | undefined>>>();
const COSTS_PER_DOCUMENT = 32;
const MAX_KEY_CHARS = 4_096;

export function rememberedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number | undefined {
  const key = JSON.stringify([operationName ?? null, variables]);
  if (key.length > MAX_KEY_CHARS) return operationCost(schema, document, variables, operationName);
  let bySchema = knownCosts.get(schema);
  if (!bySchema) knownCosts.set(schema, (bySchema = new WeakMap<DocumentNode, Map<string, number | undefined>>()));
  let known = bySchema.get(document);
  if (!known) bySchema.set(document, (known = new Map<string, number | undefined>()));
  if (known.has(key)) return known.get(key);
  const cost = operationCost(schema, document, variables, operationName);
  if (known.size < COSTS_PER_DOCUMENT) known.set(key, cost);
  return cost;
}

/**
 * @skip and @include are ignored: the projection compiler fetches skipped fields too (so one
 * document shape is one Cypher text), so a skipped field costs the database what it would cost.
 */
function withoutSkipAndInclude(document: DocumentNode): DocumentNode {
  return visit(document, {
    Directive: (node) => (node.name.value === 'skip' || node.name.value === 'include' ? null : undefined),
  });
}

/**
 * Refuses an operation whose estimated cost is over the limit, before it runs: HTTP 400,
 * GRAPHQL_VALIDATION_FAILED, `extensions.limit` 'cost'. A plugin rather than a validation
 * rule because the cost depends on variables (`first`), which validation does not see. With a
 * `budget`, the cost of an allowed operation is then spent from its client's budget.
 */
export function costLimitPlugin(maxCost: number, budget?: CostBudget): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        async didResolveOperation({ schema, document, request, contextValue }) {
          const cost = rememberedOperationCost(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost !== undefined && cost > maxCost) {
            throw new GraphQLError(
              `The query would cost about ${cost} (at most ${maxCost}): ask for fewer nested lists or a smaller first`,
              {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', allowed: maxCost, cost, http: { status: 400 } },
              },
            );
          }
          // The operation's estimate is spent from its client's budget for the window (429 when short).
          if (cost !== undefined) await budget?.spend(contextValue.client, cost);
        },
      }),
  };
}
