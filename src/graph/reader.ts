import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
} from 'graphql';
import { withProjection, type CypherQuery } from '../db/cypher.js';
import type { Database, Row } from '../db/database.js';
import type { StatementStats } from '../db/stats.js';
import { READS_ALL_PROPERTIES } from '../projection/catalogue.js';
import { compileProjection, type CompiledProjection } from '../projection/compile.js';
import { propertyItems, storedProperties } from '../projection/properties.js';
import { selectFields, type SelectedField } from '../projection/selection.js';

/**
 * Runs the Cypher of one root field: the query's file from cypher/queries, with the projection
 * compiled from the request's selection in place of `{{n}}`. One root field, one statement.
 * Compiled projections are cached per field node: Apollo reuses the parsed document for the same
 * operation text, so a repeated operation costs no compilation.
 */
export class GraphReader {
  private readonly compiled = new WeakMap<FieldNode, Map<string, { text: string; params: CompiledProjection['params'] }>>();

  constructor(
    private readonly db: Database,
    private readonly queries: Map<string, CypherQuery>,
  ) {}

  /**
   * Rows of a projecting query for this resolver's field. `at` names the sub-field that holds the
   * entity when the field returns a wrapper (SearchHit.entity), a dotted path when it is deeper
   * (`edges.node` in a connection). `literals` fill `{{name}}` slots of the query with integers
   * the caller has checked (Cypher takes only literals in some places, such as a path's hop bound).
   */
  async project(
    queryName: string,
    info: GraphQLResolveInfo,
    params: Record<string, unknown>,
    stats: StatementStats,
    at?: string,
    literals: Literals = {},
  ): Promise<Row[]> {
    const query = this.query(queryName);
    const compiled = this.compile(query, info, at, literals);
    const all = { asOf: null, ...params, ...compiled.params(info.variableValues) };
    return this.db.read(queryName, compiled.text, all, stats);
  }

  /** Rows of a query without projection. */
  async run(queryName: string, params: Record<string, unknown>, stats: StatementStats): Promise<Row[]> {
    return this.db.read(queryName, this.query(queryName).text, params, stats);
  }

  /**
   * Rows of a projecting query outside GraphQL (the export routes): every entity and link comes
   * with all its stored properties (`n {.*}`, `r {.*}`), which an export writes out. (GraphQL's
   * projections fetch only the properties the selection reads, src/projection/properties.ts.)
   */
  async runPlain(queryName: string, params: Record<string, unknown>, stats: StatementStats, literals: Literals = {}): Promise<Row[]> {
    const text = withLiterals(withProjection(this.query(queryName), 'n {.*}'), literals);
    return this.db.read(queryName, text, { asOf: null, ...params }, stats);
  }

  private query(name: string): CypherQuery {
    const query = this.queries.get(name);
    if (!query) throw new Error(`no cypher/queries/${name}.cypher`);
    return query;
  }

  private compile(query: CypherQuery, info: GraphQLResolveInfo, at: string | undefined, literals: Literals) {
    const key = info.fieldNodes[0] as FieldNode;
    let byQuery = this.compiled.get(key);
    if (!byQuery) {
      byQuery = new Map();
      this.compiled.set(key, byQuery);
    }
    const cacheKey = `${query.name}|${at ?? ''}|${JSON.stringify(literals)}`;
    const cached = byQuery.get(cacheKey);
    if (cached) return cached;

    const returnType = getNamedType(info.returnType);
    if (!isCompositeType(returnType)) throw new Error(`${info.fieldName} does not return an object`);
    let fields = selectFields({ schema: info.schema, fragments: info.fragments }, returnType, info.fieldNodes);
    let typeName = returnType.name;
    const allProperties = fields.some((f) => READS_ALL_PROPERTIES[f.onType]?.includes(f.fieldName) ?? false);
    // A subgraph's or a path's links (GraphEdge): only the stored properties their selection reads.
    const edgeFields = fields.filter((f) => f.fieldName === 'edges').flatMap((f) => f.children);
    const edgeProperties =
      query.projectsEdges && !allProperties ? propertyItems(storedProperties(info.schema, edgeFields, false, () => false)) : '.*';
    let holder: GraphQLNamedType = returnType;
    for (const step of at ? at.split('.') : []) {
      fields = fields.filter((f) => f.fieldName === step).flatMap((f: SelectedField) => f.children);
      const holderField: GraphQLField<unknown, unknown> | undefined =
        isObjectType(holder) || isInterfaceType(holder) ? holder.getFields()[step] : undefined;
      if (!holderField) throw new Error(`${holder.name}.${step} does not exist`);
      holder = getNamedType(holderField.type);
      typeName = holder.name;
    }
    const projection = compileProjection(info.schema, 'n', typeName, fields, { allProperties });
    const text = withLiterals(withProjection(query, projection.text, edgeProperties), literals);
    const result = { text, params: projection.params };
    byQuery.set(cacheKey, result);
    return result;
  }
}

/** Integers for a query's `{{name}}` slots. */
export type Literals = Readonly<Record<string, number>>;

/** Fills `{{name}}` slots; a slot left unfilled, or a value that is not a safe integer, is a bug. */
function withLiterals(text: string, literals: Literals): string {
  const filled = text.replace(/\{\{(\w+)\}\}/g, (slot, name: string) => {
    const value = literals[name];
    if (value === undefined || !Number.isSafeInteger(value)) throw new Error(`no integer for ${slot}`);
    return String(value);
  });
  return filled;
}
