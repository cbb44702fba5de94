import {
  getOperationAST,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type SelectionSetNode,
} from 'graphql';
import type { Limits } from '../config.js';
import {
  badRequest,
  forbidden,
  forbiddenOrigin,
  fromDatabaseError,
  retryAfterHeaders,
  unauthenticated,
  withHttpStatus,
} from '../errors.js';
import { hasRole, roleForMutation, ROLES, type Principal, type Role } from './roles.js';
import type { TokenStore } from './tokens.js';

/** What the HTTP layer hands over: the Authorization header and the GraphQL request. */
export interface RequestParts {
  authorization: string | undefined;
  /** The parsed JSON body (POST) or the query string (GET). */
  payload: unknown;
  /** The browser origin the request came from when that origin may not write (CORS); undefined otherwise. */
  refusedOrigin?: string | undefined;
}

/**
 * Runs before Apollo parses or validates anything, so a write from an anonymous caller gets
 * UNAUTHENTICATED (401) whatever its input, and a caller without the role FORBIDDEN (403): the
 * rules for input are only revealed to callers allowed to write. Also refuses a document over
 * the character limit (400), and a write from a browser page of an origin not allowed to write
 * (403). Reads need no token; a token that is sent must be valid.
 */
export async function authenticate(request: RequestParts, tokens: TokenStore, limits: Limits): Promise<Principal | null> {
  const { query, operationName } = graphqlRequest(request.payload);
  if (query !== undefined && query.length > limits.documentChars) {
    throw withHttpStatus(
      badRequest(`The document has ${query.length} characters; at most ${limits.documentChars} are accepted`, {
        limit: 'characters',
        allowed: limits.documentChars,
      }),
      400,
    );
  }
  const needed = query === undefined ? null : roleNeeded(query, operationName, limits);
  // A page of another origin may read, never write, whoever holds the token.
  if (needed && request.refusedOrigin !== undefined) throw withHttpStatus(forbiddenOrigin(request.refusedOrigin), 403);
  const principal = await principalOf(request.authorization, tokens);
  if (needed && !principal) {
    throw challenge(unauthenticated(`Writing needs a bearer token with the ${needed} role (Authorization: Bearer <token>)`));
  }
  if (needed && principal && !hasRole(principal, needed)) {
    throw withHttpStatus(forbidden(needed, principal.role), 403);
  }
  return principal;
}

async function principalOf(header: string | undefined, tokens: TokenStore): Promise<Principal | null> {
  if (header === undefined || header.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw challenge(unauthenticated('The Authorization header must be "Bearer <token>"'));
  let principal: Principal | null;
  try {
    principal = await tokens.find(match[1]);
  } catch (error) {
    const mapped = fromDatabaseError(error);
    if (mapped) throw withHttpStatus(mapped, 503, retryAfterHeaders(mapped.extensions['code']));
    throw error;
  }
  if (!principal) throw challenge(unauthenticated('The bearer token is not valid (unknown or revoked)'));
  return principal;
}

function challenge(error: GraphQLError): GraphQLError {
  return withHttpStatus(error, 401, { 'www-authenticate': 'Bearer' });
}

function graphqlRequest(payload: unknown): { query?: string; operationName?: string } {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return {};
  const { query, operationName } = payload as Record<string, unknown>;
  return {
    ...(typeof query === 'string' ? { query } : {}),
    ...(typeof operationName === 'string' ? { operationName } : {}),
  };
}

/**
 * The role the selected operation needs: null for a query, the highest role its root fields
 * need for a mutation. Parsed with graphql-js under the same token limit Apollo applies; a
 * document that does not parse needs nothing here (Apollo answers it with a parse error). The
 * word `mutation` must appear in any mutation, so most reads skip the parse.
 */
export function roleNeeded(query: string, operationName: string | undefined, limits: Pick<Limits, 'tokens'>): Role | null {
  if (!query.includes('mutation')) return null;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.tokens, noLocation: true });
  } catch {
    return null;
  }
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== OperationTypeNode.MUTATION) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fields = rootFields(operation.selectionSet, fragments, new Set());
  const roles = fields.filter((field) => field !== '__typename').map(roleForMutation);
  if (roles.length === 0) return null;
  return roles.reduce((highest, role) => (ROLES.indexOf(role) > ROLES.indexOf(highest) ? role : highest));
}

function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const fragment = fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}
