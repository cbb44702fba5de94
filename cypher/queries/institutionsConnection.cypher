// Query.institutionsConnection: one page of institutions (existing on $asOf when given), ordered
// by id; the cursor is the key [id] (keyset pagination, see instrumentsConnection.cypher).
CALL () {
  MATCH (n:Institution)
  WHERE $asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= date($asOf)) AND (n.validTo IS NULL OR n.validTo >= date($asOf)))
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Institution)
  WHERE ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= date($asOf)) AND (n.validTo IS NULL OR n.validTo >= date($asOf))))
    AND ($after IS NULL OR [n.id] > $after)
  WITH n
  ORDER BY n.id
  LIMIT $first + 1
  RETURN collect({key: [n.id], node: {{n}}}) AS page
}
RETURN total, page
