import { KIND_COLOURS } from '../model/kinds.js';
import { RELATION_TYPES } from '../model/relations.js';

/** The relation types of the bibliography: the explorer can hide them to show the law alone. */
const BIBLIOGRAPHY = ['SUPPORTED_BY', 'CITES'];

/**
 * `/explore/model.js`: what the explorer's plain ES modules need of src/model, written from it
 * when the service starts, so the page never keeps a copy of its own.
 */
export function explorerModel(): string {
  const withoutSources = RELATION_TYPES.filter((type) => !BIBLIOGRAPHY.includes(type));
  return [
    '// Written by the service from src/model (src/server/explorer-model.ts); not a file to edit.',
    '',
    '/** The colour each kind of entity is drawn in. */',
    `export const KIND_COLOURS = ${JSON.stringify(KIND_COLOURS, null, 2)};`,
    '',
    '/** Every relation type but SUPPORTED_BY and CITES: the graph without its bibliography. */',
    `export const WITHOUT_SOURCES = ${JSON.stringify(withoutSources, null, 2)};`,
    '',
  ].join('\n');
}
