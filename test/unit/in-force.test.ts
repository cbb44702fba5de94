import { describe, expect, it } from 'vitest';
import { inForceCondition } from '../../src/model/in-force.js';
import { parseTemplate } from '../../src/read/template.js';
import { inheritDates } from '../../src/data/inherit-dates.js';
import type { EntityRecord, LinkRecord } from '../../src/data/records.js';
import { CalendarDate } from '../../src/model/date.js';

/** The one in-force rule, as query files and the compiler use it, and the dates parts inherit. */
describe('the in-force rule', () => {
  it('starts at validFrom, else adopted, else the event date, else what the part inherits; ends at validTo, else the day before a successor, else the inherited end', () => {
    expect(inForceCondition('n', '$d')).toBe(
      '($d IS NULL OR (coalesce(n.validFrom, n.adopted, n.date, n.inheritedFrom, $d) <= $d AND coalesce(n.validTo, n.supersededTo, n.inheritedTo, $d) >= $d))',
    );
  });

  it('is written into query files where they say {{inForce(variable, $param)}}', () => {
    const text = parseTemplate(
      'test',
      'MATCH (n) WHERE {{inForce(n, $asOf)}} AND EXISTS { MATCH (n)-[r]->() WHERE {{inForce(r, $asOf)}} }',
    ).text;
    expect(text).toBe(
      `MATCH (n) WHERE ${inForceCondition('n', 'date($asOf)')} AND EXISTS { MATCH (n)-[r]->() WHERE ${inForceCondition('r', 'date($asOf)')} }`,
    );
  });
});

describe('dates inherited by parts', () => {
  const date = (iso: string) => CalendarDate.parse(iso)!;
  const entity = (id: string, props: Record<string, unknown> = {}): EntityRecord => ({
    id,
    kind: 'PROVISION',
    label: 'Provision',
    props: { id, ...props },
  });
  const partOf = (from: string, to: string): LinkRecord => ({ id: `${from}|PART_OF|${to}`, type: 'PART_OF', from, to, props: {} });

  it('gives a provision without dates those of its instrument, through nested provisions', () => {
    const constitution = {
      ...entity('const'),
      kind: 'CONSTITUTION' as const,
      props: { id: 'const', validFrom: date('1995-08-30'), validTo: date('2026-06-30') },
    };
    const law = { ...entity('law'), kind: 'LAW' as const, props: { id: 'law', adopted: date('2007-07-27') } };
    const rows = [
      constitution,
      law,
      entity('const:art:4'),
      entity('const:art:4:para:3'),
      entity('law:art:8'),
      entity('law:art:8-1', { validFrom: date('2020-01-01') }),
    ];
    inheritDates(rows, [
      partOf('const:art:4', 'const'),
      partOf('const:art:4:para:3', 'const:art:4'),
      partOf('law:art:8', 'law'),
      partOf('law:art:8-1', 'law'),
    ]);
    const props = Object.fromEntries(rows.map((r) => [r.id, r.props]));
    expect(props['const:art:4:para:3']).toMatchObject({ inheritedFrom: date('1995-08-30'), inheritedTo: date('2026-06-30') });
    expect(props['law:art:8']).toMatchObject({ inheritedFrom: date('2007-07-27') });
    expect(props['law:art:8']).not.toHaveProperty('inheritedTo');
    // Dates of its own win: nothing is inherited for the start.
    expect(props['law:art:8-1']).not.toHaveProperty('inheritedFrom');
    expect(props['const']).not.toHaveProperty('inheritedFrom');
  });
});
