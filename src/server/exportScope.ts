import { badUserInput } from '../errors.js';
import { ENTITY_KINDS } from '../model/kinds.js';
import { isLanguage, LANGUAGES, type Language } from '../model/languages.js';
import { RELATION_TYPES } from '../model/relations.js';
import { checkDate } from '../read/arguments.js';
import type { Scope } from '../read/fields/subgraphs.js';

/** Query-string (or form) fields: a value, or several when a field is repeated. */
export type ExportQuery = Record<string, string | string[] | number | boolean | undefined>;

const SCOPES = 'one of neighborhood=<id>, from=<id>&to=<id>, ids=<id,id,...> or all=true';

/**
 * The scope and language of an export request, from its text fields. Values are checked here for
 * form (integers, known relation types and kinds); ranges and ids are checked by the same code as
 * GraphQL's (src/read/fields/subgraphs.ts), so both answer the same way.
 */
export function exportScope(query: ExportQuery): { scope: Scope; lang: Language } {
  const lang = (one(query, 'lang') ?? 'EN').toUpperCase();
  if (!isLanguage(lang)) throw badUserInput(`unknown lang "${lang.slice(0, 10)}"`, { argument: 'lang', allowed: LANGUAGES.join(', ') });
  const given = ['neighborhood', 'from', 'ids', 'all'].filter((name) => query[name] !== undefined);
  if (given.length !== 1) {
    throw badUserInput(given.length ? `give one scope, not ${given.join(' and ')}` : 'give the scope of the export', {
      argument: 'scope',
      allowed: SCOPES,
    });
  }
  const relationTypes = list(query, 'relationTypes', RELATION_TYPES);
  let scope: Scope;
  switch (given[0]) {
    case 'neighborhood':
      scope = {
        kind: 'neighborhood',
        id: one(query, 'neighborhood') ?? '',
        depth: integer(query, 'depth'),
        limit: integer(query, 'limit'),
        relationTypes,
        kinds: list(query, 'kinds', ENTITY_KINDS),
      };
      break;
    case 'from': {
      const to = one(query, 'to');
      if (to === undefined) throw badUserInput('from needs to', { argument: 'to', allowed: 'an entity id' });
      scope = {
        kind: 'paths',
        from: one(query, 'from') ?? '',
        to,
        maxHops: integer(query, 'maxHops'),
        first: integer(query, 'first'),
        relationTypes,
      };
      break;
    }
    case 'ids':
      scope = {
        kind: 'ids',
        ids: all(query, 'ids')
          .flatMap((v) => v.split(','))
          .map((id) => id.trim())
          .filter(Boolean),
        relationTypes,
      };
      break;
    default: {
      const flag = one(query, 'all');
      if (flag !== 'true' && flag !== '') throw badUserInput('all must be true', { argument: 'all', allowed: 'true' });
      scope = { kind: 'whole', limit: integer(query, 'limit') };
    }
  }
  const asOf = one(query, 'asOf');
  return { scope: { ...scope, asOf: asOf === undefined ? null : checkDate(asOf, 'asOf') }, lang };
}

function all(query: ExportQuery, name: string): string[] {
  const value = query[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function one(query: ExportQuery, name: string): string | undefined {
  const values = all(query, name);
  if (values.length > 1) throw badUserInput(`${name} is given ${values.length} times`, { argument: name, allowed: 'once' });
  return values[0];
}

function integer(query: ExportQuery, name: string): number | null {
  const text = one(query, name);
  if (text === undefined) return null;
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value))
    throw badUserInput(`${name} must be an integer (got "${text.slice(0, 20)}")`, { argument: name, allowed: 'an integer' });
  return value;
}

function list<T extends string>(query: ExportQuery, name: string, allowed: readonly T[]): T[] | null {
  const values = all(query, name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toUpperCase())
    .filter(Boolean);
  if (values.length === 0) return null;
  const unknown = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (unknown.length)
    throw badUserInput(`unknown ${name}: ${unknown.join(', ').slice(0, 100)}`, { argument: name, allowed: allowed.join(', ') });
  return values as T[];
}
