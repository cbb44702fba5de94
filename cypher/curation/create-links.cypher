// New links between existing entities; the type comes from the allow-list of relationship types
// (src/model/relations.ts). A link curation creates again is no longer marked as removed.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
WITH row
OPTIONAL MATCH (m:CurationRemoval {id: row.id})
DELETE m
RETURN count(*) AS created
