import type { Migration } from '../migration.js';

export const recordModelVersion: Migration = {
  version: 1,
  name: 'record-model-version',
  summary:
    'Release 0.2.0 recorded no model version: its store is model 0, and model 1 is the same model with its version recorded. ' +
    'Curated entities, links, the audit trail and tokens are left as they are.',
};
