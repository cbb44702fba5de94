// Query.institutions: institutions in existence on $asOf (all when it is null), optionally only
// those responsible for $area on that day (the RESPONSIBLE_FOR link in force too).
MATCH (n:Institution)
WHERE {{inForce(n, $asOf)}}
  AND ($area IS NULL OR EXISTS {
    MATCH (n)-[r:RESPONSIBLE_FOR]->(:Entity {id: $area})
    WHERE {{inForce(r, $asOf)}}
  })
WITH n
ORDER BY n.id
RETURN {{n}} AS n
