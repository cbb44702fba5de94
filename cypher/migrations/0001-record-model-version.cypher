// Model 1 is the model of release 0.2.0, which recorded no version: a store with data and no
// version node is at model 0 and reaches model 1 unchanged. This notes where the store began, so
// the version node tells an upgraded store from one created at model 1.
MATCH (m:StoreModel {id: 'store'})
SET m.createdBefore = 'model 1 (release 0.2.0 or earlier)'
RETURN m.id AS id
