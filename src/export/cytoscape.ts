import type { Language } from '../model/languages.js';
import type { SubgraphRow } from '../read/rows.js';
import { edgeAttributes, nodeAttributes } from './attributes.js';

/**
 * Cytoscape.js elements JSON, in the shape Cytoscape desktop writes (`.cyjs`): `cytoscape({
 * elements: file.elements })` or `cy.json(file)` load it. Every element's `data` holds its
 * attributes; lists stay lists.
 */
export function toCytoscapeJson(subgraph: SubgraphRow, lang: Language): string {
  return JSON.stringify({
    format_version: '1.0',
    generated_by: 'child-rights-graph',
    target_cytoscapejs_version: '~3',
    data: { name: subgraph.label, truncated: subgraph.truncated },
    elements: {
      nodes: subgraph.nodes.map((node) => ({ data: nodeAttributes(node, lang) })),
      edges: subgraph.edges.map((edge) => ({ data: edgeAttributes(edge) })),
    },
  });
}
