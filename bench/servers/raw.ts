import { createServer } from 'node:http';
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';
import { toParameters } from '../../src/db/convert.js';
import { announce, benchNeo4j } from './child.js';

/**
 * The floor: the Cypher the service sends (captured from its debug extension), run through the
 * driver as directly as it gets, behind the smallest HTTP server Node has. POST a JSON body
 * `{ "query": "...", "params": {...} }`; the answer is the rows as JSON. Same driver settings
 * a careful application would use: one driver, database named, an auto-commit read (one round
 * trip, the cheapest call the driver has), integers as numbers, temporal values as ISO strings.
 */
const access = benchNeo4j();
const driver = neo4j.driver(access.uri, neo4j.auth.basic(access.user, access.password), { disableLosslessIntegers: true });

const temporal = (_key: string, value: unknown): unknown =>
  isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)
    ? value.toString()
    : value;

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    void (async () => {
      try {
        const { query, params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; params: Record<string, unknown> };
        const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
        let result;
        try {
          result = await session.run(query, toParameters(params));
        } finally {
          await session.close();
        }
        const body = JSON.stringify(
          result.records.map((record) => record.toObject()),
          temporal,
        );
        response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch (error) {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }
    })();
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  announce(`http://127.0.0.1:${port}`, async () => {
    server.close();
    await driver.close();
  });
});
