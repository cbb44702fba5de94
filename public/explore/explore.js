// The explorer: search, draw a neighbourhood with Cytoscape.js, click a node to expand it and
// see its properties and sources, download the view. For looking, not editing.
import cytoscape from '/explore/vendor/cytoscape.esm.min.mjs';
import { DETAILS, NEIGHBORHOOD, SEARCH, exportUrl, graphql } from '/explore/api.js';
import { KIND_COLOURS, WITHOUT_SOURCES } from '/explore/model.js';
import { element, renderDetails } from '/explore/panel.js';
import { STYLE } from '/explore/style.js';

const $ = (selector) => document.querySelector(selector);
const MAX_GET_URL = 6000;

const cy = cytoscape({
  container: $('#graph'),
  wheelSensitivity: 0.3,
  style: STYLE,
});
// For the browser test and for curious users in the console.
window.explorer = { cy };

const state = { lang: 'EN', expanded: new Set() };

function label(data) {
  return data[state.lang.toLowerCase()] ?? data.en ?? data.id;
}

function relationTypes() {
  return $('#hide-sources').checked ? WITHOUT_SOURCES : null;
}

/** Adds a subgraph to the drawing (nodes and edges already drawn are kept) and lays it out. */
function add(subgraph) {
  const elements = [];
  for (const node of subgraph.nodes) {
    if (cy.getElementById(node.id).empty()) elements.push({ group: 'nodes', data: { ...node, label: label(node) } });
  }
  for (const edge of subgraph.edges) {
    if (cy.getElementById(edge.id).empty()) elements.push({ group: 'edges', data: { ...edge } });
  }
  cy.add(elements);
  // The legend and status may change the footer's height: settle them first, then tell
  // Cytoscape its container may have changed size, so clicks land where nodes are drawn.
  legend();
  status(subgraph.truncated);
  cy.resize();
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: false,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 90,
    nodeRepulsion: () => 12000,
    gravity: 0.4,
    padding: 30,
  }).run();
  cy.fit(undefined, 30);
}

/** One coloured dot per kind on screen. */
function legend() {
  const kinds = [...new Set(cy.nodes().map((n) => n.data('kind')))].sort();
  $('#legend').replaceChildren(
    ...kinds.map((kind) => {
      const dot = element('span', { className: 'dot' });
      dot.style.background = KIND_COLOURS[kind] ?? '#999';
      return element('li', {}, dot, kind.toLowerCase().replace('_', ' '));
    }),
  );
}

function status(truncated = false) {
  const text = `${cy.nodes().length} nodes, ${cy.edges().length} links${truncated ? ' (the last expansion was cut at 150 nodes)' : ''}`;
  $('#status').textContent = text;
  updateDownloads();
}

async function expand(id) {
  if (state.expanded.has(id)) return;
  state.expanded.add(id);
  const depth = Number($('#depth').value);
  const data = await graphql(NEIGHBORHOOD, { id, depth, types: relationTypes() });
  add(data.neighborhood);
}

async function open(id) {
  cy.elements().remove();
  state.expanded.clear();
  await expand(id);
  cy.getElementById(id).addClass('centre').select();
  await details(id);
}

async function details(id) {
  const panel = $('#panel');
  panel.setAttribute('aria-busy', 'true');
  try {
    const { node } = await graphql(DETAILS, { id, lang: state.lang });
    panel.replaceChildren(...renderDetails(node));
  } catch (error) {
    panel.replaceChildren(element('p', { className: 'error' }, String(error.message ?? error)));
  } finally {
    panel.removeAttribute('aria-busy');
  }
}

/** Download links for the nodes on screen: a GET URL, or a posted form when the URL would be too long. */
function updateDownloads() {
  const ids = cy.nodes().map((n) => n.id());
  for (const a of document.querySelectorAll('#downloads a')) {
    const url = exportUrl(a.dataset.format, ids, state.lang);
    a.href = ids.length ? url : '#';
    a.toggleAttribute('aria-disabled', ids.length === 0);
    a.dataset.post = String(url.length > MAX_GET_URL);
  }
}

function postDownload(format) {
  const form = element('form', { method: 'post', action: `/export/${format}` });
  form.append(
    element('input', {
      type: 'hidden',
      name: 'ids',
      value: cy
        .nodes()
        .map((n) => n.id())
        .join(','),
    }),
  );
  form.append(element('input', { type: 'hidden', name: 'lang', value: state.lang }));
  document.body.append(form);
  form.submit();
  form.remove();
}

async function search(text) {
  const results = $('#results');
  if (text.trim().length < 2) {
    results.hidden = true;
    return;
  }
  try {
    const data = await graphql(SEARCH, { query: text });
    results.replaceChildren(
      ...data.searchConnection.edges.map(({ node }) => {
        const item = element('li', { role: 'option', tabIndex: 0 }, element('span', { className: 'kind' }, node.kind), ' ', label(node));
        item.dataset.id = node.id;
        return item;
      }),
    );
    if (data.searchConnection.edges.length === 0) results.replaceChildren(element('li', { className: 'empty' }, 'Nothing found.'));
    results.hidden = false;
  } catch (error) {
    results.replaceChildren(element('li', { className: 'error' }, String(error.message ?? error)));
    results.hidden = false;
  }
}

let timer;
$('#search').addEventListener('input', (event) => {
  clearTimeout(timer);
  timer = setTimeout(() => void search(event.target.value), 250);
});
$('#search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void search($('#search').value);
});
$('#results').addEventListener('click', (event) => {
  const item = event.target.closest('li[data-id]');
  if (!item) return;
  $('#results').hidden = true;
  void open(item.dataset.id);
});
$('#results').addEventListener('keydown', (event) => {
  if (event.key === 'Enter') event.target.closest('li[data-id]')?.click();
});
cy.on('tap', 'node', (event) => {
  const id = event.target.id();
  void details(id);
  void expand(id);
});
$('#lang').addEventListener('change', (event) => {
  state.lang = event.target.value;
  document.documentElement.lang = state.lang.toLowerCase();
  cy.nodes().forEach((node) => node.data('label', label(node.data())));
  updateDownloads();
  const selected = cy.nodes(':selected');
  if (selected.nonempty()) void details(selected.first().id());
});
$('#downloads').addEventListener('click', (event) => {
  const a = event.target.closest('a');
  if (!a) return;
  if (cy.nodes().empty()) event.preventDefault();
  else if (a.dataset.post === 'true') {
    event.preventDefault();
    postDownload(a.dataset.format);
  }
});

const start = new URLSearchParams(location.search).get('id');
if (start) void open(start);
