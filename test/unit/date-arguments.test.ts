import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { dateArgumentsRule } from '../../src/server/date-arguments.js';

const schema = buildSchema(`
  scalar Date
  input Change { date: Date, dates: [Date!] }
  type Query { at(asOf: Date, change: Change): Int }
`);
const errors = (document: string) =>
  validate(schema, parse(document), [dateArgumentsRule]).map((e) => ({ message: e.message, extensions: e.extensions }));

describe('dates written in a document', () => {
  it('refuses an impossible or malformed date with BAD_USER_INPUT naming the argument', () => {
    expect(errors('{ at(asOf: "2024-13-40") }')).toEqual([
      {
        message: 'asOf must be a calendar date written YYYY-MM-DD (got "2024-13-40")',
        extensions: { code: 'BAD_USER_INPUT', argument: 'asOf', allowed: 'a calendar date YYYY-MM-DD, e.g. 2015-01-01' },
      },
    ]);
    expect(errors('{ at(asOf: "yesterday") }')[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
  });

  it('names the input field a date sits in', () => {
    expect(errors('{ at(change: { date: "2023-02-30", dates: ["2020-01-01", "soon"] }) }').map((e) => e.extensions['argument'])).toEqual([
      'change.date',
      'change.dates',
    ]);
  });

  it('accepts real dates, before the CRC or in the future', () => {
    expect(errors('{ a: at(asOf: "1900-01-01") b: at(asOf: "2030-12-31") c: at(change: { date: "2024-02-29" }) }')).toEqual([]);
  });
});
