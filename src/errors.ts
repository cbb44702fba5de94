import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DEADLINE_CODES } from './db/deadline.js';

/**
 * Every error code a client can see, in `extensions.code`. Anything else a resolver throws is
 * masked as INTERNAL_SERVER_ERROR with a generic message: no stack, no Cypher, no host names.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
  // Curation: who may write, and concurrent edits.
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  // A client over its budget of requests or of query cost: HTTP 429 with Retry-After.
  RATE_LIMITED: 'RATE_LIMITED',
  // A write sent to Neo4j that did not answer by the write deadline: it may have been applied.
  WRITE_OUTCOME_UNKNOWN: 'WRITE_OUTCOME_UNKNOWN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // Codes Apollo Server itself produces for documents it cannot run.
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/** Bad input: names the argument and, where there is one, the allowed range. */
export function badUserInput(message: string, details: { argument?: string; allowed?: string } = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...details } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} "${id}" does not exist`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
}

/** Several ids at once (an id set): names every one that matched nothing. */
export function idsNotFound(ids: readonly string[]): GraphQLError {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return new GraphQLError(`No entity has the id${ids.length > 1 ? 's' : ''} ${list}`, { extensions: { code: ErrorCode.NOT_FOUND, ids } });
}

/** Seconds a client should wait before trying again after SERVICE_UNAVAILABLE (the header `Retry-After`). */
export const RETRY_AFTER_SECONDS = 2;

export function serviceUnavailable(message = 'The graph database is not reachable right now; try again shortly'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
}

/** The `Retry-After` header for an answer carrying `code`; none for other codes. */
export function retryAfterHeaders(code: unknown): Record<string, string> {
  return code === ErrorCode.SERVICE_UNAVAILABLE ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {};
}

/** A write whose deadline passed after it was sent: Neo4j may still have committed it. */
export function writeOutcomeUnknown(deadlineMs: number): GraphQLError {
  return new GraphQLError(
    `The graph database did not answer within ${deadlineMs} ms after the write was sent, so it may or may not have been applied. ` +
      'Check before retrying: `history(id:)` lists every applied change of an entity. A retried update with the same ' +
      '`expectedVersion` cannot apply twice (it answers CONFLICT with `currentVersion` if the first one was applied), ' +
      'and a retried create answers CONFLICT if the entity exists.',
    { extensions: { code: ErrorCode.WRITE_OUTCOME_UNKNOWN } },
  );
}

export function timeout(): GraphQLError {
  return new GraphQLError('The query took longer than the time allowed; ask for less (a smaller depth or limit)', {
    extensions: { code: ErrorCode.TIMEOUT },
  });
}

/** No valid bearer token where one is needed. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

/** A valid token whose role may not do this. */
export function forbidden(needed: string, has: string): GraphQLError {
  return new GraphQLError(`This needs the ${needed} role; your token has the ${has} role`, {
    extensions: { code: ErrorCode.FORBIDDEN, needed },
  });
}

/** A mutation from a browser page whose origin is not allowed to write (CORS). */
export function forbiddenOrigin(origin: string): GraphQLError {
  return new GraphQLError(`Mutations are not accepted from pages of ${origin.slice(0, 200)}; reads are`, {
    extensions: { code: ErrorCode.FORBIDDEN, reason: 'origin' },
  });
}

/**
 * Someone else changed the thing first (optimistic concurrency), or it already exists. Nothing
 * was written; read the current state and try again.
 */
export function conflict(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...details } });
}

/**
 * A client over one of its budgets (`limit`: 'requests' or 'cost'), with the seconds until the
 * budget refills. Nothing was run.
 */
export function rateLimited(limit: 'requests' | 'cost', retryAfterSeconds: number, allowed: number, windowSeconds: number): GraphQLError {
  const what = limit === 'requests' ? `${allowed} requests` : `queries costing ${allowed} in all`;
  return new GraphQLError(`Too many requests: this client may send ${what} per ${windowSeconds} s; retry in ${retryAfterSeconds} s`, {
    extensions: { code: ErrorCode.RATE_LIMITED, limit, allowed, windowSeconds, retryAfter: retryAfterSeconds },
  });
}

/** A request refused before it reaches GraphQL (a document beyond a size limit). */
export function badRequest(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, ...details } });
}

/**
 * The same error with the HTTP status (and headers) Apollo answers with. Only for errors raised
 * before the document runs (in the context function); a resolver's error keeps HTTP 200.
 */
export function withHttpStatus(error: GraphQLError, status: number, headers: Record<string, string> = {}): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status, headers: new Map(Object.entries(headers)) } },
  });
}

/** The neo4j-driver error codes (`Neo4jError.code`) that mean "the database is not there". */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.MaxExecutionTimeReached',
]);

/**
 * GQL status of "shortest path fallback has been explicitly disabled": with
 * `dbms.cypher.forbid_exhaustive_shortestpath=true`, Neo4j refuses a path search it could only
 * answer by enumerating every path. The request asked for too much; it is not a bug.
 */
const EXHAUSTIVE_SHORTEST_PATH = '51N22';
/** Contention that outlasted the driver's retries: the writer may simply try again. */
const CONTENTION_CODES = new Set(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.TransientError.Transaction.LockClientStopped']);

/** A bookmark in the client's `crg-bookmark` header that Neo4j does not know (not one it gave). */
const INVALID_BOOKMARK_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
]);
/** The Neo4j server did not catch up with the client's bookmark in time (a lagging follower). */
const BOOKMARK_TIMEOUT = 'Neo.TransientError.Transaction.BookmarkTimeout';

/** Maps a failure from the database layer to a client error; undefined when it is a bug. */
export function fromDatabaseError(error: unknown): GraphQLError | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (UNAVAILABLE_CODES.has(code) || code === DEADLINE_CODES.breakerOpen) return serviceUnavailable();
  const deadlineMs = typeof error === 'object' && error !== null && 'deadlineMs' in error ? Number(error.deadlineMs) : NaN;
  if (code === DEADLINE_CODES.unanswered) {
    return serviceUnavailable(`The graph database did not answer within ${deadlineMs} ms; try again shortly`);
  }
  if (code === DEADLINE_CODES.writeOutcomeUnknown) return writeOutcomeUnknown(deadlineMs);
  if (TIMEOUT_CODES.has(code)) return timeout();
  if (INVALID_BOOKMARK_CODES.has(code)) {
    return badUserInput(
      'The crg-bookmark header holds a bookmark this database does not know: send back one a write of this service returned',
      {
        argument: 'crg-bookmark',
      },
    );
  }
  if (code === BOOKMARK_TIMEOUT) {
    return new GraphQLError('The database has not caught up with your crg-bookmark yet; try again shortly', {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  }
  const gqlStatus = typeof error === 'object' && error !== null && 'gqlStatus' in error ? String(error.gqlStatus) : '';
  if (gqlStatus === EXHAUSTIVE_SHORTEST_PATH) {
    return badUserInput('This path search would have to enumerate every path; ask for fewer hops or fewer relation types', {
      argument: 'maxHops',
      allowed: '1..6',
    });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return conflict('Something with this id already exists');
  if (CONTENTION_CODES.has(code)) return conflict('Too many concurrent writes to the same data; try again');
  return undefined;
}

/**
 * Apollo's `formatError`: keeps errors that carry one of our codes, masks everything else.
 * It must never throw (Apollo would answer with its own generic error).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: (error: unknown) => void,
): GraphQLFormattedError {
  // Apollo codes every validation error GRAPHQL_VALIDATION_FAILED; one raised as bad input (a
  // malformed date literal) keeps its code.
  const code = isBadInputValidation(formatted, error) ? ErrorCode.BAD_USER_INPUT : formatted.extensions?.['code'];
  if (typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions: { ...extensions, code } };
  }
  const mapped = fromDatabaseError(unwrapResolverError(error));
  if (mapped) return { message: mapped.message, path: formatted.path, extensions: mapped.extensions };
  logUnexpected(unwrapResolverError(error));
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

function isBadInputValidation(formatted: GraphQLFormattedError, error: unknown): boolean {
  if (formatted.extensions?.['code'] !== ErrorCode.GRAPHQL_VALIDATION_FAILED || !(error instanceof GraphQLError)) return false;
  const original = error.originalError;
  return original instanceof GraphQLError && original.extensions['code'] === ErrorCode.BAD_USER_INPUT;
}

/**
 * Codes of the errors that stop the service at start. They are never sent to a client: the
 * service does not start, and prints `could not start (<code>): <message>`.
 */
export const StartupErrorCode = {
  /** The store was written by a later release, with a model this release does not know. */
  STORE_MODEL_TOO_NEW: 'STORE_MODEL_TOO_NEW',
  /** The store's recorded model version is not a whole number from 1 up. */
  STORE_MODEL_INVALID: 'STORE_MODEL_INVALID',
} as const;
export type StartupErrorCode = (typeof StartupErrorCode)[keyof typeof StartupErrorCode];

export class StartupError extends Error {
  override readonly name = 'StartupError';
  constructor(
    readonly code: StartupErrorCode,
    message: string,
  ) {
    super(message);
  }
}
