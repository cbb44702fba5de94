// Query.instrumentsConnection: one page of instruments in force on $asOf (the rule of
// src/model/in-force.ts), ordered by [kind, id]. The cursor is that key, so a page starts right
// after the last one whatever was added or removed meanwhile (keyset pagination: no OFFSET, no
// skipped or repeated items). $first + 1 rows are read to know
// whether another page follows; totalCount counts every match.
CALL () {
  MATCH (n:Instrument)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND {{inForce(n, $asOf)}}
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Instrument)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND {{inForce(n, $asOf)}}
    AND ($after IS NULL OR [n.kind, n.id] > $after)
  WITH n
  ORDER BY n.kind, n.id
  LIMIT $first + 1
  RETURN collect({key: [n.kind, n.id], node: {{n}}}) AS page
}
RETURN total, page
