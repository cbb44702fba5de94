import type { FastifyInstance, FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import { newStatementStats } from '../db/stats.js';
import { badUserInput, ErrorCode, fromDatabaseError, retryAfterHeaders } from '../errors.js';
import { EXPORT_FORMATS, exportSubgraph, formatOfSlug } from '../export/index.js';
import { subgraphPlan } from '../read/fields/subgraphs.js';
import { ALL_PROPERTIES, type Reader } from '../read/reader.js';
import { exportScope, type ExportQuery } from './exportScope.js';

export interface ExportRouteDependencies {
  config: Config;
  reader: Reader;
}

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

/**
 * `GET /export/<format>?<scope>`: a subgraph as a file download (Content-Disposition names it).
 * The scope is a neighbourhood (`neighborhood=<id>&depth=&limit=&relationTypes=&kinds=`), the
 * shortest paths (`from=&to=&maxHops=&first=&relationTypes=`), an id set (`ids=a,b,c&relationTypes=`), or the
 * whole graph (`all=true&limit=`); `lang=EN|KK|RU` picks the labels, `asOf=YYYY-MM-DD` keeps what
 * was in force that day. POST takes the same fields
 * as a form or JSON body (an id set too long for a URL: the explorer's downloads). The same
 * checks as GraphQL: bad input is a 400 with a JSON body naming the argument and the allowed
 * range, an unknown id a 404; one Cypher statement per download.
 */
export function registerExportRoutes(http: FastifyInstance, { config, reader }: ExportRouteDependencies): void {
  const handle = async (format: string, query: ExportQuery, reply: FastifyReply) => {
    const stats = newStatementStats();
    try {
      const exportFormat = formatOfSlug(format);
      if (!exportFormat) {
        const allowed = Object.values(EXPORT_FORMATS)
          .map((f) => f.slug)
          .join(', ');
        throw badUserInput(`unknown export format "${format.slice(0, 40)}"`, { argument: 'format', allowed });
      }
      const { scope, lang } = exportScope(query);
      // Every stored property of every entity and link: a file holds them all.
      const subgraph = await reader.read(subgraphPlan(scope, config.maxSubgraphNodes), ALL_PROPERTIES, stats);
      const file = exportSubgraph(subgraph, exportFormat, lang);
      if (config.debug) void reply.header('x-cypher-statements', String(stats.statements));
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('x-subgraph-nodes', String(subgraph.nodes.length))
        .header('x-subgraph-edges', String(subgraph.edges.length))
        .header('x-subgraph-truncated', String(subgraph.truncated))
        .send(file.content);
    } catch (error) {
      const known = error instanceof GraphQLError ? error : fromDatabaseError(error);
      const code = known?.extensions['code'];
      if (known && typeof code === 'string' && STATUS[code]) {
        return reply
          .code(STATUS[code])
          .headers(retryAfterHeaders(code))
          .send({ error: { message: known.message, ...known.extensions } });
      }
      reply.log.error({ err: error }, 'export failed');
      return reply.code(500).send({ error: { message: 'Internal server error', code: ErrorCode.INTERNAL_SERVER_ERROR } });
    }
  };

  void http.register((plugin, _options, done) => {
    // The explorer's download forms post urlencoded fields; parsed here only, for this route.
    plugin.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1_048_576 }, (_req, body, next) => {
      next(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    plugin.get<{ Params: { format: string }; Querystring: ExportQuery }>('/export/:format', (request, reply) =>
      handle(request.params.format, request.query, reply),
    );
    plugin.post<{ Params: { format: string }; Body: ExportQuery | undefined }>('/export/:format', (request, reply) =>
      handle(request.params.format, { ...(request.query as ExportQuery), ...(isRecord(request.body) ? request.body : {}) }, reply),
    );
    done();
  });
}

function isRecord(value: unknown): value is ExportQuery {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
