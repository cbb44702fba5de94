import type { SourceResolvers } from '../generated/graphql.js';
import { entityFields } from './Entity.js';
import { stringList } from './values.js';

export const Source: SourceResolvers = {
  ...entityFields,
  authors: (row) => stringList(row['authors']),
};
