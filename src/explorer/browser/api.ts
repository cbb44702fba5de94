// The explorer's calls to the service: GraphQL over POST (JSON, which Apollo's CSRF protection
// accepts), typed by the operations in ./operations (codegen writes ./generated).
import type { TypedDocumentString } from './generated/graphql.js';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: Array<{ message: string }>;
}

/** Runs an operation; throws the first error's message when there is one. */
export async function request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as GraphQLAnswer<Result>;
  const first = body.errors?.[0];
  if (first) throw new Error(first.message);
  if (!body.data) throw new Error(`the service answered ${response.status} without data`);
  return body.data;
}
