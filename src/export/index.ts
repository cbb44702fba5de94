import type { Language } from '../model/languages.js';
import type { SubgraphRow } from '../read/rows.js';
import { toNodesCsv, toEdgesCsv } from './csv.js';
import { toCytoscapeJson } from './cytoscape.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';

/** The export formats: GraphQL's `ExportFormat`, the HTTP route's `/export/<slug>`. */
export const EXPORT_FORMATS = {
  CYTOSCAPE_JSON: { slug: 'cytoscape', extension: 'cyjs.json', contentType: 'application/json; charset=utf-8', write: toCytoscapeJson },
  GRAPHML: { slug: 'graphml', extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', write: toGraphml },
  GEXF: { slug: 'gexf', extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', write: toGexf },
  CSV_NODES: { slug: 'csv-nodes', extension: 'nodes.csv', contentType: 'text/csv; charset=utf-8; header=present', write: toNodesCsv },
  CSV_EDGES: { slug: 'csv-edges', extension: 'edges.csv', contentType: 'text/csv; charset=utf-8; header=present', write: toEdgesCsv },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export interface ExportFile {
  format: ExportFormat;
  filename: string;
  contentType: string;
  content: string;
  bytes: number;
}

export function formatOfSlug(slug: string): ExportFormat | undefined {
  return (Object.keys(EXPORT_FORMATS) as ExportFormat[]).find((format) => EXPORT_FORMATS[format].slug === slug);
}

/** A subgraph as a file in `format`, named after what the subgraph is. */
export function exportSubgraph(subgraph: SubgraphRow, format: ExportFormat, lang: Language): ExportFile {
  const spec = EXPORT_FORMATS[format];
  const content = spec.write(subgraph, lang);
  return {
    format,
    filename: `${fileSafe(subgraph.label)}.${spec.extension}`,
    contentType: spec.contentType,
    content,
    bytes: Buffer.byteLength(content, 'utf8'),
  };
}

/** Ids hold `:`, `/` and `#`; a file name keeps letters, digits, `.`, `_` and `-`. */
function fileSafe(label: string): string {
  return label.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120) || 'graph';
}
