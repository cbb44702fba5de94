// The store's model version: one node, so that two instances starting at once lock the same one.
CREATE CONSTRAINT store_model_id IF NOT EXISTS FOR (m:StoreModel) REQUIRE m.id IS UNIQUE;
// The graph version the answer cache keys on: one node, so that the first writers of a new store
// MERGE the same one instead of each creating its own.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
