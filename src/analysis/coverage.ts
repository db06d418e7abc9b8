/**
 * Coverage of a map's source texts: which nodes stand at each paragraph, item and footnote, which
 * units no node covers, and which quotes are not where their locator says.
 *
 * A node covers the unit its locator names whenever that unit exists, even if its quote is not found
 * there: the quote is then reported once as a quote problem rather than twice (wrong quote and
 * uncovered unit). Covering a child (`3.A.v.2`) does not cover its parent (`3.A.v`): every unit's own
 * words need a node of their own.
 */
import { dirname, join } from 'node:path';
import type { LoadedMap } from '../io/load.js';
import { MapLoadError } from '../io/diagnostics.js';
import { documentIdFor, type SourceText } from '../io/sources.js';
import { parseSourceStructure, SourceStructureError, type SourceStructure } from '../io/source-structure.js';
import { findQuote } from '../io/quote.js';

export interface CoverageReport {
  documents: { id: string; path: string; locators: { locator: string; nodes: string[] }[] }[];
  uncovered: { document: string; locator: string }[];
  quoteProblems: {
    node: string;
    nodeIndex: number;
    document?: string;
    locator: string;
    quote: string;
    problem: 'unknown-locator' | 'quote-not-found' | 'no-document';
    elsewhere?: string[];
  }[];
}

const structures = new WeakMap<SourceText, SourceStructure>();

/**
 * The parsed structure of a source text (parsed once per SourceText object). A text with no
 * recognisable structure is the user's input problem: MapLoadError naming the text file.
 */
export function structureOf(source: SourceText): SourceStructure {
  const cached = structures.get(source);
  if (cached) return cached;
  let parsed: SourceStructure;
  try {
    parsed = parseSourceStructure(source.text);
  } catch (e) {
    if (!(e instanceof SourceStructureError)) throw e;
    const position = e.line !== undefined ? { line: e.line, column: e.column ?? 1 } : undefined;
    throw new MapLoadError([{ file: source.path, ...(position ? { position } : {}), severity: 'error', message: e.message }]);
  }
  structures.set(source, parsed);
  return parsed;
}

/** Every unit of every document with the nodes that cover it, the uncovered units and the misplaced quotes. */
export function computeCoverage(loaded: LoadedMap, sources: Map<string, SourceText>): CoverageReport {
  const report: CoverageReport = { documents: [], uncovered: [], quoteProblems: [] };
  const base = dirname(loaded.file);
  const perDocument = new Map<string, { structure: SourceStructure; nodes: Map<string, string[]> }>();
  for (const doc of loaded.map.documents ?? []) {
    const source = sources.get(doc.id);
    if (!source) continue;
    const structure = structureOf(source);
    perDocument.set(doc.id, { structure, nodes: new Map(structure.units.map((u) => [u.locator, []])) });
  }

  loaded.map.nodes.forEach((node, nodeIndex) => {
    const ref = node.source;
    if (!ref) return;
    const document = documentIdFor(loaded, ref.document);
    const entry = document === undefined ? undefined : perDocument.get(document);
    const problem = { node: node.id, nodeIndex, ...(document !== undefined ? { document } : {}), locator: ref.locator, quote: ref.quote };
    if (!entry) {
      report.quoteProblems.push({ ...problem, problem: 'no-document' });
      return;
    }
    const result = findQuote(entry.structure, ref.locator, ref.quote);
    entry.nodes.get(ref.locator)?.push(node.id);
    if (result.found) return;
    report.quoteProblems.push({
      ...problem,
      problem: result.reason === 'unknown-locator' ? 'unknown-locator' : 'quote-not-found',
      elsewhere: result.elsewhere ?? [],
    });
  });

  for (const doc of loaded.map.documents ?? []) {
    const entry = perDocument.get(doc.id);
    if (!entry) continue;
    const locators = entry.structure.units.map((u) => ({ locator: u.locator, nodes: entry.nodes.get(u.locator)! }));
    report.documents.push({ id: doc.id, path: join(base, doc.path), locators });
    for (const l of locators) if (l.nodes.length === 0) report.uncovered.push({ document: doc.id, locator: l.locator });
  }
  return report;
}
