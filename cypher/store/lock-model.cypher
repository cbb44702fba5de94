// Takes the write lock of the version node for this transaction: a second instance upgrading the
// same store waits here, then reads the version the first one recorded. The graph version's node
// (src/db/graph-version.ts) is bookkeeping: a store holding only it holds no data.
MERGE (m:StoreModel {id: 'store'})
SET m.lockedAt = datetime.transaction()
RETURN m.version AS version, EXISTS { MATCH (n) WHERE NOT n:StoreModel AND NOT n:GraphVersion } AS hasData
