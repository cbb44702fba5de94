// Query.tokens (admins only): every API token, never its hash.
MATCH (t:ApiToken)
RETURN t {.id, .name, .role, .createdBy, .revokedBy, createdAt: toString(t.createdAt), revokedAt: toString(t.revokedAt)} AS token
ORDER BY t.createdAt, t.id
