import type { Row } from '../../db/database.js';
import { idsNotFound, notFound } from '../../errors.js';
import type { EntityKind } from '../../model/kinds.js';
import type { RelationType } from '../../model/relations.js';
import { checkId, checkIdList, checkRange } from '../arguments.js';
import type { ReadPlan } from '../plan.js';
import type { EdgeRow, EntityRow, PathRow, SubgraphRow } from '../rows.js';

/** The bounds of the exploration queries; the node limit itself is CRG_MAX_SUBGRAPH_NODES. */
export const MAX_DEPTH = 3;
export const MAX_HOPS = 6;
export const MAX_PATHS = 10;
/** Links kept per subgraph: ten times the node maximum, so no subgraph can grow without bound. */
export const EDGES_PER_NODE = 10;

/**
 * What to draw or export; the same scopes serve GraphQL and the HTTP export route. `asOf` (a
 * checked calendar date) keeps only entities in force that day and links in force whose both ends
 * are (the rule of src/model/in-force.ts); without it, every entity and link.
 */
export type Scope = (
  | {
      kind: 'neighborhood';
      id: string;
      depth?: number | null;
      relationTypes?: readonly RelationType[] | null;
      kinds?: readonly EntityKind[] | null;
      limit?: number | null;
    }
  | PathScope
  | { kind: 'ids'; ids: readonly string[]; relationTypes?: readonly RelationType[] | null }
  | { kind: 'whole'; limit?: number | null }
) & { asOf?: string | null };

export interface PathScope {
  kind: 'paths';
  from: string;
  to: string;
  maxHops?: number | null;
  relationTypes?: readonly RelationType[] | null;
  first?: number | null;
  asOf?: string | null;
}

/**
 * The statement of the subgraph a scope describes (its entities are `nodes` in the selection).
 * Bad arguments: BAD_USER_INPUT; unknown ids: NOT_FOUND, from the statement's answer.
 */
export function subgraphPlan(scope: Scope, maxNodes: number): ReadPlan<SubgraphRow> {
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
        asOf: scope.asOf ?? null,
      };
      return {
        query: 'neighborhood',
        params,
        at: 'nodes',
        result: ([row]) => {
          if (!row) throw notFound('Entity', id);
          return subgraphOf(row, `neighborhood-${id}-depth${depth}`);
        },
      };
    }
    case 'paths': {
      const plan = pathsPlan(scope);
      return { ...plan, result: (rows) => unionOf(plan.result(rows), `paths-${scope.from}-${scope.to}`) };
    }
    case 'ids': {
      const ids = checkIdList(scope.ids, maxNodes);
      return {
        query: 'subgraph',
        params: { ids, types: listOrNull(scope.relationTypes), maxEdges, asOf: scope.asOf ?? null },
        at: 'nodes',
        result: ([row]) => {
          const missing = strings(row?.['missing']);
          if (!row || missing.length) throw idsNotFound(missing);
          return subgraphOf(row, `subgraph-${ids.length}-entities`);
        },
      };
    }
    case 'whole': {
      const limit = checkRange(scope.limit ?? maxNodes, 1, maxNodes, 'limit');
      return {
        query: 'wholeGraph',
        params: { limit, maxEdges, asOf: scope.asOf ?? null },
        at: 'nodes',
        result: ([row]) => subgraphOf(row ?? { nodes: [], edges: [], truncated: false }, 'graph'),
      };
    }
  }
}

/** The shortest paths between two entities, shortest first. */
export function pathsPlan(scope: PathScope): ReadPlan<PathRow[]> {
  const from = checkId(scope.from, 'from');
  const to = checkId(scope.to, 'to');
  const maxHops = checkRange(scope.maxHops ?? 4, 1, MAX_HOPS, 'maxHops');
  const first = checkRange(scope.first ?? 5, 1, MAX_PATHS, 'first');
  return {
    query: 'paths',
    params: { from, to, first, types: listOrNull(scope.relationTypes), asOf: scope.asOf ?? null },
    literals: { maxHops },
    at: 'nodes',
    result: ([row]) => {
      const found = Array.isArray(row?.['found']) ? row['found'] : [];
      if (found[0] !== true) throw notFound('Entity', from);
      if (found[1] !== true) throw notFound('Entity', to);
      return (row?.['paths'] as unknown as PathRow[] | undefined) ?? [];
    },
  };
}

/** Several paths as one subgraph: their nodes in order of first appearance, their links once. */
export function unionOf(paths: readonly PathRow[], label: string): SubgraphRow {
  const nodes = new Map<string, EntityRow>();
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
    nodes: (row['nodes'] as unknown as EntityRow[] | null) ?? [],
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
