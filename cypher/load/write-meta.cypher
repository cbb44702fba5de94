MERGE (m:DatasetMeta {id: 'dataset'})
SET m.hash = $hash, m.loadedAt = datetime(), m.entities = $entities, m.links = $links, m.claims = $claims
