// What an earlier load wrote but the data files no longer hold: removed, so the graph matches the
// files. Only items the loader wrote (origin 'dataset') are touched, and an entity that curated
// links still point to is kept (removing it would silently drop an editor's links).
CALL () {
  MATCH (n:Entity) WHERE n.origin = 'dataset' AND NOT n.id IN $entityIds
    AND NOT EXISTS { MATCH (n)-[x]-() WHERE x.origin = 'curated' }
  DETACH DELETE n
  RETURN count(*) AS entities
}
CALL () {
  MATCH (c:Claim) WHERE c.origin = 'dataset' AND NOT c.id IN $claimIds
  DETACH DELETE c
  RETURN count(*) AS claims
}
CALL () {
  MATCH ()-[r]->() WHERE r.origin = 'dataset' AND NOT r.id IN $linkIds
  DELETE r
  RETURN count(*) AS links
}
RETURN entities, claims, links
