import type { GraphQLError } from 'graphql';
import { prepareDataset } from '../data/prepare.js';
import type { PreparedDataset } from '../data/records.js';
import type { Item, Problem } from '../data/read.js';
import { badUserInput } from '../errors.js';
import type { EntityKind } from '../model/kinds.js';
import { COMMON_PROPS, KIND_PROPS } from '../model/properties.js';
import { COMMON_LINK_PROPS, RELATIONS } from '../model/relations.js';

/** One entity or link of a curated write, with the argument path that names it in errors. */
export interface CuratedItem {
  argument: string;
  fields: Record<string, unknown>;
}

/** Longest text curation stores in one field: an abstract, not a book. */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * Checks a write with the dataset's own rules (src/data/prepare.ts): kinds, fields per kind, id
 * format, dates, references and provenance. `inGraph` holds the kinds of the entities the write
 * refers to that already exist. Throws BAD_USER_INPUT naming the field of the first problem.
 */
export function validate(
  items: { entities?: CuratedItem[]; links?: CuratedItem[] },
  inGraph: ReadonlyMap<string, EntityKind>,
): PreparedDataset {
  const toItem = (item: CuratedItem): Item => ({ file: item.argument, line: 0, fields: item.fields });
  const entities = (items.entities ?? []).map(toItem);
  const links = (items.links ?? []).map(toItem);
  for (const item of [...entities, ...links]) checkLengths(item.fields, item.file);
  const { dataset, problems } = prepareDataset({ entities, links, claims: [], problems: [], hash: '' }, inGraph);
  const first = problems.find((p) => p.severity === 'error');
  if (first) throw problemError(first, problems.filter((p) => p.severity === 'error').length);
  return dataset;
}

/** BAD_USER_INPUT for a problem the dataset rules found, naming the field when the message does. */
export function problemError(problem: Problem, count = 1): GraphQLError {
  const field = problemField(problem.message);
  const argument = field ? `${problem.file}.${field}` : problem.file;
  const more = count > 1 ? ` (and ${count - 1} more problem${count > 2 ? 's' : ''})` : '';
  return badUserInput(`${argument}: ${problem.message}${more}`, { argument });
}

const FIELDS = new Set<string>([
  ...Object.keys(COMMON_PROPS),
  ...Object.values(KIND_PROPS).flatMap((props) => Object.keys(props)),
  ...COMMON_LINK_PROPS,
  ...Object.values(RELATIONS).flatMap((spec) => ('extra' in spec ? spec.extra : []) as readonly string[]),
  'type',
  'from',
  'to',
]);

/**
 * The field a dataset problem is about. The messages read `<what>: <field> <problem>` (see
 * src/data/prepare.ts); a few name the field in other words.
 */
export function problemField(message: string): string | undefined {
  if (/^entity id .* is missing or malformed/.test(message) || /^duplicate id /.test(message)) return 'id';
  const detail = message.slice(message.indexOf(': ') + 2);
  const quoted = /^unknown field "([^"]+)"/.exec(detail);
  if (quoted) return quoted[1];
  if (detail.startsWith('unknown kind')) return 'kind';
  if (detail.startsWith('unknown type')) return 'type';
  if (detail.startsWith('name.en')) return 'name';
  if (detail.startsWith('needs at least one source')) return 'sources';
  if (/^a \w+ needs partOf/.test(detail)) return 'partOf';
  if (detail.startsWith('from and to')) return 'from';
  const word = /^(\w+)/.exec(detail)?.[1];
  return word && FIELDS.has(word) ? word : undefined;
}

/** Every string of a write, however deep, stays under MAX_TEXT_LENGTH. */
function checkLengths(value: unknown, path: string): void {
  if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) {
    throw badUserInput(`${path} is ${value.length} characters long; at most ${MAX_TEXT_LENGTH} are stored`, {
      argument: path,
      allowed: `1..${MAX_TEXT_LENGTH} characters`,
    });
  }
  if (Array.isArray(value)) value.forEach((item, i) => checkLengths(item, `${path}[${i}]`));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) checkLengths(item, `${path}.${key}`);
}
