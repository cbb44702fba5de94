import { GraphQLError, GraphQLScalarType, Kind, print } from 'graphql';
import { CalendarDate } from '../model/date.js';

function parse(value: unknown): string {
  const date = typeof value === 'string' ? CalendarDate.parse(value) : undefined;
  if (!date) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value)})`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date.iso;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) => {
    if (typeof value !== 'string') throw new TypeError(`Date cannot represent ${JSON.stringify(value)}`);
    return value.slice(0, 10);
  },
  parseValue: parse,
  // A malformed string is refused by validation (src/server/date-arguments.ts), which names the
  // argument; anything but a string is refused here.
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : parse(print(ast))),
});
