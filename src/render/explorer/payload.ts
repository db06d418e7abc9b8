import type { LoadedMap } from '../../io/load.js';
import { documentIdFor, type SourceText } from '../../io/sources.js';
import { NODE_KINDS } from '../../model/kinds.js';
import type { Node } from '../../model/types.js';
import type { ExplorerData, ExplorerDocument, ExplorerFinding, ExplorerInference, ExplorerNode, ExplorerRelation } from './data-types.js';
import type { SourceStructure } from '../../io/source-structure.js';
import { formatLocator } from '../locator.js';
import { quoteSpan, structuresOf } from './quote-span.js';

/** Copies only defined values, so optional fields stay absent (and the JSON stays small and stable). */
function defined<T extends object>(o: { [K in keyof T]-?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function explorerNode(loaded: LoadedMap, node: Node, structures: Map<string, SourceStructure>): ExplorerNode {
  const src = node.source;
  const docId = src ? documentIdFor(loaded, src.document) : undefined;
  const structure = docId !== undefined ? structures.get(docId) : undefined;
  const band = node.hedge?.band;
  return defined<ExplorerNode>({
    id: node.id,
    kind: node.kind,
    text: node.text,
    section: node.section,
    locator: src?.locator,
    locatorDisplay: src ? formatLocator(src.locator) : undefined,
    quote: src?.quote,
    span: src && structure ? quoteSpan(docId!, structure, src.locator, src.quote) : undefined,
    hedgePhrases: node.hedge?.phrases,
    band: band ? `${band.term} (${band.yardstick === 'PHIA' ? 'PHIA' : 'ICD 203'})` : undefined,
    confidence: node.hedge?.confidence,
    hedgeNote: node.hedge?.note,
    analyst: node.analyst,
    rationale: node.rationale,
    credibility: node.credibility,
    citation: node.kind === 'source' ? node.citation : undefined,
    dates: node.dates?.map((d) => {
      const when = d.date ?? (d.relative ? `${d.relative.offset} from ${d.relative.event}` : '');
      return d.as ? `${d.as} (${d.event}: ${when})` : `${d.event}: ${when}`;
    }),
    author: node.author !== undefined ? (loaded.map.authors ?? []).find((a) => a.id === node.author)?.name ?? node.author : undefined,
  });
}

/** Everything the page's script needs, in the map's own order (deterministic). */
export function explorerData(loaded: LoadedMap, sources: Map<string, SourceText>, findings?: ExplorerFinding[]): ExplorerData {
  const { map } = loaded;
  const usedDocs = new Set<string>();
  const structures = structuresOf(sources.values());
  const nodes = map.nodes.map((n) => {
    const e = explorerNode(loaded, n, structures);
    if (e.span) usedDocs.add(e.span.document);
    return e;
  });
  return defined<ExplorerData>({
    title: map.title,
    description: map.description,
    kinds: NODE_KINDS.filter((k) => map.nodes.some((n) => n.kind === k)),
    nodes,
    inferences: (map.inferences ?? []).map((i) =>
      defined<ExplorerInference>({ id: i.id, premises: i.premises, conclusion: i.conclusion, scheme: i.scheme, warrant: i.warrant, analyst: i.analyst }),
    ),
    relations: (map.relations ?? []).map((r) => defined<ExplorerRelation>({ type: r.type, from: r.from, to: r.to, analyst: r.analyst, outweighed: r.outweighed, rationale: r.rationale })),
    // Only documents some quote was found in: the page carries the text it can show, no more.
    documents: (map.documents ?? []).filter((d) => usedDocs.has(d.id)).map((d) => defined<ExplorerDocument>({ id: d.id, title: d.title, text: sources.get(d.id)!.text })),
    sections: (map.sections ?? []).map((s) => ({ id: s.id, title: s.title })),
    findings,
  });
}

/**
 * JSON safe inside an HTML `<script>` element: `<`, `>` and `&` become `\u003c` etc., so map text such
 * as `</script>` or `<!--` cannot end or alter the element; U+2028/2029 are escaped for old parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
