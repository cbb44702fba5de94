import { describe, expect, it } from 'vitest';
import { startFailure } from '../../src/neo4j-local/start.js';

/** What a user reads when the project's own Neo4j does not start: one line, never a Java stack. */
describe('startFailure', () => {
  const locked = [
    'Exception in thread "main" java.lang.RuntimeException: Error starting Neo4j database server at /x/data/databases',
    '\tat org.neo4j.graphdb.facade.DatabaseManagementServiceFactory.startDatabaseServer(DatabaseManagementServiceFactory.java:288)',
    'Caused by: org.neo4j.io.locker.FileLockException: Lock file has been locked by another process: /x/data/databases/store_lock.',
    '\tat org.neo4j.io.locker.Locker.storeLockException(Locker.java:151)',
  ].join('\n');

  it('names a locked store and its usual reason', () => {
    expect(startFailure(1, locked)).toBe(
      'Neo4j could not start: its store is locked by another Neo4j using the same folder (is `npm start` running?)',
    );
  });

  it('gives the innermost cause of any other failure, without the stack', () => {
    const stderr = [
      'Exception in thread "main" java.lang.RuntimeException: Error starting Neo4j database server',
      '\tat org.neo4j.Foo.bar(Foo.java:1)',
      'Caused by: java.net.BindException: Address already in use',
      '\tat sun.nio.ch.Net.bind(Net.java:555)',
    ].join('\n');
    const message = startFailure(1, stderr);
    expect(message).toBe('Neo4j exited during start-up with code 1: Caused by: java.net.BindException: Address already in use');
    expect(message).not.toContain('\tat ');
  });

  it('falls back to the last line written, or to the code alone', () => {
    expect(startFailure(2, 'Error: could not find or load main class\n')).toBe(
      'Neo4j exited during start-up with code 2: Error: could not find or load main class',
    );
    expect(startFailure(137, '')).toBe('Neo4j exited during start-up with code 137');
  });
});
