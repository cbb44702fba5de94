import type { TestProject } from 'vitest/node';
import type { Neo4jAccess } from './neo4j.js';
import { joinRun, leaveRun, type RunNeo4jRole } from './run-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Neo4j: the dataset, loaded once for the run. */
    neo4j: Neo4jAccess;
    /** The scratch Neo4j, for files that need a graph to themselves (test/support/scratch.ts). */
    scratchNeo4j: Neo4jAccess;
    /** The folder of the run's locks between test files (test/support/run-locks.ts). */
    runLocks: string;
  }
}

/** What each project's files use. The browser tests use the shared graph only (one writes, under its own prefix). */
const ROLES: Record<string, RunNeo4jRole[]> = {
  integration: ['shared', 'scratch'],
  browser: ['shared'],
};

/** Starts (or joins) the run's Neo4j instances for this project and tells its test files where they are. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const roles = ROLES[project.name];
  if (!roles) throw new Error(`global-setup.ts does not know the project ${project.name}: add it to ROLES`);
  const { locks, neo4j } = await joinRun(roles);
  const access = (role: RunNeo4jRole): Neo4jAccess => {
    const instance = neo4j.get(role);
    if (!instance) throw new Error(`no ${role} Neo4j for ${project.name}`);
    return instance;
  };
  project.provide('runLocks', locks);
  project.provide('neo4j', access('shared'));
  if (roles.includes('scratch')) project.provide('scratchNeo4j', access('scratch'));
  return () => leaveRun(roles);
}
