// How the explorer draws the graph: a colour per kind of entity (KIND_COLOURS, from
// /explore/model.js), IMPLEMENTS links stand out, contested links are dashed.
import { KIND_COLOURS } from '/explore/model.js';

export const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 9,
      'text-wrap': 'ellipsis',
      'text-max-width': 120,
      'text-valign': 'bottom',
      'background-color': (node) => KIND_COLOURS[node.data('kind')] ?? '#999',
      width: 18,
      height: 18,
    },
  },
  { selector: 'node.centre', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#333' } },
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
  { selector: 'edge[status = "CONTESTED"]', style: { 'line-style': 'dashed' } },
];
