// What curation keeps over the files, after a load: entities the files define that editors have
// changed, links of the files editors removed or re-created, and entities gone from the files
// that are kept because curated links point to them.
CALL () {
  MATCH (n:Entity) WHERE n.origin = 'curated' AND n.id IN $entityIds
  RETURN collect(n.id) AS entities
}
CALL () {
  MATCH (m:CurationRemoval) WHERE m.id IN $linkIds
  RETURN collect(m.id) AS removedLinks
}
CALL () {
  MATCH ()-[r]->() WHERE r.origin = 'curated' AND r.id IN $linkIds AND NOT type(r) IN ['SUPPORTED_BY', 'PART_OF']
  RETURN collect(r.id) AS curatedLinks
}
CALL () {
  MATCH (n:Entity) WHERE n.origin = 'dataset' AND NOT n.id IN $entityIds
  RETURN collect(n.id) AS keptEntities
}
RETURN entities, removedLinks + curatedLinks AS links, keptEntities
