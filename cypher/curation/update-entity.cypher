// Replaces an entity's properties (the checked, complete new state) and drops the links its
// `sources` and `partOf` fields stand for; create-links writes the new ones.
MATCH (n:Entity {id: $id})
SET n = $props
WITH n
CALL (n) {
  MATCH (n)-[r:SUPPORTED_BY|PART_OF]->()
  DELETE r
}
RETURN n.id AS id
