import type { Migration } from '../migration.js';
import { recordModelVersion } from './0001-record-model-version.js';

/**
 * Every step of the store's model, in order. A model change adds the next one here, with its
 * Cypher file in cypher/migrations/ and a test that upgrades a store written before it.
 */
export const MIGRATIONS: readonly Migration[] = [recordModelVersion];
