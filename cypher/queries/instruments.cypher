// Query.instruments: instruments of one kind (or all), in force on $asOf when it is given.
MATCH (n:Instrument)
WHERE ($kind IS NULL OR n.kind = $kind)
  AND ($asOf IS NULL OR ((n.validFrom IS NULL OR n.validFrom <= date($asOf)) AND (n.validTo IS NULL OR n.validTo >= date($asOf))))
WITH n
ORDER BY n.kind, n.id
RETURN {{n}} AS n
