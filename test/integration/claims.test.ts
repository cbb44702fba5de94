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
