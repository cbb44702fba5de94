// A new API token. Only the SHA-256 hash of the token is stored; the token itself is shown once.
CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime(), createdBy: $createdBy})
RETURN t {.id, .name, .role, .createdBy, createdAt: toString(t.createdAt)} AS token
