import type { CodegenConfig } from '@graphql-codegen/cli';
import { ENTITY_TYPE_NAMES } from './src/model/kinds.js';
import { buildGraphQLService } from './src/schema/service.js';

/**
 * Typed resolvers from schema.graphql. Every node-backed type maps to the plain row the read path
 * returns (src/read/rows.ts), so resolvers are typed against what they really get: the entity
 * types (src/model/kinds.ts) to EntityRow, the link types the schema's relation fields return to
 * LinkRow.
 */
const ROWS = '../read/rows.js';
const ENTITY_TYPES = ['Entity', ...ENTITY_TYPE_NAMES];
const LINK_TYPES = buildGraphQLService().catalogue.linkTypes();

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    // The explorer's operations (src/explorer/browser/operations), typed for its TypeScript and
    // checked against the schema. Documents as plain strings: the page needs no GraphQL library.
    'src/explorer/browser/generated/': {
      preset: 'client',
      documents: ['src/explorer/browser/operations/*.graphql'],
      presetConfig: { fragmentMasking: false, gqlTagName: 'gql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string' },
        emitLegacyCommonJSImports: false,
      },
    },
    // Typed operations for the tests: `graphql(\`query X { ... }\`)` returns a typed document, so a
    // schema change that breaks an operation fails type-checking. The example operations of
    // docs/examples (GraphiQL's tabs) are validated against the schema here too.
    'test/generated/': {
      preset: 'client',
      documents: ['test/**/*.ts', '!test/generated/**', 'docs/examples/*.graphql'],
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string' },
        emitLegacyCommonJSImports: false,
      },
    },
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#Context',
        mappers: {
          ...Object.fromEntries(ENTITY_TYPES.map((type) => [type, `${ROWS}#EntityRow`])),
          ...Object.fromEntries(LINK_TYPES.map((type) => [type, `${ROWS}#LinkRow`])),
          Claim: `${ROWS}#ClaimRow`,
          SearchHit: `${ROWS}#SearchHitRow`,
          Subgraph: `${ROWS}#SubgraphRow`,
          Path: `${ROWS}#PathRow`,
          GraphEdge: `${ROWS}#EdgeRow`,
          Coverage: `${ROWS}#CoverageRow`,
          ArticleCoverage: `${ROWS}#ArticleCoverageRow`,
          CoveringInstrument: `${ROWS}#CoveringInstrumentRow`,
          CoverageMatrix: `${ROWS}#CoverageMatrixRow`,
          TimelineEvent: `${ROWS}#TimelineEventRow`,
          TimelineParty: `${ROWS}#TimelinePartyRow`,
          AuditEntry: '../curation/audit.js#AuditRow',
          EntityWrite: '../resolvers/mappers.js#EntityWriteRow',
          LinkWrite: '../resolvers/mappers.js#LinkWriteRow',
          ApiToken: '../auth/tokens.js#TokenInfo',
          CreatedToken: '../resolvers/mappers.js#CreatedTokenRow',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string' },
        useIndexSignature: true,
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
