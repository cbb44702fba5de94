import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';

/**
 * The real consumers each export format is written for, used by the tests to read files back:
 * Cytoscape.js (headless), graphology's GraphML and GEXF parsers, csv-parse. A file passes when
 * its consumer loads it, not when its text looks right.
 */

/** Cytoscape.js, headless, as a page would load the JSON: `cytoscape({ elements })`. */
export function readCytoscape(text: string): cytoscape.Core {
  const file = JSON.parse(text) as { elements: cytoscape.ElementsDefinition };
  // Cytoscape only warns (and skips the edge) when an end is missing; make that a failure.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    throw new Error(`cytoscape warned: ${args.map(String).join(' ')}`);
  };
  try {
    return cytoscape({ headless: true, styleEnabled: false, elements: file.elements });
  } finally {
    console.warn = warn;
  }
}

/** A strict XML parse: any warning or error from the parser fails (graphology's parsers are lenient). */
export function wellFormedXml(text: string): XmlDocument {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}

/** graphology-graphml, into a directed multigraph (two links may join the same two entities). */
export function readGraphml(text: string): MultiDirectedGraph {
  wellFormedXml(text);
  return parseGraphml<Attributes, Attributes, Attributes>(MultiDirectedGraph, text);
}

/** graphology-gexf, into a directed multigraph (its type kept even for a file without edges). */
export function readGexf(text: string): MultiDirectedGraph {
  wellFormedXml(text);
  return parseGexf<Attributes, Attributes, Attributes>(MultiDirectedGraph, text, { respectInputGraphType: true });
}

/** csv-parse, strict: every row as many columns as the header. */
export function readCsv(text: string): Record<string, string>[] {
  return parseCsv<Record<string, string>>(text, { columns: true, bom: true, relax_column_count: false });
}
