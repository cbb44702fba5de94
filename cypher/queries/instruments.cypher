// Query.instruments: instruments of one kind (or all), in force on $asOf when it is given
// ({{inForce}} is the rule of src/model/in-force.ts: validFrom, else adopted, ... until validTo).
MATCH (n:Instrument)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND {{inForce(n, $asOf)}}
WITH n
ORDER BY n.kind, n.id
RETURN {{n}} AS n
