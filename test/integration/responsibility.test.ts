import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Question 3: who was responsible for child protection on 2021-01-01 and on 2023-01-01? The
 * Ministry of Education and Science was split on 11 June 2022; child protection went to the
 * Ministry of Enlightenment, with the Committee for the Protection of Children's Rights.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const ResponsibleOn = graphql(`
  query ResponsibleOn($asOf: Date!) {
    institutions(asOf: $asOf, area: "area:child-protection") {
      id
      name
      validFrom
      validTo
      responsibleFor(asOf: $asOf) {
        subject {
          id
        }
        role
        basis
        sources {
          id
        }
      }
      overseenBy(asOf: $asOf) {
        id
      }
    }
  }
`);

const AllInstitutions = graphql(`
  query AllInstitutions($asOf: Date) {
    institutions(asOf: $asOf) {
      id
    }
  }
`);

const AreaOverTime = graphql(`
  query AreaOverTime {
    node(id: "area:child-protection") {
      ... on Area {
        before: responsible(asOf: "2022-06-10") {
          institution {
            id
          }
          validFrom
          validTo
          basis
          sources {
            id
          }
        }
        after: responsible(asOf: "2022-06-11") {
          institution {
            id
          }
        }
        monitoredBy(asOf: "2023-01-01") {
          id
        }
      }
    }
  }
`);

const Succession = graphql(`
  query Succession {
    node(id: "kz:inst:ministry-of-enlightenment") {
      ... on Institution {
        predecessors {
          id
          validTo
          successors {
            id
          }
        }
        oversees {
          id
        }
      }
    }
    ombudsman: node(id: "kz:inst:children-ombudsman") {
      ... on Institution {
        in2020: holders(asOf: "2020-01-01") {
          person {
            name
          }
          validFrom
          validTo
          sources {
            id
          }
        }
        holders {
          person {
            id
          }
        }
      }
    }
  }
`);

async function responsibleOn(asOf: string) {
  const { body } = await service.query(ResponsibleOn, { asOf });
  expect(body.errors).toBeUndefined();
  expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
  return body.data!.institutions;
}

describe('responsibility for child protection over time', () => {
  it('on 2021-01-01: the Committee for the Protection of Children’s Rights under the Ministry of Education and Science', async () => {
    const institutions = await responsibleOn('2021-01-01');
    expect(institutions.map((i) => i.id)).toEqual(['kz:inst:child-rights-committee', 'kz:inst:mes', 'kz:inst:ministry-of-healthcare']);
    const committee = institutions[0]!;
    expect(committee.overseenBy.map((i) => i.id)).toEqual(['kz:inst:mes']);
    expect(committee.responsibleFor).toEqual([
      {
        subject: { id: 'area:child-protection' },
        role: 'central authorised body',
        basis: 'EDITORIAL',
        sources: [{ id: 'src:adilet-o0700000004' }, { id: 'src:caravan-child-rights-committee-2006' }, { id: 'src:financekz-mes-split' }],
      },
    ]);
    // The seed paper's claim that the health ministry is a key child-protection body is kept, with its basis.
    const health = institutions[2]!.responsibleFor.find((l) => l.subject.id === 'area:child-protection');
    expect(health).toMatchObject({ basis: 'SEED_PAPER', sources: [{ id: 'src:seed-paper' }] });
  });

  it('on 2023-01-01: the same Committee, now under the Ministry of Enlightenment', async () => {
    const institutions = await responsibleOn('2023-01-01');
    expect(institutions.map((i) => i.id)).toEqual([
      'kz:inst:child-rights-committee',
      'kz:inst:ministry-of-enlightenment',
      'kz:inst:ministry-of-healthcare',
    ]);
    expect(institutions[0]!.overseenBy.map((i) => i.id)).toEqual(['kz:inst:ministry-of-enlightenment']);
    expect(institutions[1]).toMatchObject({ validFrom: '2022-06-11', validTo: null });
  });

  it('changes hands exactly at the split: 10 June 2022 is the old ministry’s last day, 11 June the new one’s first', async () => {
    const { body } = await service.query(AreaOverTime);
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(1);
    const area = body.data!.node;
    if (!area || !('before' in area)) throw new Error('area:child-protection is not an Area');
    expect(area.before.map((l) => l.institution.id)).toEqual([
      'kz:inst:child-rights-committee',
      'kz:inst:mes',
      'kz:inst:ministry-of-healthcare',
    ]);
    expect(area.before.find((l) => l.institution.id === 'kz:inst:mes')).toMatchObject({ validTo: '2022-06-10', basis: 'EDITORIAL' });
    expect(area.after.map((l) => l.institution.id)).toEqual([
      'kz:inst:child-rights-committee',
      'kz:inst:ministry-of-enlightenment',
      'kz:inst:ministry-of-healthcare',
    ]);
    for (const link of area.before) expect(link.sources.length).toBeGreaterThan(0);
    expect(area.monitoredBy.map((i) => i.id)).toEqual(['kz:inst:children-ombudsman', 'kz:inst:regional-children-commissioners']);
  });

  it('lists the institutions in existence on a day when no area is given', async () => {
    const before = await service.query(AllInstitutions, { asOf: '2022-06-10' });
    const after = await service.query(AllInstitutions, { asOf: '2022-06-11' });
    const ids = (r: typeof before) => r.body.data!.institutions.map((i) => i.id);
    expect(ids(before)).toContain('kz:inst:mes');
    expect(ids(before)).not.toContain('kz:inst:ministry-of-enlightenment');
    expect(ids(after)).not.toContain('kz:inst:mes');
    expect(ids(after)).toEqual(
      expect.arrayContaining(['kz:inst:ministry-of-enlightenment', 'kz:inst:ministry-of-science-higher-education']),
    );
    // The regional commissioners were appointed from August 2022.
    expect(ids(after)).not.toContain('kz:inst:regional-children-commissioners');
  });

  it('traces the succession of ministries and the holders of the Commissioner’s office', async () => {
    const { body } = await service.query(Succession);
    expect(body.errors).toBeUndefined();
    expect((body.extensions?.['cypher'] as { statements: number }).statements).toBe(2);
    const ministry = body.data!.node;
    if (!ministry || !('predecessors' in ministry)) throw new Error('not an Institution');
    expect(ministry.predecessors).toEqual([
      {
        id: 'kz:inst:mes',
        validTo: '2022-06-10',
        successors: [{ id: 'kz:inst:ministry-of-enlightenment' }, { id: 'kz:inst:ministry-of-science-higher-education' }],
      },
    ]);
    expect(ministry.oversees).toEqual([{ id: 'kz:inst:child-rights-committee' }]);
    const office = body.data!.ombudsman;
    if (!office || !('holders' in office)) throw new Error('not an Institution');
    expect(office.in2020.find((h) => h.person.name === 'Aruzhan Sain')).toMatchObject({ validFrom: '2019-07-18', validTo: '2023-06-11' });
    expect(office.holders.map((h) => h.person.id)).toHaveLength(4);
  });
});
