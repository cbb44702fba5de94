// What was last loaded: the hash of the data files and when.
OPTIONAL MATCH (m:DatasetMeta {id: 'dataset'})
RETURN m.hash AS hash, m.loadedAt AS loadedAt
