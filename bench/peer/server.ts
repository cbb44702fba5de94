import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import Fastify from 'fastify';
import neo4j from 'neo4j-driver';
import { announce, benchNeo4j } from '../servers/child.js';
import { readPeerTypeDefs } from './type-defs.js';

/**
 * The peer: @neo4j/graphql serving the same data with type definitions written for it, on the
 * same stack as the service (Apollo Server 5 on Fastify, graphql 16, the same disabled plugins),
 * reading the same database by name.
 */
const access = benchNeo4j();
const driver = neo4j.driver(access.uri, neo4j.auth.basic(access.user, access.password));
const typeDefs = readPeerTypeDefs();
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

const http = Fastify({ logger: false });
const apollo = new ApolloServer<Neo4jGraphQLContext>({
  schema,
  plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginUsageReportingDisabled(), fastifyApolloDrainPlugin(http)],
});
await apollo.start();
await http.register(fastifyApollo(apollo), {
  path: '/graphql',
  method: ['POST'],
  context: () => Promise.resolve({ sessionConfig: { database: 'neo4j' } }),
});
const url = await http.listen({ host: '127.0.0.1', port: 0 });
announce(url, async () => {
  await http.close();
  await driver.close();
});
