// Constraints and indexes, applied at every start (each is IF NOT EXISTS, so this is idempotent).

// Every entity has one unique, stable id; this index is what id-anchored queries seek on.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT dataset_meta_id IF NOT EXISTS FOR (m:DatasetMeta) REQUIRE m.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX instrument_kind IF NOT EXISTS FOR (n:Instrument) ON (n.kind);
// A State's instruments, where its coverage of the CRC starts (implementationCoverage.cypher).
CREATE INDEX instrument_jurisdiction IF NOT EXISTS FOR (n:Instrument) ON (n.jurisdiction);
