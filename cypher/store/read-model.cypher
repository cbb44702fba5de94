// The model version the store records (null before release 0.3.0), and whether it holds anything.
OPTIONAL MATCH (m:StoreModel {id: 'store'})
RETURN m.version AS version, EXISTS { MATCH (n) WHERE NOT n:StoreModel } AS hasData
