/**
 * The data an explorer page carries for its script, as JSON inside
 * `<script type="application/json" id="argmap-data">`. Shared by the page builder (Node) and the
 * browser script; kept free of imports so both type-checks (Node and DOM) can read it.
 */

/** A half-open range of UTF-16 offsets into `ExplorerDocument.text`. */
export interface TextRange {
  start: number;
  end: number;
}

/** Where a node's quote stands in a document. */
export interface QuoteSpan {
  document: string;
  /** Locator of the unit that holds the quote (the node's own, or where the words were found instead). */
  unit: string;
  /** The unit's own words, in order (labels, footnote markers and sub-items left out). */
  paragraph: TextRange[];
  /** The quote's pieces within those words. */
  quote: TextRange[];
  /** For an item or step: the own words of the paragraph it belongs to (its lead-in), for context. */
  lead?: TextRange[];
  /** Locator of that enclosing paragraph. */
  leadUnit?: string;
}

export interface ExplorerNode {
  id: string;
  kind: string;
  text: string;
  section?: string;
  /** The locator as written (`C.4.ii`) and as readers cite it (`C.4(ii)`, `¶5`). */
  locator?: string;
  locatorDisplay?: string;
  quote?: string;
  /** Absent when the quote was not found in its document (the panel then says so). */
  span?: QuoteSpan;
  hedgePhrases?: string[];
  band?: string;
  confidence?: string;
  hedgeNote?: string;
  analyst?: boolean;
  rationale?: string;
  credibility?: string;
  citation?: string;
  author?: string;
  /** Dated facts, each as one line: "1 March 2024 (night-shifts-begin: 2024-03-01)". */
  dates?: string[];
}

export interface ExplorerInference {
  id: string;
  premises: string[];
  conclusion: string;
  scheme?: string;
  warrant?: string;
  analyst?: boolean;
}

export interface ExplorerRelation {
  type: string;
  from: string;
  to: string;
  analyst?: boolean;
  /** An attack the author concedes and holds outweighed: shown as such, it defeats nothing. */
  outweighed?: boolean;
  rationale?: string;
}

export interface ExplorerDocument {
  id: string;
  title?: string;
  text: string;
}

/** One finding of the checks, as the page shows it. */
export interface ExplorerFinding {
  rule: string;
  severity: string;
  message: string;
  nodes: string[];
  /** `file:line:col`, when the finding has a place in the map file. */
  where?: string;
  /** Set when the map's author suppressed it: listed apart and never counted, as `argmap check` does. */
  suppressed?: { reason: string; where: string };
}

export interface ExplorerData {
  title: string;
  description?: string;
  kinds: string[];
  nodes: ExplorerNode[];
  inferences: ExplorerInference[];
  relations: ExplorerRelation[];
  documents: ExplorerDocument[];
  sections: { id: string; title: string }[];
  /** Absent when the page was built without the checks (the panel says so rather than "no findings"). */
  findings?: ExplorerFinding[];
}
