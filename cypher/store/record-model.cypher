// Records the model version reached and how (a migration's name, or `created` for a new store).
MATCH (m:StoreModel {id: 'store'})
SET m.version = $version,
    m.release = $release,
    m.updatedAt = datetime.transaction(),
    m.steps = coalesce(m.steps, []) + [$step]
REMOVE m.lockedAt
RETURN m.version AS version
