// The store's model version: one node, so that two instances starting at once lock the same one.
CREATE CONSTRAINT store_model_id IF NOT EXISTS FOR (m:StoreModel) REQUIRE m.id IS UNIQUE;
