import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Query.timeline on the dataset: an act's life (adopted, in force, replaced), and an
 * institution's (established, renamed, split and ended), each event with its day and sources.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Timeline = graphql(`
  query TimelineOf($id: ID!) {
    timeline(id: $id) {
      event
      date
      derived
      act {
        id
      }
      sources
      formerName
      formerNameKk: formerName(lang: KK)
    }
  }
`);

async function timelineOf(id: string) {
  const { body } = await service.query(Timeline, { id });
  expect(body.errors).toBeUndefined();
  return body.data!.timeline;
}

const brief = (events: Awaited<ReturnType<typeof timelineOf>>) =>
  events.map((e) => `${e.event} ${e.date ?? '?'}${e.derived ? ' (derived)' : ''}${e.act ? ` ${e.act.id}` : ''}`);

describe('timeline', () => {
  it('lists an act’s adoption, entry into force, end and replacement in date order', async () => {
    expect(brief(await timelineOf('kz:code:criminal-1997'))).toEqual([
      'ADOPTED 1997-07-16',
      'ENTERED_INTO_FORCE 1998-01-01',
      'ENDED 2014-12-31',
      'REPLACED_BY 2015-01-01 kz:code:criminal-2014',
    ]);
  });

  it('gives a rename its day, the name before it and the sources that show both names', async () => {
    const events = await timelineOf('kz:inst:child-rights-committee');
    expect(brief(events)).toEqual([
      'ESTABLISHED 2006-01-01',
      'ESTABLISHED_BY 2006-01-01 kz:decree:child-rights-committee-2006',
      'RENAMED 2022-06-11',
    ]);
    const renamed = events.find((e) => e.event === 'RENAMED')!;
    expect(renamed.formerName).toBe("Committee for the Protection of Children's Rights of the Ministry of Education and Science");
    expect(renamed.formerNameKk).toBe('Қазақстан Республикасы Білім және ғылым министрлігі Балалардың құқықтарын қорғау комитеті');
    expect(renamed.sources).toEqual(
      expect.arrayContaining(['src:caravan-child-rights-committee-2006', 'src:kazinform-guardianship-staff-2025']),
    );
    expect(events.filter((e) => e.event !== 'RENAMED').every((e) => e.formerName === null)).toBe(true);
    // The day it was set up has no sources of its own, so it rests on the Committee's.
    expect(events[0]!.sources).toContain('src:adilet-o0700000004');
  });

  it('marks two successors on one day as a split, after the day the ministry ended', async () => {
    expect(brief(await timelineOf('kz:inst:mes'))).toEqual([
      'ENDED 2022-06-10',
      'SPLIT_INTO 2022-06-11 kz:inst:ministry-of-enlightenment',
      'SPLIT_INTO 2022-06-11 kz:inst:ministry-of-science-higher-education',
    ]);
    expect(brief(await timelineOf('kz:inst:ministry-of-enlightenment'))).toEqual([
      'ESTABLISHED 2022-06-11',
      'ESTABLISHED_BY 2022-06-11 kz:decree:mes-split-2022',
      'REPLACES 2022-06-11 kz:inst:mes',
    ]);
  });

  it('finds a body by the name it had before', async () => {
    const { body } = await service.query(
      graphql(`
        query TimelineFormerNameSearch($q: String!) {
          search(query: $q, first: 1) {
            entity {
              id
            }
          }
        }
      `),
      { q: 'Комитет по охране прав детей Министерства образования и науки' },
    );
    expect(body.data?.search.map((hit) => hit.entity.id)).toEqual(['kz:inst:child-rights-committee']);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await service.query(Timeline, { id: 'kz:inst:no-such-body' });
    expect(unknown.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const malformed = await service.query(Timeline, { id: ' <script>' });
    expect(malformed.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
