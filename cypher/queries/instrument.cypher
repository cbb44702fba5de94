// Query.instrument: a legal instrument by id (the hint: see crcArticle.cypher).
MATCH (n:Entity {id: $id})
USING INDEX n:Entity(id)
WHERE n:Instrument
RETURN {{n}} AS n
