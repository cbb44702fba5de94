import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Where the seed paper contradicts the official record, both versions are kept, each with its
 * source, and the API says which is official and which is contested.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const ClaimsOf = graphql(`
  query ClaimsOf($id: ID!) {
    node(id: $id) {
      __typename
      claims {
        property
        value
        status
        official
        basis
        sources {
          id
        }
      }
      ... on Instrument {
        adopted
        verified
        implements {
          status
          basis
          article {
            id
          }
        }
      }
    }
  }
`);

async function entity(id: string) {
  const { body } = await service.query(ClaimsOf, { id });
  expect(body.errors).toBeUndefined();
  return body.data!.node!;
}

describe('contested claims', () => {
  it("keeps the paper's date of the Law on the Rights of the Child (2003) as contested, and the official 8 August 2002", async () => {
    const law = await entity('kz:law:rights-of-child');
    expect(law.__typename === 'Instrument' && law.adopted).toBe('2002-08-08');
    const claims = law.claims;
    const paper = claims.find((c) => c.basis === 'SEED_PAPER' && c.value.includes('2003'));
    expect(paper).toMatchObject({ status: 'CONTESTED', official: false });
    expect(paper!.sources.map((s) => s.id)).toContain('src:seed-paper');
    const official = claims.find((c) => c.official && c.value.includes('2002'));
    expect(official).toMatchObject({ status: 'OFFICIAL', basis: 'OFFICIAL' });
    expect(official!.sources.length).toBeGreaterThan(0);
  });

  it("keeps the paper's reading of Constitution Article 30 as contested: Article 27 protects childhood", async () => {
    const { claims } = await entity('kz:const:1995:art:30');
    expect(claims.some((c) => c.basis === 'SEED_PAPER' && c.status === 'CONTESTED')).toBe(true);
    expect(claims.some((c) => c.official)).toBe(true);
  });

  it('marks a contested implementation link as such, next to the official one', async () => {
    const law = await entity('kz:law:social-legal-protection-without-parental-care');
    if (law.__typename !== 'Instrument') throw new Error('not an instrument');
    expect(law.verified).toBe(false);
    const links = law.implements;
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatchObject({ status: 'CONTESTED', basis: 'SEED_PAPER' });
  });
});

const LinkClaims = graphql(`
  query LinkClaims {
    node(id: "kz") {
      claims {
        id
      }
      links(types: [RATIFIED], direction: OUT) {
        id
        to {
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
          link {
            id
            type
            from {
              id
            }
            to {
              id
            }
            date
          }
        }
      }
    }
  }
`);

describe('claims about links', () => {
  it('are reachable from the link, and each says which link it is about', async () => {
    const { body } = await service.query(LinkClaims);
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
    const kz = body.data!.node!;
    const crc = kz.links.find((l) => l.to.id === 'crc')!;
    // Three dates for the CRC ratification: the register's, adilet's English page, and the paper's year.
    const dates = crc.claims.filter((c) => c.property === 'date');
    expect(dates.map((c) => [c.value, c.status])).toEqual([
      ['1994', 'ACCEPTED'],
      ['1994-06-08', 'OFFICIAL'],
      ['1994-07-08', 'CONTESTED'],
    ]);
    expect(dates.find((c) => c.official)?.sources.map((s) => s.id)).toEqual(['src:adilet-b940001400', 'src:adilet-p2100000942']);
    for (const claim of crc.claims) {
      expect(claim.link).toEqual({ id: 'kz|RATIFIED|crc', type: 'RATIFIED', from: { id: 'kz' }, to: { id: 'crc' }, date: '1994-06-08' });
    }
    // OPAC: the deposit date no record read confirms, next to the register's date of entry into force.
    const opac = kz.links.find((l) => l.to.id === 'opac')!;
    expect(opac.claims.map((c) => c.status)).toEqual(['UNVERIFIED', 'OFFICIAL']);
  });

  it('are not mixed into the claims about the entity the link starts at', async () => {
    const { body } = await service.query(LinkClaims);
    expect(body.data!.node!.claims).toEqual([]);
  });

  it('an entity claim has no link', async () => {
    const { body } = await service.query(
      graphql(`
        query EntityClaimLink {
          node(id: "kz:law:rights-of-child") {
            claims {
              value
              link {
                id
              }
            }
          }
        }
      `),
    );
    expect(body.errors).toBeUndefined();
    const claims = body.data!.node!.claims;
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim.link).toBeNull();
  });
});
