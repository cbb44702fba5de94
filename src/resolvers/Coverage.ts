import type { ArticleCoverageResolvers, CoverageMatrixResolvers, CoveringInstrumentResolvers } from '../generated/graphql.js';
import { textIn } from '../model/languages.js';

export const ArticleCoverage: ArticleCoverageResolvers = {
  title: (row, { lang }) => textIn(row.names, 'name', lang) ?? row.articleId,
};

export const CoveringInstrument: CoveringInstrumentResolvers = {
  name: (row, { lang }) => textIn(row.names, 'name', lang) ?? row.id,
};

export const CoverageMatrix: CoverageMatrixResolvers = {
  instrumentNames: (row, { lang }) => row.instrumentNames.map((names, i) => textIn(names, 'name', lang) ?? row.instrumentIds[i] ?? ''),
};
