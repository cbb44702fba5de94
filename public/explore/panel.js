// The side panel: an entity's properties and sources, built as DOM nodes (never as HTML text,
// so nothing in the data can inject markup).

export function renderDetails(node) {
  if (!node) return [element('p', {}, 'Not found.')];
  const rows = [
    ['id', node.id],
    ['kind', node.kind],
    ['number', node.number],
    ['adopted', node.adopted],
    ['register code', node.registerCode],
    ['valid from', node.validFrom],
    ['valid to', node.validTo],
    ['part of', node.partOf?.name],
    ['authors', node.authors?.join(', ')],
    ['year', node.year],
    ['venue', node.venue],
    ['aliases', node.aliases?.join(', ')],
    ['verified', node.verified ? 'yes' : 'no'],
  ].filter(([, value]) => value !== undefined && value !== null && value !== '');
  const out = [element('h2', {}, node.name)];
  if (node.summary) out.push(element('p', { className: 'summary' }, node.summary));
  const table = element('dl', { className: 'properties' });
  for (const [key, value] of rows) table.append(element('dt', {}, key), element('dd', {}, String(value)));
  out.push(table);
  if (node.url) out.push(element('p', {}, link(node.url, 'Official text')));
  if (node.note) out.push(element('p', { className: 'note' }, node.note));
  out.push(element('h3', {}, `Sources (${node.sources.length})`));
  const list = element('ul', { className: 'sources' });
  for (const source of node.sources) {
    const item = element('li', {}, source.url ? link(source.url, source.name) : source.name);
    if (source.year) item.append(` (${source.year})`);
    list.append(item);
  }
  out.push(list);
  return out;
}

export function element(tag, props = {}, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children.filter((c) => c !== undefined && c !== null));
  return el;
}

function link(href, text) {
  const a = element('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
  return /^https?:\/\//.test(href) ? a : text;
}
