// The model version the store records (null before release 0.3.0), and whether it holds anything
// (the graph version's node, src/db/graph-version.ts, is bookkeeping, not data).
OPTIONAL MATCH (m:StoreModel {id: 'store'})
RETURN m.version AS version, EXISTS { MATCH (n) WHERE NOT n:StoreModel AND NOT n:GraphVersion } AS hasData
