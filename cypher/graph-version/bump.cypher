// The graph version changes: appended to every write transaction that changed data, so it commits
// with the change or not at all. A random value, never a counter: a store emptied and refilled
// (a restore, a test's reset) could otherwise count up to a version some cache already holds.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = randomUUID()
