// Re-derives, after a curated write, the dates the loader derives from the files
// (src/data/derive-ends.ts and inherit-dates.ts; the rule is src/model/in-force.ts), because
// update-entity replaces all of an entity's properties and a new successor ends its predecessor:
//   supersededTo: the day before the earliest successor that REPLACES or REPEALS the entity starts
//                 (the link's date, else the successor's validFrom, else its adoption);
//   inheritedFrom / inheritedTo: the nearest enclosing entity's own start / end, for a part
//                 without its own.
// For the entities $ids, the entities they replace or repeal, and everything part of those.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[:REPLACES|REPEALS]->(ended:Entity)
WITH collect(DISTINCT e) + collect(DISTINCT ended) AS roots
UNWIND roots AS root
OPTIONAL MATCH (part:Entity)-[:PART_OF*1..12]->(root)
WITH roots, collect(DISTINCT part) AS parts
UNWIND roots + parts AS n
WITH DISTINCT n
CALL (n) {
  OPTIONAL MATCH (n)<-[r:REPLACES|REPEALS]-(successor:Entity)
  WITH min(coalesce(r.date, successor.validFrom, successor.adopted)) AS start
  SET n.supersededTo = start - duration({days: 1})
}
WITH collect(n) AS nodes
UNWIND nodes AS n
CALL (n) {
  OPTIONAL MATCH p = (n)-[:PART_OF*1..12]->(a:Entity)
  WHERE coalesce(a.validFrom, a.adopted, a.date) IS NOT NULL
  WITH coalesce(a.validFrom, a.adopted, a.date) AS start ORDER BY length(p) LIMIT 1
  RETURN start
}
CALL (n) {
  OPTIONAL MATCH p = (n)-[:PART_OF*0..12]->(a:Entity)
  WHERE coalesce(a.validTo, a.supersededTo) IS NOT NULL
  WITH coalesce(a.validTo, a.supersededTo) AS end ORDER BY length(p) LIMIT 1
  RETURN end
}
SET n.inheritedFrom = CASE WHEN coalesce(n.validFrom, n.adopted, n.date) IS NULL THEN start END,
    n.inheritedTo = CASE WHEN n.validTo IS NULL AND EXISTS { (n)-[:PART_OF]->() } THEN end END
RETURN count(n) AS derived
