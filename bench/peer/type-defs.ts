import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

/** The peer's type definitions, found from the project folder (the peer's server also runs as a bundle elsewhere). */
export function readPeerTypeDefs(): string {
  return readFileSync(join(PROJECT_ROOT, 'bench', 'peer', 'type-defs.graphql'), 'utf8');
}
