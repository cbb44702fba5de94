import type { GraphQLError } from 'graphql';
import { badUserInput } from '../errors.js';
import { CalendarDate } from '../model/date.js';
import { ID_PATTERN } from '../model/properties.js';

const JURISDICTION = /^[A-Za-z]{2,3}$/;

/** Checks of argument values that the schema's types cannot express. Each names the argument. */
export function checkId(id: string, argument = 'id'): string {
  if (!ID_PATTERN.test(id)) {
    throw badUserInput(`${argument} "${id.slice(0, 80)}" is not a valid id`, {
      argument,
      allowed: 'letters, digits and : / # . _ - (1 to 200 characters), e.g. crc:art:19',
    });
  }
  return id;
}

/** A calendar date written YYYY-MM-DD that exists (not 2024-13-40); any year, past or future. */
export function checkDate(text: string, argument: string): string {
  const date = CalendarDate.parse(text);
  if (!date) throw badDate(argument, text);
  return date.iso;
}

/** The error for a date argument that is not a calendar date, naming the argument. */
export function badDate(argument: string, got: string): GraphQLError {
  return badUserInput(`${argument} must be a calendar date written YYYY-MM-DD (got "${got.slice(0, 40)}")`, {
    argument,
    allowed: 'a calendar date YYYY-MM-DD, e.g. 2015-01-01',
  });
}

export function checkRange(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${argument} must be between ${min} and ${max} (got ${value})`, { argument, allowed: `${min}..${max}` });
  }
  return value;
}

const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 10;

/**
 * Turns what a user typed into a Lucene query over the name index. Only the words (letters and
 * digits, any script) are kept, so Lucene syntax in the input (AND, *, ~, quotes, brackets) can
 * neither break the query nor change its meaning. Each word matches exactly (weighted higher) or
 * as a prefix, which finds inflected Kazakh and Russian forms.
 */
export function luceneQuery(query: string): string {
  const text = query.trim();
  if (!text) throw badUserInput('query must not be empty', { argument: 'query' });
  if (text.length > MAX_QUERY_LENGTH) {
    throw badUserInput(`query is too long (${text.length} characters; at most ${MAX_QUERY_LENGTH})`, {
      argument: 'query',
      allowed: `1..${MAX_QUERY_LENGTH} characters`,
    });
  }
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  if (words.length === 0) throw badUserInput('query has no words to search for (letters or digits)', { argument: 'query' });
  return words.map((word) => `(${word}^2 OR ${word}*)`).join(' ');
}

/** A non-empty list of at most `max` valid ids, duplicates dropped (first occurrence kept). */
export function checkIdList(ids: readonly string[], max: number, argument = 'ids'): string[] {
  if (ids.length === 0) throw badUserInput(`${argument} must hold at least one id`, { argument, allowed: `1..${max} ids` });
  const unique = [...new Set(ids)];
  if (unique.length > max) {
    throw badUserInput(`${argument} holds ${unique.length} ids; at most ${max}`, { argument, allowed: `1..${max} ids` });
  }
  return unique.map((id) => checkId(id, argument));
}

/** A State's code, as instruments' `jurisdiction` holds it (upper case). */
export function checkJurisdiction(code: string): string {
  if (!JURISDICTION.test(code)) {
    throw badUserInput(`jurisdiction "${code.slice(0, 20)}" is not a State code`, {
      argument: 'jurisdiction',
      allowed: 'an ISO 3166 alpha-2 code such as KZ',
    });
  }
  return code.toUpperCase();
}
