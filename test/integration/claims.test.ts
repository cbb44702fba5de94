import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

interface Claim {
  property: string;
  value: string;
  status: string;
  official: boolean;
  basis: string;
  sources: Array<{ id: string }>;
}

async function claimsOf(id: string): Promise<Claim[]> {
  const { body } = await service.graphql<{ node: { claims: Claim[] } }>(
    'query($id: ID!) { node(id: $id) { claims { property value status official basis sources { id } } } }',
    { id },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.node.claims;
}

describe('contested claims', () => {
  it("keeps the paper's date of the Law on the Rights of the Child (2003) as contested, and the official 8 August 2002", async () => {
    const [law] = await Promise.all([
      service.graphql<{ node: { adopted: string } }>('{ node(id: "kz:law:rights-of-child") { ... on Instrument { adopted } } }'),
    ]);
    expect(law.body.data!.node.adopted).toBe('2002-08-08');
    const claims = await claimsOf('kz:law:rights-of-child');
    const paper = claims.find((c) => c.basis === 'SEED_PAPER' && c.value.includes('2003'));
    expect(paper).toMatchObject({ status: 'CONTESTED', official: false });
    expect(paper!.sources.map((s) => s.id)).toContain('src:seed-paper');
    const official = claims.find((c) => c.official && c.value.includes('2002'));
    expect(official).toMatchObject({ status: 'OFFICIAL', basis: 'OFFICIAL' });
    expect(official!.sources.length).toBeGreaterThan(0);
  });

  it("keeps the paper's reading of Constitution Article 30 as contested: Article 27 protects childhood", async () => {
    const claims = await claimsOf('kz:const:1995:art:30');
    expect(claims.some((c) => c.basis === 'SEED_PAPER' && c.status === 'CONTESTED')).toBe(true);
    expect(claims.some((c) => c.official)).toBe(true);
  });

  it('marks a contested implementation link as such, next to the official one', async () => {
    const { body } = await service.graphql<{
      instrument: { implements: Array<{ status: string; basis: string; article: { id: string } }> };
    }>(
      '{ instrument(id: "kz:law:social-legal-protection-without-parental-care") { verified implements { status basis article { id } } } }',
    );
    const links = body.data!.instrument.implements;
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatchObject({ status: 'CONTESTED', basis: 'SEED_PAPER' });
  });
});
