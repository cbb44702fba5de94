// Query.implementationCoverage: for each CRC article (in order), the IMPLEMENTS links reaching
// it from a domestic instrument or from one of its provisions (rolled up to the instrument over
// PART_OF), with basis and status. $asOf keeps articles, links, implementing entities and
// instruments in force that day (the rule of src/model/in-force.ts: an act counts from its
// adoption when no other start is known); $jurisdiction keeps one State's instruments. The service turns
// the rows into counts, gaps and the matrix.
MATCH (crc:Entity {id: 'crc'})
USING INDEX crc:Entity(id)
MATCH (crc)<-[:PART_OF]-(a:Provision)
WHERE {{inForce(a, $asOf)}}
CALL (a) {
  MATCH (a)<-[r:IMPLEMENTS]-(by:Entity)-[:PART_OF*0..3]->(i:Instrument)
  WHERE i.kind IN ['CONSTITUTION', 'CODE', 'LAW', 'DECREE']
    AND ($jurisdiction IS NULL OR i.jurisdiction = $jurisdiction)
    AND {{inForce(r, $asOf)}} AND {{inForce(by, $asOf)}} AND {{inForce(i, $asOf)}}
  WITH i, r, by
  ORDER BY i.id, r.id
  RETURN collect({
    id: r.id, by: by.id, basis: r.basis, status: r.status,
    instrument: i {.id, .kind, .name_en, .name_kk, .name_ru}
  }) AS links
}
WITH a, links
ORDER BY a.position, a.id
RETURN a {.id, .number, .position, .name_en, .name_kk, .name_ru} AS article, links
