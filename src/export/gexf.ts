import type { Language } from '../model/languages.js';
import type { SubgraphRow } from '../read/rows.js';
import { asText, columnType, tables, type Attributes, type AttributeType } from './attributes.js';
import { xml } from './xml.js';

const GEXF_TYPE: Record<AttributeType, string> = {
  boolean: 'boolean',
  integer: 'long',
  double: 'double',
  string: 'string',
  liststring: 'liststring',
};

/**
 * GEXF 1.3 (https://gexf.net), Gephi's format: declared node and edge attributes with their
 * types, a static directed graph, `label` on every node and edge (the name in the language
 * asked; the relation type), the other attributes as `attvalues`.
 */
export function toGexf(subgraph: SubgraphRow, lang: Language): string {
  const { nodes, edges, nodeColumns, edgeColumns } = tables(subgraph, lang);
  const nodeKeys = nodeColumns.filter((c) => !['id', 'label'].includes(c));
  const edgeKeys = edgeColumns.filter((c) => !['id', 'source', 'target', 'label'].includes(c));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta><creator>child-rights-graph</creator><description>${xml(subgraph.label)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    attributes('node', nodeKeys, nodes),
    attributes('edge', edgeKeys, edges),
    '    <nodes>',
    ...nodes.map((n) => `      <node id="${xml(asText(n['id']))}" label="${xml(asText(n['label']))}">${values(n, nodeKeys)}</node>`),
    '    </nodes>',
    '    <edges>',
    ...edges.map(
      (e) =>
        `      <edge id="${xml(asText(e['id']))}" source="${xml(asText(e['source']))}" target="${xml(asText(e['target']))}" label="${xml(asText(e['label']))}">${values(e, edgeKeys)}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ];
  return lines.join('\n');
}

function attributes(domain: 'node' | 'edge', keys: readonly string[], records: readonly Attributes[]): string {
  const declared = keys.map((c, i) => `<attribute id="${i}" title="${xml(c)}" type="${GEXF_TYPE[columnType(records, c)]}"/>`);
  return `    <attributes class="${domain}">${declared.join('')}</attributes>`;
}

function values(record: Attributes, keys: readonly string[]): string {
  const present = keys.flatMap((c, i) => (record[c] === undefined ? [] : [`<attvalue for="${i}" value="${xml(asText(record[c]))}"/>`]));
  return present.length ? `<attvalues>${present.join('')}</attvalues>` : '';
}
