import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/export/csv.js';
import { exportSubgraph, EXPORT_FORMATS, formatOfSlug } from '../../src/export/index.js';
import type { SubgraphRow } from '../../src/read/rows.js';
import { readCsv, readCytoscape, readGexf, readGraphml } from '../support/consumers.js';

/** Text that breaks naive writers: XML and CSV specials, quotes, newlines, a control character, other scripts. */
const NASTY = 'Law "On <Education>" & \'care\', part 1;\nline two\u0001 — Закон «Об образовании» 😀';

const SUBGRAPH: SubgraphRow = {
  label: 'test:nasty#1',
  truncated: true,
  nodes: [
    {
      id: 'kz:law:a',
      kind: 'LAW',
      name_en: NASTY,
      name_ru: 'Закон',
      aliases: ['adilet:Z1', 'a, "b"'],
      verified: true,
      adopted: '2007-07-27',
      '@sources': [],
    },
    { id: 'crc:art:1', kind: 'PROVISION', name_en: 'Definition of the child', position: 1, verified: false, aliasText: 'internal' },
    { id: 'src:x', kind: 'SOURCE', name_en: 'A source', year: 2024, score: 0.5 },
  ],
  edges: [
    {
      id: 'kz:law:a|IMPLEMENTS|crc:art:1',
      __type: 'IMPLEMENTS',
      __from: 'kz:law:a',
      __to: 'crc:art:1',
      basis: 'EDITORIAL',
      note: NASTY,
      sources: ['src:x'],
    },
    // A second link between the same two entities (another version of the claim).
    {
      id: 'kz:law:a|IMPLEMENTS|crc:art:1#paper',
      __type: 'IMPLEMENTS',
      __from: 'kz:law:a',
      __to: 'crc:art:1',
      basis: 'SEED_PAPER',
      sources: [],
    },
    { id: 'kz:law:a|SUPPORTED_BY|src:x', __type: 'SUPPORTED_BY', __from: 'kz:law:a', __to: 'src:x' },
  ],
};

const CLEAN = NASTY.replace('\u0001', '');

describe('exports, read back by their consumers', () => {
  it('Cytoscape.js loads the JSON with every node and edge and their data', () => {
    const file = exportSubgraph(SUBGRAPH, 'CYTOSCAPE_JSON', 'RU');
    const cy = readCytoscape(file.content);
    expect(cy.nodes()).toHaveLength(3);
    expect(cy.edges()).toHaveLength(3);
    expect(cy.$id('kz:law:a').data()).toMatchObject({ label: 'Закон', kind: 'LAW', name_en: NASTY, aliases: ['adilet:Z1', 'a, "b"'] });
    expect(cy.$id('crc:art:1').data('aliasText')).toBeUndefined();
    expect(cy.$id('kz:law:a').data('@sources')).toBeUndefined();
    const edge = cy.$id('kz:law:a|IMPLEMENTS|crc:art:1');
    expect(edge.source().id()).toBe('kz:law:a');
    expect(edge.target().id()).toBe('crc:art:1');
    expect(edge.data()).toMatchObject({ relation: 'IMPLEMENTS', basis: 'EDITORIAL', sources: ['src:x'] });
    expect(JSON.parse(file.content)).toMatchObject({ data: { truncated: true } });
  });

  it('graphology reads the GraphML, with typed attributes and parallel edges', () => {
    const graph = readGraphml(exportSubgraph(SUBGRAPH, 'GRAPHML', 'EN').content);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('kz:law:a')).toMatchObject({ label: CLEAN, kind: 'LAW', verified: true, adopted: '2007-07-27' });
    expect(JSON.parse(graph.getNodeAttribute('kz:law:a', 'aliases') as string)).toEqual(['adilet:Z1', 'a, "b"']);
    expect(graph.getNodeAttributes('crc:art:1')).toMatchObject({ position: 1, verified: false });
    expect(graph.getNodeAttribute('src:x', 'score')).toBe(0.5);
    expect(graph.edges('kz:law:a', 'crc:art:1')).toHaveLength(2);
    expect(graph.getEdgeAttributes('kz:law:a|IMPLEMENTS|crc:art:1')).toMatchObject({ relation: 'IMPLEMENTS', note: CLEAN });
    expect(graph.source('kz:law:a|SUPPORTED_BY|src:x')).toBe('kz:law:a');
  });

  it('graphology reads the GEXF, lists as lists', () => {
    const graph = readGexf(exportSubgraph(SUBGRAPH, 'GEXF', 'EN').content);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('kz:law:a')).toMatchObject({ label: CLEAN, kind: 'LAW', verified: true });
    expect(graph.getNodeAttribute('kz:law:a', 'aliases')).toEqual(['adilet:Z1', 'a, "b"']);
    expect(graph.getNodeAttribute('crc:art:1', 'position')).toBe(1);
    expect(graph.getEdgeAttributes('kz:law:a|IMPLEMENTS|crc:art:1')).toMatchObject({
      label: 'IMPLEMENTS',
      basis: 'EDITORIAL',
      sources: ['src:x'],
    });
    expect(graph.edges('kz:law:a', 'crc:art:1')).toHaveLength(2);
  });

  it('csv-parse reads the node and edge CSV, one row each, every value intact', () => {
    const nodes = readCsv(exportSubgraph(SUBGRAPH, 'CSV_NODES', 'EN').content);
    expect(nodes.map((n) => n['id'])).toEqual(['kz:law:a', 'crc:art:1', 'src:x']);
    expect(nodes[0]).toMatchObject({ label: NASTY, kind: 'LAW', verified: 'true' });
    expect(JSON.parse(nodes[0]!['aliases']!)).toEqual(['adilet:Z1', 'a, "b"']);
    expect(Object.keys(nodes[0]!)).not.toContain('aliasText');
    const edges = readCsv(exportSubgraph(SUBGRAPH, 'CSV_EDGES', 'EN').content);
    expect(edges).toHaveLength(3);
    expect(edges[0]).toMatchObject({ source: 'kz:law:a', target: 'crc:art:1', relation: 'IMPLEMENTS', note: NASTY });
  });

  it('puts a quote before a CSV text cell that a spreadsheet would run as a formula, and only there', () => {
    for (const text of ['=1+2', '+1', '-5', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(text)).toBe(`'${text}`);
    for (const text of ['a=1', ' =1', "'=1", 'Закон', '']) expect(csvCell(text)).toBe(text);
    // Numbers stored as numbers stay numbers; lists are JSON and start with a bracket.
    expect([csvCell(-5), csvCell(3), csvCell(true), csvCell(['=x'])]).toEqual(['-5', '3', 'true', '["=x"]']);
    const rows = readCsv(
      exportSubgraph({ ...SUBGRAPH, nodes: [{ ...SUBGRAPH.nodes[0]!, name_en: '=HYPERLINK("x")', position: -1 }] }, 'CSV_NODES', 'EN')
        .content,
    );
    expect(rows[0]).toMatchObject({ label: `'=HYPERLINK("x")`, name_en: `'=HYPERLINK("x")`, position: '-1' });
  });

  it('names files after the subgraph, safely, with the format extension and content type', () => {
    const file = exportSubgraph(SUBGRAPH, 'GRAPHML', 'EN');
    expect(file.filename).toBe('test_nasty_1.graphml');
    expect(file.contentType).toMatch(/^application\/graphml\+xml/);
    expect(file.bytes).toBe(Buffer.byteLength(file.content));
    expect(exportSubgraph(SUBGRAPH, 'CSV_EDGES', 'EN').filename).toBe('test_nasty_1.edges.csv');
    expect(Object.values(EXPORT_FORMATS).map((f) => formatOfSlug(f.slug))).toEqual(Object.keys(EXPORT_FORMATS));
  });

  it('writes an empty subgraph every consumer still reads', () => {
    const empty: SubgraphRow = { label: 'empty', truncated: false, nodes: [], edges: [] };
    expect(readCytoscape(exportSubgraph(empty, 'CYTOSCAPE_JSON', 'EN').content).elements()).toHaveLength(0);
    expect(readGraphml(exportSubgraph(empty, 'GRAPHML', 'EN').content).order).toBe(0);
    expect(readGexf(exportSubgraph(empty, 'GEXF', 'EN').content).order).toBe(0);
    expect(readCsv(exportSubgraph(empty, 'CSV_NODES', 'EN').content)).toEqual([]);
  });
});
