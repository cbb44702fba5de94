// What the state asks of the service: the matrix (one request), or the graph (the pinned
// entities, each expanded neighbourhood and the paths, fetched together and merged).
import { request } from './api.js';
import type { Drawing } from './graph.js';
import {
  ExplorerCoverageDocument,
  ExplorerEntitiesDocument,
  ExplorerNeighborhoodDocument,
  ExplorerPathsDocument,
  type ExplorerCoverageQuery,
} from './generated/graphql.js';
import { followedTypes, type ViewState } from './state.js';

export function loadCoverage(state: ViewState): Promise<ExplorerCoverageQuery> {
  return request(ExplorerCoverageDocument, { asOf: state.asOf, lang: state.lang });
}

const EMPTY: Drawing = { nodes: [], edges: [], truncated: false };

/**
 * The graph of the state. A part that fails (an entity not in force on the day, say) is left out
 * and its error listed in `problems`, so the rest is still drawn.
 */
export async function loadDrawing(state: ViewState): Promise<{ drawing: Drawing; problems: string[] }> {
  const types = followedTypes(state);
  const problems: string[] = [];
  const parts: Array<Promise<Drawing>> = state.expanded.map((id) =>
    request(ExplorerNeighborhoodDocument, { id, depth: state.depth, types, asOf: state.asOf }).then((data) => data.neighborhood),
  );
  if (state.ids.length) parts.push(request(ExplorerEntitiesDocument, { ids: state.ids, asOf: state.asOf }).then((data) => data.subgraph));
  if (state.from && state.to) {
    parts.push(
      request(ExplorerPathsDocument, { from: state.from, to: state.to, types, asOf: state.asOf }).then((data) => data.pathSubgraph),
    );
  }
  const answers = await Promise.all(
    parts.map((part) =>
      part.catch((error: unknown) => {
        problems.push(error instanceof Error ? error.message : String(error));
        return EMPTY;
      }),
    ),
  );
  const nodes = new Map(answers.flatMap((answer) => answer.nodes).map((node) => [node.id, node]));
  const edges = new Map(answers.flatMap((answer) => answer.edges).map((edge) => [edge.id, edge]));
  const drawing = { nodes: [...nodes.values()], edges: [...edges.values()], truncated: answers.some((answer) => answer.truncated) };
  return { drawing, problems };
}
