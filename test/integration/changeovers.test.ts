import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { prepareDataset } from '../../src/data/prepare.js';
import { readDataset } from '../../src/data/read.js';
import { interval } from '../../src/data/time-rules.js';
import { type CalendarDate } from '../../src/model/date.js';
import { DOMESTIC } from '../../src/model/relations.js';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Every changeover in the dataset answers right on the day before it and on the day of it: an act
 * or institution that ends (by its own validTo, or by a successor that replaces or repeals it) is
 * in force on its last day and not the next; one that starts is in force on its first day and not
 * the day before; a single-holder office has exactly its one holder on both sides of a change.
 * The changeovers are read from the data files, so a new one is tested without a new test.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const { dataset } = prepareDataset(readDataset(loadConfig().dataDir));
const acts = new Set<string>(DOMESTIC);

interface Changeover {
  id: string;
  kind: 'act' | 'institution';
  inForce: string;
  notInForce: string;
}
const changeovers: Changeover[] = dataset.entities.flatMap((entity) => {
  const kind = acts.has(entity.kind) ? 'act' : entity.kind === 'INSTITUTION' ? 'institution' : undefined;
  if (!kind) return [];
  const { from, to } = interval(entity.props);
  const found: Changeover[] = [];
  if (to) found.push({ id: entity.id, kind, inForce: to.iso, notInForce: to.dayAfter().iso });
  if (from) found.push({ id: entity.id, kind, inForce: from.iso, notInForce: from.dayBefore().iso });
  return found;
});

const InForce = graphql(`
  query InForceOn($asOf: Date) {
    instruments(asOf: $asOf) {
      id
    }
    institutions(asOf: $asOf) {
      id
    }
  }
`);

async function inForceOn(day: string): Promise<Set<string>> {
  const { body } = await service.query(InForce, { asOf: day });
  expect(body.errors).toBeUndefined();
  return new Set([...body.data!.instruments, ...body.data!.institutions].map((e) => e.id));
}

describe('every changeover in the dataset', () => {
  it('finds the changeovers the docs name', () => {
    const ids = new Set(changeovers.map((c) => c.id));
    for (const id of [
      'kz:code:criminal-1997',
      'kz:code:criminal-2014',
      'kz:code:labour-2007',
      'kz:code:health-2009',
      'kz:law:special-social-services',
    ]) {
      expect(ids).toContain(id);
    }
    expect(changeovers.length).toBeGreaterThan(50);
  });

  it('answers each act and institution in force on its side of the day, and not on the other', async () => {
    const days = [...new Set(changeovers.flatMap((c) => [c.inForce, c.notInForce]))].sort();
    const answers = new Map<string, Set<string>>();
    for (const day of days) answers.set(day, await inForceOn(day));
    const wrong = changeovers.filter((c) => !answers.get(c.inForce)!.has(c.id) || answers.get(c.notInForce)!.has(c.id));
    expect(wrong).toEqual([]);
  });

  it('answers the 1997 Criminal Code until 31 December 2014 and the 2014 Code from 1 January 2015', async () => {
    const before = await inForceOn('2014-12-31');
    const after = await inForceOn('2015-01-01');
    expect([before.has('kz:code:criminal-1997'), before.has('kz:code:criminal-2014')]).toEqual([true, false]);
    expect([after.has('kz:code:criminal-1997'), after.has('kz:code:criminal-2014')]).toEqual([false, true]);
  });
});

const Implementers = graphql(`
  query ArticleImplementersOn($asOf: Date) {
    crcArticle(number: 35, asOf: $asOf) {
      implementedBy {
        by {
          id
        }
      }
    }
  }
`);

describe('links follow their ends', () => {
  it('lists the replaced code’s articles as implementing CRC Article 35 only while that code was in force', async () => {
    const ids = async (asOf: string) => {
      const { body } = await service.query(Implementers, { asOf });
      expect(body.errors).toBeUndefined();
      return body.data!.crcArticle!.implementedBy.map((l) => l.by.id);
    };
    const old = (id: string) => id.startsWith('kz:code:criminal-1997');
    expect((await ids('2014-12-31')).some(old)).toBe(true);
    expect((await ids('2015-01-01')).some(old)).toBe(false);
    expect((await ids('2024-01-01')).some(old)).toBe(false);
  });
});

const Holders = graphql(`
  query OfficeHoldersOn($id: ID!, $asOf: Date) {
    node(id: $id) {
      ... on Institution {
        holders(asOf: $asOf) {
          id
        }
      }
    }
  }
`);

describe('single-holder offices', () => {
  const offices = dataset.entities.filter((e) => e.kind === 'INSTITUTION' && e.props['singleHolder'] === true);
  const terms = dataset.links.filter((l) => l.type === 'HELD_BY' && offices.some((o) => o.id === l.from));

  it('have exactly one holder on the last day of each closed term and on the first day of the next', async () => {
    expect(terms.length).toBeGreaterThan(1);
    for (const term of terms) {
      const { from, to } = interval(term.props);
      for (const day of [from, to].filter((d): d is CalendarDate => d !== undefined)) {
        const { body } = await service.query(Holders, { id: term.from, asOf: day.iso });
        expect(body.errors).toBeUndefined();
        const holders = (body.data!.node as { holders: Array<{ id: string }> }).holders;
        expect({ term: term.id, day: day.iso, holders: holders.map((h) => h.id) }).toEqual({
          term: term.id,
          day: day.iso,
          holders: [term.id],
        });
      }
    }
  });
});
