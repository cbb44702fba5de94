// One batch of dataset links. The type comes from the loader's allow-list of relationship types.
// Left alone: a link an editor removed (marked by a CurationRemoval), created or re-created
// (origin 'curated'), and the links that stand for a curated entity's sources and partOf.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
WITH a, b, row
WHERE
  NOT (a.origin = 'curated' AND row.type IN ['SUPPORTED_BY', 'PART_OF'])
  AND NOT EXISTS { MATCH (:CurationRemoval {id: row.id}) }
  AND NOT EXISTS { MATCH (a)-[x {id: row.id}]->(b) WHERE x.origin = 'curated' }
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS written
