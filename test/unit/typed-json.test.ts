import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decode, encode, type TypedJson } from '../../src/db/typed-json.js';

/** Backups keep every Neo4j value type apart: what is encoded decodes to the same value. */
describe('typed JSON for backups', () => {
  it.each<[string, unknown, TypedJson]>([
    ['a string', 'Закон «Об образовании» "x" \\ {}', 'Закон «Об образовании» "x" \\ {}'],
    ['an integer', neo4j.int(7), { $int: '7' }],
    ['a 64-bit integer', neo4j.int('9007199254740993'), { $int: '9007199254740993' }],
    ['a float that looks whole', 1, { $float: 1 }],
    ['a date', new neo4j.types.Date(2007, 7, 27), { $date: [2007, 7, 27] }],
    [
      'a datetime in UTC',
      new neo4j.types.DateTime(2025, 1, 2, 3, 4, 5, 123456789, 0),
      { $datetime: [2025, 1, 2, 3, 4, 5, 123456789, 0, null] },
    ],
    [
      'a datetime in a zone',
      new neo4j.types.DateTime(2025, 1, 2, 3, 4, 5, 0, undefined, 'Asia/Almaty'),
      { $datetime: [2025, 1, 2, 3, 4, 5, 0, null, 'Asia/Almaty'] },
    ],
    ['a duration', new neo4j.types.Duration(1, 2, 3, 4), { $duration: [1, 2, 3, 4] }],
    ['a list', ['a', neo4j.int(1)], ['a', { $int: '1' }]],
    ['null', null, null],
  ])('keeps %s', (_what, value, json) => {
    expect(encode(value)).toEqual(json);
    expect(encode(decode(JSON.parse(JSON.stringify(json)) as TypedJson))).toEqual(json);
  });

  it('refuses what it cannot restore', () => {
    expect(() => encode({ some: 'map' })).toThrow(/cannot back up/);
    expect(() => decode({ $nope: 1 })).toThrow(/unknown typed value/);
  });
});
