import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed resolvers from schema.graphql. Every node-backed type maps to the plain row the data
 * layer returns (src/resolvers/mappers.ts), so resolvers are typed against what they really get.
 */
const ENTITY_TYPES = [
  'Instrument',
  'Provision',
  'Principle',
  'Cluster',
  'State',
  'Institution',
  'Person',
  'Program',
  'Measure',
  'Challenge',
  'Group',
  'Area',
  'Source',
  'Document',
  'Recommendation',
];

/** Typed links added for the tracing questions (issue 3): all backed by a link row. */
const LINK_TYPES = ['RatificationLink', 'ConcernLink', 'ChangeRequestLink', 'ResponsibilityLink', 'OfficeHolderLink', 'CorrespondenceLink'];

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
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
          ...Object.fromEntries(ENTITY_TYPES.map((type) => [type, '../resolvers/mappers.js#EntityRow'])),
          Entity: '../resolvers/mappers.js#EntityRow',
          Link: '../resolvers/mappers.js#LinkRow',
          ImplementationLink: '../resolvers/mappers.js#LinkRow',
          // Issue 3: typed links.
          ...Object.fromEntries(LINK_TYPES.map((type) => [type, '../resolvers/mappers.js#LinkRow'])),
          Claim: '../resolvers/mappers.js#ClaimRow',
          SearchHit: '../resolvers/mappers.js#SearchHitRow',
          // Issue #4: exploration (subgraphs, paths, coverage).
          Subgraph: '../graph/rows.js#SubgraphRow',
          Path: '../graph/rows.js#PathRow',
          GraphEdge: '../graph/rows.js#EdgeRow',
          Coverage: '../graph/rows.js#CoverageRow',
          ArticleCoverage: '../graph/rows.js#ArticleCoverageRow',
          CoveringInstrument: '../graph/rows.js#CoveringInstrumentRow',
          CoverageMatrix: '../graph/rows.js#CoverageMatrixRow',
          // Issue #5: curation.
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
