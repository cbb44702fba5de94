import { LAWS, pick, type SuiteOperation } from './types.js';

/** The read side of curation: an entity's audit trail, and the API tokens. */
export const CURATION: SuiteOperation[] = [
  {
    name: 'history',
    title: 'the audit trail of an entity',
    bench: false,
    anchored: true,
    query: `query History($id: ID!) {
  history(id: $id, first: 20) { id at actor operation subject changedFields }
}`,
    variables: { id: 'kz:law:education' },
    randomVariables: (random) => ({ id: pick(random, LAWS) }),
  },
  {
    name: 'tokens',
    title: 'the API tokens (admins only)',
    bench: false,
    anchored: false,
    role: 'admin',
    query: `query Tokens {
  tokens { id name role createdAt revokedAt }
}`,
    variables: {},
    randomVariables: () => ({}),
  },
];
