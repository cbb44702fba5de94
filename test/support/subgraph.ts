import { expect } from 'vitest';

interface Drawable {
  nodes: ReadonlyArray<{ id: string }>;
  edges: ReadonlyArray<{ id: string; source: string; target: string }>;
}

/** What a visualization needs of any subgraph: unique ids, and every edge's ends among the nodes. */
export function expectDrawable(subgraph: Drawable): void {
  const ids = subgraph.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  const edgeIds = subgraph.edges.map((e) => e.id);
  expect(new Set(edgeIds).size).toBe(edgeIds.length);
  const present = new Set(ids);
  for (const edge of subgraph.edges) {
    expect(present.has(edge.source), `${edge.id}: source ${edge.source} among the nodes`).toBe(true);
    expect(present.has(edge.target), `${edge.id}: target ${edge.target} among the nodes`).toBe(true);
  }
}

/** The number of Cypher statements a response reports (the test service runs with debug on). */
export function statements(body: { extensions?: Record<string, unknown> }): unknown {
  return (body.extensions?.['cypher'] as { statements?: number } | undefined)?.statements;
}
