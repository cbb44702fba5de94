// The audit trail, API tokens and the marks curation leaves for the dataset loader.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
// An entity's history is found by the entity (or link) written, and by either end of a link.
CREATE INDEX audit_entry_subject IF NOT EXISTS FOR (a:AuditEntry) ON (a.subject);
CREATE INDEX audit_entry_from IF NOT EXISTS FOR (a:AuditEntry) ON (a.from);
CREATE INDEX audit_entry_to IF NOT EXISTS FOR (a:AuditEntry) ON (a.to);
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
CREATE CONSTRAINT curation_removal_id IF NOT EXISTS FOR (m:CurationRemoval) REQUIRE m.id IS UNIQUE;
