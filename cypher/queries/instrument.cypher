// Query.instrument: a legal instrument by id.
MATCH (n:Entity {id: $id})
WHERE n:Instrument
RETURN {{n}} AS n
