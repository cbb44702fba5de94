// @ts-check
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.cache/',
      'dist/',
      'coverage/',
      'src/generated/',
      'src/explorer/browser/generated/',
      'test/generated/',
      'test-results/',
      'public/vendor/',
    ],
  },
  {
    // TypeScript and JavaScript; GraphQL files have their own parser and rules below.
    files: ['**/*.{ts,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Type-only imports stay type-only, so importing a type never loads a module.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Non-null assertions are allowed in tests only (after an expect that checks the value).
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // GraphQL: the schema (the public contract) and the example operations of docs/examples.
  {
    files: ['**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: {
        graphQLConfig: { schema: 'schema.graphql', documents: ['docs/examples/*.graphql', 'src/explorer/browser/operations/*.graphql'] },
      },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
  },
  {
    files: ['schema.graphql'],
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      // Every public type, field, argument and enum value says what it is (recommended covers
      // types and root fields only).
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          ScalarTypeDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      // Short descriptions are "inline", long ones are blocks in triple quotes: both read well.
      '@graphql-eslint/description-style': 'off',
      // `Source.sources` comes from the Entity interface that every type shares, and renaming
      // `Instrument.instrumentKind` or `Source.sourceType` would break clients for no gain.
      '@graphql-eslint/no-typename-prefix': 'off',
      // Entities have an `id`; result wrappers (a search hit, an edge, a page) and computed views do not need one.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          acceptedIdNames: ['id'],
          acceptedIdTypes: ['ID'],
          exceptions: {
            suffixes: ['Hit', 'Edge', 'Connection', 'PageInfo', 'Payload', 'Result'],
            // Computed views and write outcomes with no identity of their own (a subgraph, a path, a
            // coverage table, a file, the result of a write, an event of a timeline).
            types: [
              'Subgraph',
              'Path',
              'ExportFile',
              'Coverage',
              'ArticleCoverage',
              'CoverageMatrix',
              'EntityWrite',
              'CreatedToken',
              'TimelineEvent',
            ],
          },
        },
      ],
      '@graphql-eslint/no-unreachable-types': 'error',
      '@graphql-eslint/require-deprecation-reason': 'error',
      '@graphql-eslint/require-deprecation-date': 'error',
      '@graphql-eslint/no-scalar-result-type-on-mutation': 'error',
      '@graphql-eslint/unique-enum-value-names': 'error',
    },
  },
  {
    // The example operations and the explorer's own, checked against the schema.
    files: ['docs/examples/*.graphql', 'src/explorer/browser/operations/*.graphql'],
    rules: {
      ...graphqlPlugin.configs['flat/operations-recommended'].rules,
      '@graphql-eslint/no-anonymous-operations': 'error',
    },
  },
);
