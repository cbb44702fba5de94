import { SOURCE_TYPES } from '../model/properties.js';
import type { Origins } from './prepare.js';
import type { EntityRecord, LinkRecord, PreparedDataset } from './records.js';
import type { Item, Problem } from './read.js';

type At = (item: Item | undefined, severity: Problem['severity'], message: string) => void;

/** The document kind each speaking basis must cite: who says so is the document's author. */
const DOCUMENT_OF_BASIS = { STATE_REPORT: 'STATE_REPORT', COMMITTEE: 'CONCLUDING_OBSERVATIONS' } as const;

/** Sources that are the act's own text: the official register, a copy of the text, a treaty's text. */
export const ACT_TEXT_SOURCE_TYPES: readonly string[] = ['OFFICIAL_REGISTER', 'ACT_TEXT', 'TREATY'];

/**
 * Who says so must be who the sources are. A STATE_REPORT link cites a State report and its
 * paragraph, a COMMITTEE link concluding observations and their paragraph (or starts at one of
 * their paragraphs, a recommendation, which is then what speaks), and an OFFICIAL link rests on
 * at least one copy of the act's own text. Every source says what kind of source it is.
 */
export function basisProblems(dataset: PreparedDataset, origins: Origins, at: At): void {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  for (const source of dataset.entities.filter((e) => e.kind === 'SOURCE')) {
    const type = source.props['sourceType'];
    if (type !== undefined && !(SOURCE_TYPES as readonly unknown[]).includes(type)) {
      at(origins.entities.get(source.id), 'error', `${source.id}: sourceType must be one of ${SOURCE_TYPES.join(', ')}`);
    }
  }
  for (const link of dataset.links) {
    const problem = basisProblem(link, entities);
    if (problem) at(origins.links.get(link.id), 'error', `${link.id}: ${problem}`);
  }
}

function basisProblem(link: LinkRecord, entities: Map<string, EntityRecord>): string | undefined {
  const basis = link.props['basis'];
  if (basis === 'STATE_REPORT' || basis === 'COMMITTEE') {
    const wanted = DOCUMENT_OF_BASIS[basis];
    const from = entities.get(link.from);
    const docId = link.props['document'];
    // A link from a recommendation: the recommendation is the paragraph that speaks.
    if (basis === 'COMMITTEE' && from?.kind === 'RECOMMENDATION' && (docId === undefined || docId === from.props['symbol']))
      return undefined;
    const doc = typeof docId === 'string' ? entities.get(docId) : undefined;
    if (!doc) return `basis ${basis} needs the document that says so (a DOCUMENT with docType ${wanted}) in "document"`;
    if (doc.props['docType'] !== wanted) {
      const docType = typeof doc.props['docType'] === 'string' ? doc.props['docType'] : 'document of no docType';
      return `basis ${basis} cites ${doc.id}, a ${docType}, not a ${wanted}`;
    }
    if (typeof link.props['paragraph'] !== 'string') return `basis ${basis} needs the "paragraph" of ${doc.id} that says so`;
    return undefined;
  }
  if (basis === 'OFFICIAL') {
    const sources = (link.props['sources'] as string[] | undefined) ?? [];
    const texts = sources.filter((id) => ACT_TEXT_SOURCE_TYPES.includes(String(entities.get(id)?.props['sourceType'])));
    if (texts.length === 0) {
      return `basis OFFICIAL needs at least one source that is the act's text (sourceType ${ACT_TEXT_SOURCE_TYPES.join(', ')})`;
    }
  }
  return undefined;
}
