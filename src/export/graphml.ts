import type { Language } from '../model/languages.js';
import type { SubgraphRow } from '../read/rows.js';
import { asText, columnType, tables, type Attributes, type AttributeType } from './attributes.js';
import { xml } from './xml.js';

const GRAPHML_TYPE: Record<AttributeType, string> = {
  boolean: 'boolean',
  integer: 'long',
  double: 'double',
  string: 'string',
  liststring: 'string',
};

/**
 * GraphML 1.0 (http://graphml.graphdrawing.org/): one `<key>` per attribute with its type, a
 * directed graph, every node and edge with its `<data>`. Values missing on an element are left
 * out rather than written empty.
 */
export function toGraphml(subgraph: SubgraphRow, lang: Language): string {
  const { nodes, edges, nodeColumns, edgeColumns } = tables(subgraph, lang);
  const nodeKeys = nodeColumns.filter((c) => c !== 'id');
  const edgeKeys = edgeColumns.filter((c) => !['id', 'source', 'target'].includes(c));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((c, i) => key(`n${i}`, 'node', c, columnType(nodes, c))),
    ...edgeKeys.map((c, i) => key(`e${i}`, 'edge', c, columnType(edges, c))),
    `  <graph id="${xml(subgraph.label)}" edgedefault="directed">`,
    ...nodes.map((n) => `    <node id="${xml(asText(n['id']))}">${data(n, nodeKeys, 'n')}</node>`),
    ...edges.map(
      (e) =>
        `    <edge id="${xml(asText(e['id']))}" source="${xml(asText(e['source']))}" target="${xml(asText(e['target']))}">${data(e, edgeKeys, 'e')}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}

function key(id: string, domain: 'node' | 'edge', name: string, type: AttributeType): string {
  return `  <key id="${id}" for="${domain}" attr.name="${xml(name)}" attr.type="${GRAPHML_TYPE[type]}"/>`;
}

function data(record: Attributes, keys: readonly string[], prefix: string): string {
  return keys
    .map((column, i) => (record[column] === undefined ? '' : `<data key="${prefix}${i}">${xml(asText(record[column]))}</data>`))
    .join('');
}
