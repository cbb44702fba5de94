import { print, type DocumentNode } from 'graphql';
import { Catalogue } from '../read/catalogue/build.js';
import { withRelationFields } from '../resolvers/projected.js';
import { hasResolver, resolvers } from '../resolvers/index.js';
import { loadContract, type Contract } from './contract.js';

/** What Apollo Server and the read path are built from. */
export interface GraphQLService {
  /** The public contract (no mapping directives): what introspection serves. */
  typeDefs: DocumentNode;
  resolvers: Record<string, object>;
  /** The mapping, compiled: what the projection compiler reads. */
  catalogue: Catalogue;
}

/**
 * The schema, its mapping and the resolvers, assembled once at start. A mapping the compiler
 * cannot compile, a relation field with a resolver of its own, or a field the projection cannot
 * fetch stops the start here, naming the field.
 */
export function buildGraphQLService(contract: Contract = loadContract()): GraphQLService {
  const catalogue = new Catalogue(contract.mapped, hasResolver);
  return { typeDefs: contract.publicDocument, resolvers: withRelationFields(resolvers, catalogue), catalogue };
}

/** The public contract as SDL text. */
export function publicSdl(service: GraphQLService): string {
  return print(service.typeDefs);
}
