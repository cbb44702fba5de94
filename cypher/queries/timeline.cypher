// Query.timeline: what happened to the entity $id, from its own dates (adoption, entry into force
// or establishment, a rename, end) and the links that amend, replace, repeal or establish it or that it
// makes. A succession without a date of its own is dated by the successor's start, and an end
// derived from a successor (supersededTo, src/data/derive-ends.ts) is marked derived.
OPTIONAL MATCH (n:Entity {id: $id})
USING INDEX n:Entity(id)
OPTIONAL CALL (n) {
  WITH n, n:Institution AS institution
  UNWIND [
    {event: 'ADOPTED', date: n.adopted, sources: n.adoptedSources, derived: false},
    {event: CASE WHEN institution THEN 'ESTABLISHED' ELSE 'ENTERED_INTO_FORCE' END,
     date: coalesce(n.entryIntoForce, CASE WHEN institution THEN n.validFrom END),
     sources: n.entryIntoForceSources, derived: false},
    {event: 'RENAMED', date: n.renamedOn, sources: n.renamedSources, derived: false},
    {event: 'ENDED', date: coalesce(n.validTo, n.supersededTo), sources: n.validToSources, derived: n.validTo IS NULL}
  ] AS own
  WITH own WHERE own.date IS NOT NULL
  // A date with no sources of its own rests on the entity's sources (cypher/data/README.md).
  RETURN own.event AS event, own.date AS date, own.derived AS derived, null AS act, null AS link,
         coalesce(own.sources, COLLECT { MATCH (n)-[:SUPPORTED_BY]->(s:Source) RETURN s.id ORDER BY s.id }) AS sources,
         null AS note,
         CASE own.event WHEN 'RENAMED' THEN n {.formerName_en, .formerName_kk, .formerName_ru} END AS formerName
  UNION ALL
  MATCH (n)-[r:AMENDS|REPLACES|REPEALS|ESTABLISHED_BY]-(other:Entity)
  WITH n, r, other, startNode(r) = n AS outgoing
  WITH r, other, outgoing,
       CASE WHEN outgoing THEN n ELSE other END AS successor
  RETURN CASE type(r) + CASE WHEN outgoing THEN '>' ELSE '<' END
           WHEN 'AMENDS>' THEN 'AMENDS' WHEN 'AMENDS<' THEN 'AMENDED_BY'
           WHEN 'REPLACES>' THEN 'REPLACES' WHEN 'REPLACES<' THEN 'REPLACED_BY'
           WHEN 'REPEALS>' THEN 'REPEALS' WHEN 'REPEALS<' THEN 'REPEALED_BY'
           WHEN 'ESTABLISHED_BY>' THEN 'ESTABLISHED_BY' ELSE 'ESTABLISHES' END AS event,
         CASE WHEN type(r) IN ['REPLACES', 'REPEALS']
           THEN coalesce(r.date, successor.validFrom, successor.adopted)
           ELSE coalesce(r.date, r.validFrom) END AS date,
         r.date IS NULL AND type(r) IN ['REPLACES', 'REPEALS'] AS derived,
         other {.id, .kind, .name_en, .name_kk, .name_ru} AS act,
         r.id AS link, coalesce(r.sources, []) AS sources, r.note AS note, null AS formerName
}
WITH n, event, date, derived, act, link, sources, note, formerName
ORDER BY date IS NULL, date,
  CASE event WHEN 'ADOPTED' THEN 0 WHEN 'ENTERED_INTO_FORCE' THEN 1 WHEN 'ESTABLISHED' THEN 1 WHEN 'ENDED' THEN 3 ELSE 2 END,
  act.id, link
// One row: whether the entity exists, and its events (none for an entity with no dates).
RETURN n IS NOT NULL AS found,
       collect(CASE WHEN event IS NOT NULL THEN {event: event, date: date, derived: derived, act: act,
                                                 link: link, sources: sources, note: note,
                                                 formerName: formerName} END) AS events
