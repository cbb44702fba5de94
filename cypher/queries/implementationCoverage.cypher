// Query.implementationCoverage: for each CRC article (in order), the IMPLEMENTS links reaching
// it from a domestic instrument or from one of its provisions (rolled up to the instrument over
// PART_OF), with basis and status. $asOf keeps articles, links, implementing entities and
// instruments in force that day (the rule of src/model/in-force.ts: an act counts from its
// adoption when no other start is known); $jurisdiction keeps one State's instruments. The service turns
// the rows into counts, gaps and the matrix. `recordedGap` says a NO_IMPLEMENTATION_FOUND finding
// is recorded for the article (for the State, when $jurisdiction is given).
// With $jurisdiction, the links are found from that State's instruments (the instrument_jurisdiction
// index), so the work follows the size of one State, not of the corpus: with 200 States loaded,
// reaching them from the articles read every State's links (76,000) to keep Kazakhstan's.
MATCH (crc:Entity {id: 'crc'})
USING INDEX crc:Entity(id)
MATCH (crc)<-[:PART_OF]-(a:Provision)
WHERE {{inForce(a, $asOf)}}
WITH collect(a) AS articles
CALL (articles) {
  CALL (articles) {
    WITH articles
    WHERE $jurisdiction IS NOT NULL
    MATCH (i:Instrument {jurisdiction: $jurisdiction})
    WHERE i.kind IN ['CONSTITUTION', 'CODE', 'LAW', 'DECREE'] AND {{inForce(i, $asOf)}}
    MATCH (i)<-[:PART_OF*0..3]-(by:Entity)-[r:IMPLEMENTS]->(a:Provision)
    WHERE a IN articles AND {{inForce(r, $asOf)}} AND {{inForce(by, $asOf)}}
    RETURN a, i, r, by
    UNION ALL
    WITH articles
    WHERE $jurisdiction IS NULL
    UNWIND articles AS a
    MATCH (a)<-[r:IMPLEMENTS]-(by:Entity)-[:PART_OF*0..3]->(i:Instrument)
    WHERE i.kind IN ['CONSTITUTION', 'CODE', 'LAW', 'DECREE']
      AND {{inForce(r, $asOf)}} AND {{inForce(by, $asOf)}} AND {{inForce(i, $asOf)}}
    RETURN a, i, r, by
  }
  WITH a, i, r, by
  ORDER BY i.id, r.id
  WITH a, collect({
    id: r.id, by: by.id, basis: r.basis, status: r.status,
    instrument: i {.id, .kind, .name_en, .name_kk, .name_ru}
  }) AS links
  // An aggregate: one row even when no link was found (a State with no instruments).
  RETURN collect({article: a, links: links}) AS covered
}
UNWIND articles AS a
WITH a, [c IN covered WHERE c.article = a | c.links] AS found
ORDER BY a.position, a.id
RETURN a {.id, .number, .position, .name_en, .name_kk, .name_ru} AS article, coalesce(head(found), []) AS links,
  // A recorded gap (State ids are the lower-case ISO code).
  COUNT {
    (s:State)-[g:NO_IMPLEMENTATION_FOUND]->(a)
    WHERE ($jurisdiction IS NULL OR s.id = toLower($jurisdiction)) AND {{inForce(g, $asOf)}}
  } > 0 AS recordedGap
