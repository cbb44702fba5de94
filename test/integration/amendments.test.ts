import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/** Amending acts over time: the 2024 law on women's rights and child safety amends two codes from 16 June 2024. */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const Amendments = graphql(`
  query Amendments($asOf: Date) {
    instrument(id: "kz:law:women-rights-child-safety") {
      number
      adopted
      validFrom
      amends(asOf: $asOf) {
        to {
          id
        }
        date
        validFrom
        basis
        sources {
          id
        }
      }
    }
    criminalCode: instrument(id: "kz:code:criminal-2014") {
      amendedBy(asOf: $asOf) {
        from {
          id
        }
      }
      predecessors {
        id
      }
    }
  }
`);

describe('amending acts', () => {
  it('the 2024 law amends the Criminal Code and the Marriage and Family Code, in force from 16 June 2024', async () => {
    const { body } = await service.query(Amendments, { asOf: '2024-06-16' });
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(2);
    const law = body.data!.instrument!;
    expect(law).toMatchObject({ number: '72-VIII', adopted: '2024-04-15', validFrom: '2024-06-16' });
    expect(law.amends.map((l) => [l.to.id, l.date, l.validFrom, l.basis])).toEqual([
      ['kz:code:criminal-2014', '2024-04-15', '2024-06-16', 'EDITORIAL'],
      ['kz:code:marriage-family', '2024-04-15', '2024-06-16', 'EDITORIAL'],
    ]);
    for (const link of law.amends) expect(link.sources.length).toBeGreaterThan(0);
    // In date order: Law 501-V of 2016 on the protection of children's rights, then the 2024 law.
    expect(body.data!.criminalCode).toEqual({
      amendedBy: [{ from: { id: 'kz:law:child-rights-protection-amendments-2016' } }, { from: { id: 'kz:law:women-rights-child-safety' } }],
      predecessors: [{ id: 'kz:code:criminal-1997' }],
    });
  });

  it('between adoption and entry into force the amendments do not yet apply', async () => {
    const { body } = await service.query(Amendments, { asOf: '2024-06-15' });
    expect(body.data!.instrument!.amends).toEqual([]);
    expect(body.data!.criminalCode!.amendedBy).toEqual([{ from: { id: 'kz:law:child-rights-protection-amendments-2016' } }]);
  });
});
