import { describe, expect, it } from 'vitest';
import { deriveEnds } from '../../src/data/derive-ends.js';
import { inheritDates } from '../../src/data/inherit-dates.js';
import type { EntityRecord, LinkRecord } from '../../src/data/records.js';
import { timeProblems } from '../../src/data/time-rules.js';
import { CalendarDate } from '../../src/model/date.js';

const date = (iso: string) => CalendarDate.parse(iso)!;
const entity = (id: string, kind: EntityRecord['kind'], props: Record<string, unknown> = {}): EntityRecord => ({
  id,
  kind,
  label: kind,
  props: { id, ...props },
});
const link = (from: string, type: LinkRecord['type'], to: string, props: Record<string, unknown> = {}): LinkRecord => ({
  id: `${from}|${type}|${to}`,
  type,
  from,
  to,
  props,
});

describe('ends derived from successors', () => {
  it('ends a replaced act the day before the link’s date, else the successor’s entry into force, else its adoption', () => {
    const rows = [
      entity('old-a', 'CODE'),
      entity('new-a', 'CODE', { validFrom: date('2015-01-01') }),
      entity('old-b', 'LAW'),
      entity('new-b', 'LAW', { validFrom: date('2020-03-01') }),
      entity('old-c', 'LAW'),
      entity('new-c', 'LAW', { adopted: date('2012-02-16') }),
      entity('old-a:art:1', 'PROVISION'),
    ];
    const links = [
      link('new-a', 'REPLACES', 'old-a', { date: date('2015-01-01') }),
      link('new-b', 'REPEALS', 'old-b'),
      link('new-c', 'REPLACES', 'old-c'),
      link('old-a:art:1', 'PART_OF', 'old-a'),
    ];
    const derived = deriveEnds(rows, links);
    inheritDates(rows, links);
    const props = Object.fromEntries(rows.map((r) => [r.id, r.props]));
    expect(props['old-a']?.['supersededTo']).toEqual(date('2014-12-31'));
    expect(props['old-b']?.['supersededTo']).toEqual(date('2020-02-29'));
    expect(props['old-c']?.['supersededTo']).toEqual(date('2012-02-15'));
    // A provision follows its act.
    expect(props['old-a:art:1']?.['inheritedTo']).toEqual(date('2014-12-31'));
    expect(derived.find((d) => d.entity === 'old-c')?.fromAdoption).toBe(true);
  });

  it('takes the earliest successor when an institution is split between two', () => {
    const rows = [
      entity('ministry', 'INSTITUTION'),
      entity('a', 'INSTITUTION', { validFrom: date('2022-06-17') }),
      entity('b', 'INSTITUTION', { validFrom: date('2022-06-20') }),
    ];
    deriveEnds(rows, [link('a', 'REPLACES', 'ministry'), link('b', 'REPLACES', 'ministry')]);
    expect(rows[0]?.props['supersededTo']).toEqual(date('2022-06-16'));
  });
});

describe('time rules of the data check', () => {
  const check = (entities: EntityRecord[], links: LinkRecord[]) => {
    deriveEnds(entities, links);
    const messages: string[] = [];
    const origins = { entities: new Map(), links: new Map(), claims: new Map() };
    timeProblems({ entities, links, claims: [], hash: '' }, origins, (_item, severity, message) =>
      messages.push(`${severity}: ${message}`),
    );
    return messages;
  };

  it('refuses an act in force after its successor started unless a source says so', () => {
    const rows = () => [entity('old', 'CODE', { validTo: date('2016-06-30') }), entity('new', 'CODE', { validFrom: date('2016-01-01') })];
    const links = [link('new', 'REPLACES', 'old')];
    expect(check(rows(), links)).toEqual([
      expect.stringMatching(/^error: old: in force until 2016-06-30, after its successor new started/),
    ]);
    const sourced = rows();
    sourced[0]!.props['validToSources'] = ['src:x'];
    expect(check(sourced, links)).toEqual([]);
  });

  it('refuses a link in force outside one of its ends', () => {
    const messages = check(
      [entity('law', 'LAW', { validFrom: date('2010-01-01'), validTo: date('2015-12-31') }), entity('crc:art:3', 'PROVISION')],
      [link('law', 'IMPLEMENTS', 'crc:art:3', { validFrom: date('2016-01-01') })],
    );
    expect(messages).toEqual(['error: law|IMPLEMENTS|crc:art:3: in force from 2016-01-01, after law ended (2015-12-31)']);
  });

  it('refuses overlapping and unclosed terms of a single-holder office', () => {
    const office = entity('office', 'INSTITUTION', { singleHolder: true });
    const messages = check(
      [office, entity('p1', 'PERSON'), entity('p2', 'PERSON'), entity('p3', 'PERSON')],
      [
        link('office', 'HELD_BY', 'p1', { validFrom: date('2016-03-25'), validTo: date('2018-06-12') }),
        link('office', 'HELD_BY', 'p2', { validFrom: date('2018-06-12') }),
        link('office', 'HELD_BY', 'p3', { validFrom: date('2019-07-18') }),
      ],
    );
    expect(messages).toEqual([
      'error: office|HELD_BY|p1: the term (until 2018-06-12) overlaps office|HELD_BY|p2 (from 2018-06-12) in the single-holder office office',
      "error: office|HELD_BY|p2: the term is followed by p3's but has no end (validTo)",
    ]);
  });
});
