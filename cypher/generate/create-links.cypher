// One batch of generated links; both ends are found through the unique id index. The type comes
// from the model's allow-list of relationship types (src/model/relations.ts).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS written
