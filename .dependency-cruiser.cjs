/**
 * `npm run deps:check`: the module graph of src/ has no cycle. A cycle, even through type-only
 * imports, means two modules each need the other: the types sit in the wrong file, or one module
 * does two jobs. dependency-cruiser follows the TypeScript sources (tsconfig.json).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A module may not import, through any chain of imports, a module that imports it back.',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
