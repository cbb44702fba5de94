import type { QueryResolvers } from '../../generated/graphql.js';
import { loadPaths } from '../../graph/subgraphs.js';

export const paths: NonNullable<QueryResolvers['paths']> = (_parent, args, context, info) =>
  loadPaths({ kind: 'paths', ...args }, (name, params, literals) =>
    context.reader.project(name, info, params, context.stats, 'nodes', literals),
  );
