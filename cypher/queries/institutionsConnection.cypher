// Query.institutionsConnection: one page of institutions (existing on $asOf when given, by the
// rule of src/model/in-force.ts), ordered by id; the cursor is the key [id] (keyset pagination,
// see instrumentsConnection.cypher).
CALL () {
  MATCH (n:Institution)
  WHERE {{inForce(n, $asOf)}}
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Institution)
  WHERE {{inForce(n, $asOf)}}
    AND ($after IS NULL OR [n.id] > $after)
  WITH n
  ORDER BY n.id
  LIMIT $first + 1
  RETURN collect({key: [n.id], node: {{n}}}) AS page
}
RETURN total, page
