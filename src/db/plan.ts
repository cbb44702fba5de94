/**
 * Query plans as plain trees, from the driver's `summary.plan` (EXPLAIN) or `summary.profile`
 * (PROFILE), and the checks the plan tests make on them. Operators come without Neo4j's
 * `@neo4j` suffix, so `NodeUniqueIndexSeek`, not `NodeUniqueIndexSeek@neo4j`.
 */
export interface PlanNode {
  operator: string;
  /** The operator's `Details` argument: which index, which predicate. */
  details: string;
  identifiers: string[];
  /** PROFILE only: database hits and rows of this operator. */
  dbHits?: number;
  rows?: number;
  children: PlanNode[];
}

/** Operators that read a whole label, type or store instead of seeking an index. */
const SCANS =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|NodeIndexScan|NodeIndexContainsScan|NodeIndexEndsWithScan|(Directed|Undirected)(AllRelationshipsScan|RelationshipTypeScan|RelationshipIndexScan|UnionRelationshipTypesScan))$/;

/**
 * Leaves that do not read the graph: `Argument` passes rows in from an enclosing query (a COLLECT
 * subquery starts there), `Unwind` turns a list (of ids, say) into rows, and the count-store reads
 * take one stored counter (a hub page weighs the article's links against all of their type's).
 */
const PASS_THROUGH = new Set(['Argument', 'Unwind', 'RelationshipCountFromCountStore', 'NodeCountFromCountStore']);

export function walk(plan: PlanNode): PlanNode[] {
  return [plan, ...plan.children.flatMap(walk)];
}

/** Where the query reads the graph from: the leaves of the plan that are not subquery arguments. */
export function startOperators(plan: PlanNode): PlanNode[] {
  return walk(plan).filter((node) => node.children.length === 0 && !PASS_THROUGH.has(node.operator));
}

/** Every operator that scans rather than seeks. An id-anchored query must have none. */
export function scans(plan: PlanNode): PlanNode[] {
  return walk(plan).filter((node) => SCANS.test(node.operator));
}

export function totalDbHits(plan: PlanNode): number {
  return walk(plan).reduce((sum, node) => sum + (node.dbHits ?? 0), 0);
}

/** One line per operator, indented by depth: for failure messages and the benchmark report. */
export function formatPlan(plan: PlanNode, depth = 0): string {
  const hits = plan.dbHits === undefined ? '' : ` (dbHits ${plan.dbHits}, rows ${plan.rows ?? 0})`;
  const line = `${'  '.repeat(depth)}${plan.operator}${plan.details ? ` ${plan.details}` : ''}${hits}`;
  return [line, ...plan.children.map((child) => formatPlan(child, depth + 1))].join('\n');
}

/** The shape of the driver's `Plan` and `ProfiledPlan` (structurally, so this file needs no driver import). */
export interface DriverPlan {
  operatorType: string;
  identifiers: string[];
  arguments: Record<string, unknown>;
  dbHits?: number;
  rows?: number;
  children: DriverPlan[];
}

export function fromDriverPlan(plan: DriverPlan, profiled: boolean): PlanNode {
  const details = plan.arguments['Details'];
  return {
    operator: plan.operatorType.replace(/@.*$/, ''),
    details: typeof details === 'string' ? details : '',
    identifiers: plan.identifiers,
    ...(profiled ? { dbHits: Number(plan.dbHits ?? 0), rows: Number(plan.rows ?? 0) } : {}),
    children: plan.children.map((child) => fromDriverPlan(child, profiled)),
  };
}
