import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { badUserInput, withHttpStatus } from '../errors.js';

/**
 * Bookmarks for clients. After a write, the response carries the write's Neo4j bookmarks in the
 * `crg-bookmark` header and in `extensions.bookmark` (the same opaque text). A client that sends
 * it back in the `crg-bookmark` header, to this instance or any other of the same Neo4j, reads
 * and writes after its own write: every transaction of that request waits until the Neo4j server
 * it runs on has applied the write (on a cluster, a follower that lags catches up first).
 */
export const BOOKMARK_HEADER = 'crg-bookmark';

/** Neo4j bookmarks are about 50 characters; one per database written, so a handful at most. */
const MAX_HEADER_CHARS = 4096;
const MAX_BOOKMARKS = 16;
const NEO4J_BOOKMARK = /^[\x21-\x7e]{1,512}$/;

/** The header's text: the bookmarks as JSON, in base64url, so it is one opaque header-safe token. */
export function encodeBookmark(bookmarks: readonly string[]): string {
  return Buffer.from(JSON.stringify(bookmarks), 'utf8').toString('base64url');
}

/** The client's bookmarks; undefined without the header. Anything else than what we sent is a 400. */
export function readBookmarkHeader(header: string | string[] | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  const bookmarks = value.length <= MAX_HEADER_CHARS && /^[A-Za-z0-9_-]+$/.test(value) ? decode(value) : undefined;
  if (!bookmarks) {
    throw withHttpStatus(
      badUserInput(
        `The ${BOOKMARK_HEADER} header is not a bookmark this service sent: send back the ${BOOKMARK_HEADER} of a write, as it was`,
        {
          argument: BOOKMARK_HEADER,
        },
      ),
      400,
    );
  }
  return bookmarks;
}

function decode(value: string): string[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || parsed.length > MAX_BOOKMARKS) return undefined;
  return parsed.every((item): item is string => typeof item === 'string' && NEO4J_BOOKMARK.test(item)) ? parsed : undefined;
}

/** Puts the bookmark of the request's write, if it wrote, on the response. */
export function bookmarkPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, contextValue }) {
          const written = contextValue.stats.causal?.written ?? [];
          if (written.length === 0) return Promise.resolve();
          const bookmark = encodeBookmark(written);
          response.http.headers.set(BOOKMARK_HEADER, bookmark);
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, bookmark };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
