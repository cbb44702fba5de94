// The graph view: Cytoscape.js over what the state puts on screen. A redraw replaces the elements
// with the new answer and marks what entered (and keeps, faded, what left) since the last one,
// so stepping through the years shows what changed.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { Language } from '../../model/languages.js';
import type { ExplorerEdgeFragment, ExplorerNodeFragment } from './generated/graphql.js';
import type { Filters } from './state.js';
import { STYLE } from './style.js';

export interface Drawing {
  nodes: ExplorerNodeFragment[];
  edges: ExplorerEdgeFragment[];
  truncated: boolean;
}

export interface Change {
  entered: number;
  left: number;
}

export function createGraph(container: HTMLElement): Core {
  return cytoscape({ container, wheelSensitivity: 0.3, style: STYLE });
}

export function label(node: Pick<ExplorerNodeFragment, 'en' | 'kk' | 'ru' | 'id'>, lang: Language): string {
  const names: Record<Language, string> = { EN: node.en, KK: node.kk, RU: node.ru };
  return names[lang] || node.en || node.id;
}

/** Replaces what is drawn. `highlight` marks entered and left elements (a date step); otherwise none are marked. */
export function draw(cy: Core, drawing: Drawing, lang: Language, highlight: boolean): Change {
  const before = new Set(
    cy
      .elements()
      .filter((element) => !element.hasClass('left'))
      .map((element) => element.id()),
  );
  const now = new Set([...drawing.nodes.map((node) => node.id), ...drawing.edges.map((edge) => edge.id)]);
  const elements: ElementDefinition[] = [
    ...drawing.nodes.map((node) => ({ group: 'nodes' as const, data: { ...node, label: label(node, lang) } })),
    ...drawing.edges.map((edge) => ({ group: 'edges' as const, data: { ...edge } })),
  ];
  const positions = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
  const leaving = highlight ? cy.elements().filter((element) => before.has(element.id()) && !now.has(element.id())) : cy.collection();
  // Nodes before edges, so each edge finds its ends.
  const ghosts: ElementDefinition[] = [...leaving.nodes(), ...leaving.edges()].map((element) => ({
    group: element.isNode() ? 'nodes' : 'edges',
    data: { ...(element.data() as ElementDefinition['data']) },
    classes: 'left',
  }));
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
    // What left stays on screen, faded, until the next step (an edge only when both its ends are still drawn).
    for (const ghost of ghosts) {
      const ends = ghost.data as { source?: string; target?: string };
      if (ghost.group === 'edges' && (cy.getElementById(ends.source ?? '').empty() || cy.getElementById(ends.target ?? '').empty()))
        continue;
      cy.add(ghost);
    }
    if (highlight && before.size > 0)
      cy.elements()
        .filter((element) => !before.has(element.id()) && !element.hasClass('left'))
        .addClass('entered');
  });
  const known = cy.nodes().filter((node) => positions.has(node.id()));
  for (const node of known) node.position(positions.get(node.id()) ?? node.position());
  layout(cy, known.length === cy.nodes().length && known.length > 0);
  return { entered: [...now].filter((id) => !before.has(id)).length, left: leaving.length };
}

/** Lays the drawing out; keeps the places of the elements already drawn when nothing new came. */
export function layout(cy: Core, unchanged = false): void {
  cy.resize();
  if (!unchanged) {
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
  }
  cy.fit(undefined, 30);
}

/** Hides the nodes of hidden kinds and the links of hidden types, bases or statuses. */
export function applyFilters(cy: Core, hide: Filters): void {
  cy.batch(() => {
    cy.elements().removeClass('filtered');
    cy.nodes()
      .filter((node) => (hide.kinds as string[]).includes(String(node.data('kind'))))
      .addClass('filtered');
    cy.edges()
      .filter((edge) => {
        const data = edge.data() as Pick<ExplorerEdgeFragment, 'type' | 'basis' | 'status'>;
        return (
          (hide.types as string[]).includes(data.type) ||
          (data.basis !== null && (hide.bases as string[]).includes(data.basis)) ||
          (data.status !== null && (hide.statuses as string[]).includes(data.status))
        );
      })
      .addClass('filtered');
  });
}

/** The entities on screen: drawn, not filtered out, not left behind by a date step. */
export function visibleIds(cy: Core): string[] {
  return cy
    .nodes(':visible')
    .filter((node) => !node.hasClass('left'))
    .map((node) => node.id());
}

export function relabel(cy: Core, lang: Language): void {
  cy.nodes().forEach((node) => {
    node.data('label', label(node.data() as ExplorerNodeFragment, lang));
  });
}
