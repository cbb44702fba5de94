import type { Row } from '../db/database.js';
import { idsNotFound, notFound } from '../errors.js';
import type { EntityKind } from '../model/kinds.js';
import type { RelationType } from '../model/relations.js';
import { checkId, checkIdList, checkRange } from '../resolvers/arguments.js';
import type { Literals } from './reader.js';
import type { EdgeRow, NodeRow, PathRow, SubgraphRow } from './rows.js';

/** The bounds of the exploration queries; the node limit itself is CRG_MAX_SUBGRAPH_NODES. */
export const MAX_DEPTH = 3;
export const MAX_HOPS = 6;
export const MAX_PATHS = 10;
/** Links kept per subgraph: ten times the node maximum, so no subgraph can grow without bound. */
export const EDGES_PER_NODE = 10;

/** What to draw or export; the same scopes serve GraphQL and the HTTP export route. */
export type Scope =
  | {
      kind: 'neighborhood';
      id: string;
      depth?: number | null;
      relationTypes?: readonly RelationType[] | null;
      kinds?: readonly EntityKind[] | null;
      limit?: number | null;
    }
  | {
      kind: 'paths';
      from: string;
      to: string;
      maxHops?: number | null;
      relationTypes?: readonly RelationType[] | null;
      first?: number | null;
    }
  | { kind: 'ids'; ids: readonly string[] }
  | { kind: 'whole'; limit?: number | null };

/**
 * Runs one query file: GraphQL passes the reader's `project` (the selection's projection), the
 * export route its `runPlain` (stored properties only). Either way, one statement.
 */
export type Runner = (queryName: string, params: Record<string, unknown>, literals?: Literals) => Promise<Row[]>;

/** The subgraph a scope describes. Bad arguments: BAD_USER_INPUT; unknown ids: NOT_FOUND. */
export async function loadSubgraph(scope: Scope, run: Runner, maxNodes: number): Promise<SubgraphRow> {
  const maxEdges = maxNodes * EDGES_PER_NODE;
  switch (scope.kind) {
    case 'neighborhood': {
      const id = checkId(scope.id);
      const depth = checkRange(scope.depth ?? 1, 1, MAX_DEPTH, 'depth');
      const params = {
        id,
        depth,
        limit: checkRange(scope.limit ?? 200, 1, maxNodes, 'limit'),
        types: listOrNull(scope.relationTypes),
        kinds: listOrNull(scope.kinds),
        maxEdges,
      };
      const [row] = await run('neighborhood', params);
      if (!row) throw notFound('Entity', id);
      return subgraphOf(row, `neighborhood-${id}-depth${depth}`);
    }
    case 'paths': {
      const paths = await loadPaths(scope, run);
      return unionOf(paths, `paths-${scope.from}-${scope.to}`);
    }
    case 'ids': {
      const ids = checkIdList(scope.ids, maxNodes);
      const [row] = await run('subgraph', { ids, maxEdges });
      const missing = strings(row?.['missing']);
      if (!row || missing.length) throw idsNotFound(missing);
      return subgraphOf(row, `subgraph-${ids.length}-entities`);
    }
    case 'whole': {
      const limit = checkRange(scope.limit ?? maxNodes, 1, maxNodes, 'limit');
      const [row] = await run('wholeGraph', { limit, maxEdges });
      return subgraphOf(row ?? { nodes: [], edges: [], truncated: false }, 'graph');
    }
  }
}

/** The shortest paths between two entities, shortest first. */
export async function loadPaths(scope: Extract<Scope, { kind: 'paths' }>, run: Runner): Promise<PathRow[]> {
  const from = checkId(scope.from, 'from');
  const to = checkId(scope.to, 'to');
  const maxHops = checkRange(scope.maxHops ?? 4, 1, MAX_HOPS, 'maxHops');
  const first = checkRange(scope.first ?? 5, 1, MAX_PATHS, 'first');
  const [row] = await run('paths', { from, to, first, types: listOrNull(scope.relationTypes) }, { maxHops });
  const found = Array.isArray(row?.['found']) ? row['found'] : [];
  if (found[0] !== true) throw notFound('Entity', from);
  if (found[1] !== true) throw notFound('Entity', to);
  return (row?.['paths'] as unknown as PathRow[] | undefined) ?? [];
}

/** Several paths as one subgraph: their nodes in order of first appearance, their links once. */
export function unionOf(paths: readonly PathRow[], label: string): SubgraphRow {
  const nodes = new Map<string, NodeRow>();
  const edges = new Map<string, EdgeRow>();
  for (const path of paths) {
    for (const node of path.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of path.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  const sorted = [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes: [...nodes.values()], edges: sorted, truncated: false, label };
}

function subgraphOf(row: Row, label: string): SubgraphRow {
  return {
    nodes: (row['nodes'] as unknown as NodeRow[] | null) ?? [],
    edges: (row['edges'] as unknown as EdgeRow[] | null) ?? [],
    truncated: row['truncated'] === true,
    label,
  };
}

/** An empty filter list means "no filter", like an absent one. */
function listOrNull<T>(list: readonly T[] | null | undefined): readonly T[] | null {
  return list?.length ? list : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
