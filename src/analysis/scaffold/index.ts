/**
 * `argmap init`: drafts a map from a plain text. One node per paragraph, item and footnote of the
 * text's structure, each quoting its own words so `argmap coverage` passes from the start; kinds,
 * hedges and dates are guesses, and every node says so in `review` until a person has checked it.
 */
import type { ArgumentMap, GuessedField, Node, Relation, Section } from '../../model/types.js';
import { parseSourceStructure, type SourceStructure, type SourceUnit, type StructureMark } from '../../io/source-structure.js';
import { findQuote } from '../../io/quote.js';
import { findDates } from './dates.js';
import { guessKind, isRecommendation, yardstickOf, type Yardstick } from './guess.js';
import { nodeId, slug, uniqueIds } from './ids.js';
import { sentences } from './sentences.js';
import { matchEstimativeLanguage } from '../estimative-language.js';

export interface ScaffoldOptions {
  /** The text's path as the map will name it (relative to the map's folder). */
  documentPath: string;
  /** The map's title; else the text's first heading of more than one word; else the file's name. */
  title?: string;
}

export interface Scaffold {
  map: ArgumentMap;
  structure: SourceStructure;
}

/** A unit's words short enough to quote whole. */
const SHORT_QUOTE = 200;
const LABEL_WORDS = 12;

/** Drafts a map of `text`; throws SourceStructureError when the text's layout cannot be read. */
export function scaffoldMap(text: string, options: ScaffoldOptions): Scaffold {
  const structure = parseSourceStructure(text);
  const stem = options.documentPath.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const documentId = slug(stem, 'text');
  const yardstick = yardstickOf(text);
  const sectionOf = sectionsFor(structure);
  const nextId = uniqueIds();
  const idOf = new Map<string, string>();
  const nodes: Node[] = structure.units.map((unit) => {
    const quote = quoteFor(structure, unit);
    const id = nextId(nodeId(unit.locator, quote));
    idOf.set(unit.locator, id);
    return draftNode(unit, id, quote, documentId, yardstick, sectionOf(unit));
  });
  const relations: Relation[] = structure.units
    .filter((u) => u.kind === 'footnote' && u.citedIn !== undefined && idOf.has(u.citedIn))
    .map((u) => ({ type: 'cites', from: idOf.get(u.citedIn!)!, to: idOf.get(u.locator)! }));
  const used = new Set(nodes.map((n) => n.section).filter((s) => s !== undefined));
  const sections = sectionOf.sections.filter((s) => used.has(s.id) || sectionOf.sections.some((c) => c.parent === s.id && used.has(c.id)));
  const headings = structure.marks.filter((m) => m.kind === 'heading' || m.kind === 'annex').map((m) => bare(m.text));
  const title = options.title ?? headings.find((h) => h.split(/\s+/).length > 1) ?? stem;
  const map: ArgumentMap = {
    title,
    documents: [{ id: documentId, path: options.documentPath }],
    ...(sections.length > 0 ? { sections } : {}),
    nodes,
    ...(relations.length > 0 ? { relations } : {}),
  };
  return { map, structure };
}

function draftNode(unit: SourceUnit, id: string, quote: string, document: string, yardstick: Yardstick, section: string | undefined): Node {
  const guess = guessKind(quote, unit.kind === 'footnote', yardstick);
  const guessed: GuessedField[] = ['kind', 'text'];
  const node: Node = { id, kind: guess.kind, text: label(quote), source: { document, locator: unit.locator, quote } } as Node;
  if (guess.hedge) {
    node.hedge = guess.hedge;
    guessed.push('hedge');
  }
  const dates = findDates(flat(unit.text));
  if (dates.length > 0) {
    node.dates = dates.map((d, k) => ({ event: dates.length === 1 ? `${id}-date` : `${id}-date-${k + 1}`, date: d.date, as: d.as }));
    guessed.push('dates');
  }
  if (section !== undefined) node.section = section;
  node.review = { status: 'draft', guessed };
  return node;
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const bare = (heading: string): string => heading.replace(/^#+\s*/, '');

/** The whole unit when short; else its first sentence that judges or recommends; else its first sentence. */
function quoteFor(structure: SourceStructure, unit: SourceUnit): string {
  const whole = flat(unit.text);
  if (whole.length <= SHORT_QUOTE || unit.kind === 'footnote') return whole;
  const all = sentences(whole);
  const telling = all.find((s) => isRecommendation(s) || matchEstimativeLanguage(s).length > 0) ?? all[0]!;
  // The sentence splitter is a heuristic; the quote must be found where it says it is.
  return findQuote(structure, unit.locator, telling).found ? telling : whole;
}

/** The label drawn: the quote's first words, cut at a word boundary. */
function label(quote: string): string {
  const first = sentences(quote)[0] ?? quote;
  const ws = first.split(' ');
  return ws.length <= LABEL_WORDS ? first : `${ws.slice(0, LABEL_WORDS).join(' ')} …`;
}

/** Sections from the text's headings and annexes, and the one each unit stands in. */
function sectionsFor(structure: SourceStructure): ((unit: SourceUnit) => string | undefined) & { sections: Section[] } {
  const nextId = uniqueIds();
  const sections: Section[] = [];
  const starts: { start: number; id: string }[] = [];
  const open: { level: number; id: string }[] = [];
  for (const m of structure.marks) {
    if (m.kind !== 'heading' && m.kind !== 'annex') continue;
    const level = levelOf(m);
    while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop();
    const id = nextId(slug(bare(m.text), 'section'));
    const section: Section = { id, title: bare(m.text) };
    if (open.length > 0) section.parent = open[open.length - 1]!.id;
    sections.push(section);
    starts.push({ start: m.start, id });
    open.push({ level, id });
  }
  const find = (unit: SourceUnit): string | undefined => {
    let found: string | undefined;
    for (const s of starts) if (s.start < unit.start) found = s.id;
    return found;
  };
  return Object.assign(find, { sections });
}

/** Annexes enclose the headings in them; Markdown headings nest by their `#`s; other headings sit under the annex. */
function levelOf(m: StructureMark): number {
  if (m.kind === 'annex') return 0;
  const hashes = /^#+/.exec(m.text)?.[0].length;
  return hashes ?? 7;
}
