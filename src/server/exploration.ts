import type { FastifyInstance } from 'fastify';
import { registerExplorerRoutes } from './explorerRoutes.js';
import { registerExportRoutes, type ExportRouteDependencies } from './exportRoutes.js';

/** The exploration's HTTP routes: subgraph downloads (/export/<format>) and the explorer page (/explore). */
export function registerExplorationRoutes(http: FastifyInstance, deps: ExportRouteDependencies): void {
  registerExportRoutes(http, deps);
  registerExplorerRoutes(http);
}
