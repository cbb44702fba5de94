// How the graph is drawn: a colour per kind of entity (src/model/kinds.ts), IMPLEMENTS links
// stand out, contested links are dashed and red, what entered or left since the last date step is
// outlined. Filtered elements are not drawn.
import type { StylesheetJson } from 'cytoscape';
import { KIND_COLOURS, isEntityKind } from '../../model/kinds.js';

export const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 9,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'background-color': (node) => {
        const kind: unknown = node.data('kind');
        return isEntityKind(kind) ? KIND_COLOURS[kind] : '#999';
      },
      width: 18,
      height: 18,
    },
  },
  { selector: 'node.centre', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#333' } },
  { selector: 'node.end', style: { width: 26, height: 26, 'border-width': 3, 'border-color': '#b30000' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'line-color': '#bbb',
      'target-arrow-color': '#bbb',
      label: 'data(type)',
      'font-size': 6,
      color: '#777',
      'text-rotation': 'autorotate',
    },
  },
  { selector: 'edge[type = "IMPLEMENTS"]', style: { 'line-color': '#e6550d', 'target-arrow-color': '#e6550d', width: 2.5 } },
  { selector: 'edge[status = "CONTESTED"]', style: { 'line-style': 'dashed', 'line-color': '#cb181d', 'target-arrow-color': '#cb181d' } },
  { selector: '.entered', style: { 'overlay-color': '#31a354', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  { selector: '.left', style: { opacity: 0.35, 'overlay-color': '#cb181d', 'overlay-opacity': 0.3, 'overlay-padding': 6 } },
  { selector: '.filtered', style: { display: 'none' } },
];
