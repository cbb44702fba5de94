// Query.institutions: institutions in existence on $asOf (all when it is null), optionally only
// those responsible for $area on that day (the RESPONSIBLE_FOR link and the area in force too: a
// link is in force only while both its ends are).
MATCH (n:Institution)
WHERE {{inForce(n, $asOf)}}
  AND ($area IS NULL OR EXISTS {
    MATCH (n)-[r:RESPONSIBLE_FOR]->(area:Entity {id: $area})
    WHERE {{inForce(r, $asOf)}} AND {{inForce(area, $asOf)}}
  })
WITH n
ORDER BY n.id
RETURN {{n}} AS n
