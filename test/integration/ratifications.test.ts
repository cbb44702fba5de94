import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Question 5: when and by which act did Kazakhstan ratify each Optional Protocol? With the
 * sources, and every version of a date where the sources disagree.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Ratifications = graphql(`
  query Ratifications($asOf: Date) {
    node(id: "kz") {
      ... on State {
        ratifications(asOf: $asOf) {
          id
          treaty {
            id
            instrumentKind
          }
          date
          act {
            id
            number
            registerCode
            adopted
          }
          depositDate
          inForceDate
          basis
          status
          sources {
            id
          }
          claims {
            property
            value
            status
            official
            sources {
              id
            }
          }
        }
        signatures(asOf: $asOf) {
          to {
            id
          }
          date
        }
      }
    }
  }
`);

const FromTheProtocols = graphql(`
  query FromTheProtocols {
    instruments(kind: OPTIONAL_PROTOCOL) {
      id
      ratifications {
        state {
          id
        }
        date
        act {
          id
        }
      }
      extends {
        id
      }
    }
  }
`);

async function ratifications(asOf: string | null = null) {
  const { body } = await service.query(Ratifications, { asOf });
  expect(body.errors).toBeUndefined();
  expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
  const state = body.data!.node;
  if (!state || !('ratifications' in state)) throw new Error('kz is not a State');
  return state;
}

describe("Kazakhstan's ratification of the Optional Protocols", () => {
  it('gives the date and the ratifying law of each, with sources', async () => {
    const { ratifications: links } = await ratifications();
    const protocols = links.filter((l) => l.treaty.instrumentKind === 'OPTIONAL_PROTOCOL');
    expect(protocols.map((l) => [l.treaty.id, l.date, l.act?.id, l.act?.number])).toEqual([
      ['opac', '2001-07-04', 'kz:law:opac-ratification', '221-II'],
      ['opsc', '2001-07-04', 'kz:law:opsc-ratification', '219-II'],
      ['opic', '2023-12-19', 'kz:law:opic-ratification', '47-VIII'],
    ]);
    for (const link of protocols) {
      expect(link).toMatchObject({ basis: 'OFFICIAL', status: 'OFFICIAL' });
      expect(link.sources.length).toBeGreaterThan(0);
      expect(link.act?.adopted).toBe(link.date);
    }
    expect(protocols.find((l) => l.treaty.id === 'opic')?.act?.registerCode).toBe('Z2300000047');
  });

  it('keeps both dates for the OPAC ratification: the register’s entry into force is official, the NGO report’s deposit date unverified', async () => {
    const { ratifications: links } = await ratifications();
    const opac = links.find((l) => l.treaty.id === 'opac')!;
    expect(opac).toMatchObject({ inForceDate: '2003-05-05', depositDate: null });
    expect(opac.claims.map((c) => [c.property, c.value, c.status, c.official, c.sources.map((s) => s.id)])).toEqual([
      ['depositDate', '2003-04-10', 'UNVERIFIED', false, ['src:refworld-child-soldiers-kazakhstan']],
      ['inForceDate', '2003-05-05', 'OFFICIAL', true, ['src:adilet-z010000221', 'src:adilet-z010000221-kaz']],
    ]);
  });

  it('answers as of a day: before December 2023 the OPIC was signed but not ratified', async () => {
    const state = await ratifications('2023-06-01');
    expect(state.ratifications.map((l) => l.treaty.id)).toEqual(['crc', 'opac', 'opsc']);
    expect(state.signatures.map((s) => [s.to.id, s.date])).toContainEqual(['opic', '2023-02-07']);
    expect((await ratifications('2000-01-01')).ratifications.map((l) => l.treaty.id)).toEqual(['crc']);
  });

  it('reads the same from each protocol, with the CRC articles it extends', async () => {
    const { body } = await service.query(FromTheProtocols);
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
    const byId = new Map(body.data!.instruments.map((i) => [i.id, i]));
    expect(byId.get('opsc')!.ratifications).toEqual([{ state: { id: 'kz' }, date: '2001-07-04', act: { id: 'kz:law:opsc-ratification' } }]);
    expect(byId.get('opsc')!.extends.map((p) => p.id)).toEqual([
      'crc:art:1',
      'crc:art:11',
      'crc:art:21',
      'crc:art:32',
      'crc:art:33',
      'crc:art:34',
      'crc:art:35',
      'crc:art:36',
    ]);
    expect(byId.get('opac')!.extends.map((p) => p.id)).toEqual(['crc:art:38']);
  });
});
