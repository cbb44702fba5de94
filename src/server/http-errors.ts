import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '../errors.js';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** A request refused at the HTTP layer, before GraphQL: answered by the error handler below. */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  readonly code = 'CRG_REQUEST_REFUSED';

  constructor(
    readonly statusCode: number,
    message: string,
    readonly headers: Record<string, string> = {},
    /** The GraphQL error code and extensions the client gets (BAD_REQUEST unless said). */
    readonly extensions: { code: ErrorCode } & Record<string, unknown> = { code: ErrorCode.BAD_REQUEST },
  ) {
    super(message);
  }
}

/**
 * Errors raised before a GraphQL handler runs (a body that is not JSON, an empty body, an
 * unsupported media type or charset, a body over the limit, a method /graphql does not take)
 * keep their 4xx status but answer in the GraphQL error shape, with a code and the request id,
 * instead of Fastify's own `{statusCode, error}`. Anything else is a bug: logged, and answered as
 * a masked INTERNAL_SERVER_ERROR.
 */
export function registerErrorHandler(http: FastifyInstance, onError: (code: ErrorCode) => void = () => {}): void {
  http.setErrorHandler((error: FastifyError | RequestError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ code: error.code, status }, 'request refused');
      const extensions = error instanceof RequestError ? error.extensions : { code: ErrorCode.BAD_REQUEST };
      if (error instanceof RequestError) void reply.headers(error.headers);
      onError(extensions.code);
      return send(request, reply, status, clientMessage(error), extensions);
    }
    request.log.error({ err: error }, 'unexpected error');
    onError(ErrorCode.INTERNAL_SERVER_ERROR);
    return send(request, reply, 500, 'Internal server error', { code: ErrorCode.INTERNAL_SERVER_ERROR });
  });
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  message: string,
  extensions: { code: ErrorCode } & Record<string, unknown>,
): FastifyReply {
  const accept = request.headers.accept ?? '';
  const type = accept.includes(GRAPHQL_RESPONSE_JSON) ? GRAPHQL_RESPONSE_JSON : 'application/json';
  return reply
    .code(status)
    .type(`${type}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message, extensions: { ...extensions, requestId: request.id } }] }));
}

/** Fastify's messages for body errors are clear and leak nothing; others get a generic one. */
function clientMessage(error: FastifyError | RequestError): string {
  if (error instanceof RequestError) return error.message;
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'Unsupported media type: send GraphQL requests as application/json';
  return error.code.startsWith('FST_ERR_CTP_') ? error.message : 'Bad request';
}
