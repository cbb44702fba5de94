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

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    // Typed operations for the tests: `graphql(\`query X { ... }\`)` returns a typed document, so a
    // schema change that breaks an operation fails type-checking.
    'test/generated/': {
      preset: 'client',
      documents: ['test/**/*.ts', '!test/generated/**'],
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
          Claim: '../resolvers/mappers.js#ClaimRow',
          SearchHit: '../resolvers/mappers.js#SearchHitRow',
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
