import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';
import { readCsv, readCytoscape, readGexf, readGraphml } from '../support/consumers.js';
import { expectNoLeak } from '../support/leaks.js';
import { statements } from '../support/subgraph.js';

/** Downloads of any subgraph, each format read back by the tool it is written for. */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

async function download(path: string, init?: RequestInit) {
  const response = await fetch(`${service.url}${path}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

/** What a file must hold: the node and edge counts the route reports, every edge between two nodes. */
async function readAll(scope: string) {
  const files = {
    cytoscape: await download(`/export/cytoscape?${scope}`),
    graphml: await download(`/export/graphml?${scope}`),
    gexf: await download(`/export/gexf?${scope}`),
    nodes: await download(`/export/csv-nodes?${scope}`),
    edges: await download(`/export/csv-edges?${scope}`),
  };
  for (const file of Object.values(files)) {
    expect(file.status, file.text.slice(0, 200)).toBe(200);
    expect(file.headers.get('x-cypher-statements')).toBe('1');
  }
  const nodes = Number(files.graphml.headers.get('x-subgraph-nodes'));
  const edges = Number(files.graphml.headers.get('x-subgraph-edges'));
  const cy = readCytoscape(files.cytoscape.text);
  expect([cy.nodes().length, cy.edges().length]).toEqual([nodes, edges]);
  const graphml = readGraphml(files.graphml.text);
  expect([graphml.order, graphml.size]).toEqual([nodes, edges]);
  const gexf = readGexf(files.gexf.text);
  expect([gexf.order, gexf.size]).toEqual([nodes, edges]);
  const nodeRows = readCsv(files.nodes.text);
  const edgeRows = readCsv(files.edges.text);
  expect([nodeRows.length, edgeRows.length]).toEqual([nodes, edges]);
  const ids = new Set(nodeRows.map((r) => r['id']));
  for (const row of edgeRows) expect(ids.has(row['source']) && ids.has(row['target'])).toBe(true);
  return { files, cy, graphml, gexf, nodeRows, edgeRows, nodes, edges };
}

describe('GET /export/<format>', () => {
  it('exports a neighbourhood in every format, with content type and file name', async () => {
    const { files, cy, graphml, gexf, nodeRows, edgeRows } = await readAll('neighborhood=kz:law:education&depth=1&lang=RU');
    expect(files.cytoscape.headers.get('content-type')).toMatch(/^application\/json/);
    expect(files.graphml.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(files.gexf.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    expect(files.nodes.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(files.graphml.headers.get('content-disposition')).toBe('attachment; filename="neighborhood-kz_law_education-depth1.graphml"');
    expect(files.edges.headers.get('content-disposition')).toMatch(/filename=".+\.edges\.csv"/);
    // Labels in the language asked, everywhere.
    expect(cy.$id('kz:law:education').data('label')).toBe('Закон «Об образовании»');
    expect(graphml.getNodeAttribute('kz:law:education', 'label')).toBe('Закон «Об образовании»');
    expect(gexf.getNodeAttribute('kz:law:education', 'label')).toBe('Закон «Об образовании»');
    expect(nodeRows[0]).toMatchObject({ id: 'kz:law:education', label: 'Закон «Об образовании»', kind: 'LAW' });
    // Typed attributes survive: dates as text, booleans as booleans.
    expect(graphml.getNodeAttributes('kz:law:education')).toMatchObject({ adopted: '2007-07-27', verified: true, kind: 'LAW' });
    expect(gexf.getNodeAttribute('kz:law:education', 'aliases')).toContain('adilet:Z070000319_');
    const implementsLinks = edgeRows.filter((r) => r['source'] === 'kz:law:education' && r['relation'] === 'IMPLEMENTS');
    expect(implementsLinks.length).toBeGreaterThan(0);
    expect(JSON.parse(implementsLinks[0]!['sources']!)).toEqual(expect.any(Array));
  });

  it('exports the whole graph: every entity and every link between entities', async () => {
    const { nodes, edges, gexf } = await readAll('all=true');
    const [counts] = await service.db.read(
      'test:counts',
      'MATCH (n:Entity) WITH count(n) AS nodes RETURN nodes, COUNT { MATCH (:Entity)-[r]->(:Entity) } AS edges',
    );
    expect([nodes, edges]).toEqual([counts!['nodes'], counts!['edges']]);
    expect(gexf.hasNode('crc:art:19')).toBe(true);
  });

  it('exports an id set and the shortest paths', async () => {
    const ids = await readAll('ids=crc,crc:art:19,kz:law:rights-of-child');
    expect(ids.nodes).toBe(3);
    const paths = await readAll('from=kz:law:education&to=kz:challenge:abuse-and-neglect&relationTypes=IMPLEMENTS,ADDRESSES&maxHops=4');
    expect(paths.graphml.hasNode('kz:law:education') && paths.graphml.hasNode('kz:challenge:abuse-and-neglect')).toBe(true);
  });

  it('keeps only the asked relation types between an id set (the explorer hides some)', async () => {
    const scope = 'ids=kz:law:education,kz:law:education:art:8,crc:art:28';
    const every = await readAll(scope);
    const types = new Set(every.edgeRows.map((r) => r['relation']));
    expect(types.has('PART_OF') && types.has('IMPLEMENTS')).toBe(true);
    const implementsOnly = await readAll(`${scope}&relationTypes=IMPLEMENTS`);
    expect(implementsOnly.nodes).toBe(every.nodes);
    expect(new Set(implementsOnly.edgeRows.map((r) => r['relation']))).toEqual(new Set(['IMPLEMENTS']));
    expect(implementsOnly.edges).toBe(every.edgeRows.filter((r) => r['relation'] === 'IMPLEMENTS').length);
  });

  it('takes a posted form (the explorer sends long id sets this way)', async () => {
    const body = new URLSearchParams({ ids: 'crc,crc:art:1,crc:art:2', lang: 'KK' });
    const response = await download('/export/csv-nodes', { method: 'POST', body });
    expect(response.status).toBe(200);
    expect(readCsv(response.text).map((r) => r['id'])).toEqual(['crc', 'crc:art:1', 'crc:art:2']);
  });

  it('says when a limit cut the export', async () => {
    const response = await download('/export/graphml?all=true&limit=5');
    expect(response.headers.get('x-subgraph-truncated')).toBe('true');
    expect(readGraphml(response.text).order).toBe(5);
  });

  it.each([
    ['/export/pdf?all=true', 400, 'format'],
    ['/export/graphml', 400, 'scope'],
    ['/export/graphml?all=true&ids=crc', 400, 'scope'],
    ['/export/graphml?neighborhood=crc&depth=4', 400, 'depth'],
    ['/export/graphml?neighborhood=crc&depth=two', 400, 'depth'],
    ['/export/graphml?neighborhood=crc&limit=5001', 400, 'limit'],
    ['/export/graphml?neighborhood=crc&relationTypes=LIKES', 400, 'relationTypes'],
    ['/export/graphml?neighborhood=crc&kinds=LAW,ROBOT', 400, 'kinds'],
    ['/export/graphml?from=crc&to=kz&maxHops=7', 400, 'maxHops'],
    ['/export/graphml?from=crc', 400, 'to'],
    ['/export/graphml?ids=', 400, 'ids'],
    ['/export/graphml?ids=a%20b', 400, 'ids'],
    ['/export/graphml?all=true&lang=FR', 400, 'lang'],
    ['/export/graphml?neighborhood=kz:law:no-such-law', 404, undefined],
    ['/export/graphml?ids=crc,kz:law:no-such-law', 404, undefined],
  ])('answers %s with %i and a JSON error, never a 500', async (path, status, argument) => {
    const response = await download(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const { error } = JSON.parse(response.text) as { error: Record<string, unknown> };
    expect(error['code']).toBe(status === 400 ? 'BAD_USER_INPUT' : 'NOT_FOUND');
    if (argument) {
      expect(error['argument']).toBe(argument);
      expect(typeof error['allowed']).toBe('string');
    }
    expectNoLeak(response);
  });
});

const NeighborhoodExport = graphql(`
  query NeighborhoodExport($format: ExportFormat!) {
    neighborhood(id: "crc:art:19", depth: 2) {
      nodeCount
      edgeCount
      export(format: $format, lang: KK) {
        format
        filename
        contentType
        content
        bytes
      }
    }
  }
`);

describe('Subgraph.export in GraphQL', () => {
  it('gives the same files, read back by their consumers, with no extra statement', async () => {
    const graphml = (await service.query(NeighborhoodExport, { format: 'GRAPHML' })).body;
    expect(statements(graphml)).toBe(1);
    const { nodeCount, edgeCount, export: file } = graphml.data!.neighborhood;
    expect(file).toMatchObject({ format: 'GRAPHML', filename: 'neighborhood-crc_art_19-depth2.graphml' });
    expect(file.bytes).toBe(Buffer.byteLength(file.content));
    const graph = readGraphml(file.content);
    expect([graph.order, graph.size]).toEqual([nodeCount, edgeCount]);

    const cytoscape = (await service.query(NeighborhoodExport, { format: 'CYTOSCAPE_JSON' })).body.data!.neighborhood.export;
    expect(readCytoscape(cytoscape.content).nodes()).toHaveLength(nodeCount);
    const gexf = (await service.query(NeighborhoodExport, { format: 'GEXF' })).body.data!.neighborhood.export;
    expect(readGexf(gexf.content).size).toBe(edgeCount);
    const csv = (await service.query(NeighborhoodExport, { format: 'CSV_EDGES' })).body.data!.neighborhood.export;
    expect(readCsv(csv.content)).toHaveLength(edgeCount);
  });
});
