import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Database } from '../db/database.js';
import type { StatementStats } from '../db/stats.js';
import type { Catalogue } from './catalogue/build.js';
import type { ReadPlan } from './plan.js';
import { projectSelection, type RequestProjection } from './projection/request.js';
import type { Queries } from './queries.js';
import { render, type Template } from './template.js';

/** Read every stored property of every entity and link (the export routes write them all). */
export const ALL_PROPERTIES = Symbol('all properties');

/** What a statement returns: what a GraphQL field selects, or everything. */
export type Selection = GraphQLResolveInfo | typeof ALL_PROPERTIES;

const EVERYTHING: RequestProjection = { projection: 'n {.*}', edgeProperties: '.*', params: () => ({}) };

/**
 * The read path's one door to the database: a root field's plan (src/read/fields) and the
 * request's selection in, the field's value out, in one statement. The statement is the plan's
 * query file with its slots filled (template.ts); the projection is compiled from the selection
 * (src/read/projection) and cached per field node, since Apollo reuses the parsed document for the
 * same operation text: a repeated operation costs no compilation.
 */
export class Reader {
  private readonly compiled = new WeakMap<FieldNode, Map<string, { text: string; params: RequestProjection['params'] }>>();

  constructor(
    private readonly db: Database,
    private readonly queries: Queries,
    private readonly catalogue: Catalogue,
    /** The largest `first` of a paged relationship field (CRG_MAX_PAGE_SIZE). */
    private readonly maxPageSize?: number,
  ) {}

  async read<T>(plan: ReadPlan<T>, selection: Selection, stats: StatementStats): Promise<T> {
    const template = this.queries[plan.query];
    const { text, params } = this.statement(template, plan, selection);
    const variables = selection === ALL_PROPERTIES ? {} : selection.variableValues;
    const all = template.projects ? { asOf: null, ...plan.params, ...params(variables) } : plan.params;
    const rows = await this.db.read(plan.query, text, all, stats);
    return plan.result(rows);
  }

  private statement(template: Template, plan: ReadPlan<unknown>, selection: Selection) {
    const literals = plan.literals ?? {};
    if (selection === ALL_PROPERTIES || !template.projects) {
      return { text: render(template, { ...EVERYTHING, literals }), params: EVERYTHING.params };
    }
    const key = selection.fieldNodes[0] as FieldNode;
    let byPlan = this.compiled.get(key);
    if (!byPlan) {
      byPlan = new Map();
      this.compiled.set(key, byPlan);
    }
    const cacheKey = `${plan.query}|${plan.at ?? ''}|${JSON.stringify(literals)}`;
    const cached = byPlan.get(cacheKey);
    if (cached) return cached;
    const projection = projectSelection(this.catalogue, selection, plan.at, template.projectsEdges, this.maxPageSize);
    const result = { text: render(template, { ...projection, literals }), params: projection.params };
    byPlan.set(cacheKey, result);
    return result;
  }
}
