import { getNamedType, isCompositeType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { withProjection, type CypherQuery } from '../db/cypher.js';
import type { Database, Row } from '../db/database.js';
import type { StatementStats } from '../db/stats.js';
import { compileProjection, type CompiledProjection } from '../projection/compile.js';
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
   * entity when the field returns a wrapper (SearchHit.entity).
   */
  async project(
    queryName: string,
    info: GraphQLResolveInfo,
    params: Record<string, unknown>,
    stats: StatementStats,
    at?: string,
  ): Promise<Row[]> {
    const query = this.query(queryName);
    const compiled = this.compile(query, info, at);
    const all = { asOf: null, ...params, ...compiled.params(info.variableValues) };
    return this.db.read(queryName, compiled.text, all, stats);
  }

  /** Rows of a query without projection. */
  async run(queryName: string, params: Record<string, unknown>, stats: StatementStats): Promise<Row[]> {
    return this.db.read(queryName, this.query(queryName).text, params, stats);
  }

  private query(name: string): CypherQuery {
    const query = this.queries.get(name);
    if (!query) throw new Error(`no cypher/queries/${name}.cypher`);
    return query;
  }

  private compile(query: CypherQuery, info: GraphQLResolveInfo, at?: string) {
    const key = info.fieldNodes[0] as FieldNode;
    let byQuery = this.compiled.get(key);
    if (!byQuery) {
      byQuery = new Map();
      this.compiled.set(key, byQuery);
    }
    const cacheKey = `${query.name}|${at ?? ''}`;
    const cached = byQuery.get(cacheKey);
    if (cached) return cached;

    const returnType = getNamedType(info.returnType);
    if (!isCompositeType(returnType)) throw new Error(`${info.fieldName} does not return an object`);
    let fields = selectFields({ schema: info.schema, fragments: info.fragments }, returnType, info.fieldNodes);
    let typeName = returnType.name;
    if (at) {
      const holders = fields.filter((f) => f.fieldName === at);
      fields = holders.flatMap((f: SelectedField) => f.children);
      const holderType = 'getFields' in returnType ? returnType.getFields()[at] : undefined;
      if (!holderType) throw new Error(`${returnType.name}.${at} does not exist`);
      typeName = getNamedType(holderType.type).name;
    }
    const projection = compileProjection(info.schema, 'n', typeName, fields);
    const result = { text: withProjection(query, projection.text), params: projection.params };
    byQuery.set(cacheKey, result);
    return result;
  }
}
