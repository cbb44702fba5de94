// Removes one link. A link from the dataset files is also marked as removed, so the next load of
// the files does not bring it back (see docs/curation.md "Curation and the dataset files").
MATCH (a:Entity {id: $from})-[r {id: $id}]->(b:Entity)
WHERE type(r) = $type
WITH r, b, r.origin = 'dataset' AS fromDataset
DELETE r
WITH b, fromDataset
CALL (b, fromDataset) {
  WITH b, fromDataset WHERE fromDataset
  MERGE (m:CurationRemoval {id: $id})
  SET m.type = $type, m.from = $from, m.to = b.id, m.at = datetime()
}
RETURN count(*) AS deleted
