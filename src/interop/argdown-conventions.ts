/**
 * How argmap's maps sit inside Argdown, shared by argdown-read and argdown-write: ids from titles,
 * the data keys argmap uses, the ids of steps that Argdown draws as a bare support, and the `argmap`
 * block of the front matter that carries what Argdown has no syntax for.
 */
import type { Author, Document, HypothesisSet, Inference, Node, Relation, RelationType } from '../model/types.js';
import { RELATION_TYPES } from '../model/kinds.js';
import { defeatable } from '../model/defeats.js';

export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Node fields that travel in a statement's `{argmap: {…}}` data (`tags` only for tags Argdown cannot spell). */
export const ARGMAP_NODE_FIELDS = ['source', 'hedge', 'dates', 'analyst', 'rationale', 'author', 'credibility', 'citation', 'tags', 'stance', 'suppress', 'facts'];
/** Inference fields that travel in an inference's `{argmap: {…}}` data. */
export const ARGMAP_INFERENCE_FIELDS = ['warrant', 'analyst', 'rationale'];
/** Relations Argdown draws itself; the others ride in the front matter. */
export const DRAWN: readonly RelationType[] = ['attacks', 'undercuts', 'contradicts'];

/** An argmap id made from an Argdown title: accents folded, every other run of odd characters a `-`. */
export function slug(title: string, fallback: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(title)) return title;
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
  return s || fallback;
}

/** One id space; a taken id gets the first free `-2`, `-3`, … suffix. */
export class IdSpace {
  private readonly taken = new Set<string>();
  claim(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** The id a bare support `[from] +> [to]` gets as an inference; argdown-write draws such a step as `+>` again. */
export const supportIdFor = (from: string, to: string) => `${from}.supports.${to}`;

/** The first line of an Argdown element, for notes. */
export const lineOf = (x: unknown): string => {
  const line = isObject(x) ? x.startLine : undefined;
  return typeof line === 'number' ? String(line) : '?';
};

const NOTE_TEXT: Record<string, string> = {
  renamed: 'titles made into argmap ids (letters, digits, `_`, `.`, `-`)',
  sketch: 'arguments without a premise–conclusion structure read as claim nodes',
  texts: 'statements given several different texts; kept the one Argdown shows (the last, or `isCanonical`)',
  untexted: 'statements never given a text; their titles stand in',
  data: 'statement data with no place in the map, dropped',
  kind: 'statement kinds that are not argmap kinds, read as claim',
  'heading-tags': 'tags on headings dropped (sections have no tags)',
  description: 'descriptions of reconstructed arguments dropped (an inference has no text)',
  'argument-tags': 'tags on reconstructed arguments dropped (inferences have no tags)',
  'argument-data': 'data of reconstructed arguments dropped',
  uses: '`uses` that does not name earlier statements of the argument, ignored (premises read in order)',
  'no-premise': 'conclusions with no premise before them, dropped',
  'inference-data': 'inference data with no place in the map, dropped',
  dangling: 'relations with an end that is not in the map, dropped',
  'support-argument': 'supports of a whole reconstructed argument dropped (argmap supports statements)',
  'attack-argument': 'attacks on a whole reconstructed argument read as undercuts of its last step',
  'undercut-statement': 'undercuts of a statement dropped (an undercut attacks an inference)',
  'undercut-sketch': 'undercuts of a sketched argument that supports no single statement, dropped',
  'conflict-argument': 'contradictions with an argument dropped (`contradicts` joins nodes)',
  contrary: 'contrary relations read as `contradicts` (argmap has one symmetric conflict)',
  'relation-type': 'relations of a type argmap does not know, dropped',
  'front-keys': 'front-matter keys with no place in the map, dropped',
  'front-relations': 'relations in the front matter whose ends are not in the map, dropped',
};

/** Notes grouped by what happened, each group one line with a count and the first few cases. */
export class Notes {
  private readonly groups = new Map<string, string[]>();
  add(key: string, item: string): void {
    (this.groups.get(key) ?? this.groups.set(key, []).get(key)!).push(item);
  }
  lines(): string[] {
    return [...this.groups].map(([key, items]) => {
      const shown = items.slice(0, 6).join('; ');
      return `${NOTE_TEXT[key] ?? key} (${items.length}): ${shown}${items.length > 6 ? `; and ${items.length - 6} more` : ''}`;
    });
  }
}

/** The front matter's `argmap` block as argdown-write leaves it. */
export interface ArgdownExtension {
  version: 1;
  description?: string;
  documents?: Document[];
  authors?: Author[];
  hypothesisSets?: HypothesisSet[];
  /** Relations Argdown cannot draw, and the analyst's fields of those it draws. */
  relations?: Relation[];
}

const relationKey = (r: { type: string; from: string; to: string }) =>
  r.type === 'contradicts' ? [r.type, ...[r.from, r.to].sort()].join('\0') : [r.type, r.from, r.to].join('\0');

/**
 * Reads the front matter: the title, Argdown's `abstract` as a description, and the `argmap` block.
 * Its relations of a type Argdown draws only lend their `analyst`/`rationale` (and an attack its `outweighed`) to a drawn relation (one
 * the author has since removed from the drawing stays removed); the others are added where both ends
 * are still in the map.
 */
export function readFrontMatter(front: unknown, nodes: Node[], inferences: Inference[], relations: Relation[], notes: Notes) {
  const fm = isObject(front) ? front : {};
  const block = isObject(fm.argmap) ? fm.argmap : {};
  const extra = Object.keys(fm).filter((k) => !['title', 'abstract', 'argmap', 'model'].includes(k));
  if (extra.length) notes.add('front-keys', extra.join(', '));
  const drawn = new Map(relations.map((r) => [relationKey(r), r]));
  const ends = new Set([...nodes.map((n) => n.id), ...inferences.map((i) => i.id)]);
  for (const r of Array.isArray(block.relations) ? block.relations : []) {
    if (!isObject(r) || typeof r.from !== 'string' || typeof r.to !== 'string' || !RELATION_TYPES.includes(r.type as RelationType)) continue;
    const rel = r as unknown as Relation;
    if (DRAWN.includes(rel.type)) {
      const match = drawn.get(relationKey(rel));
      if (match && typeof rel.analyst === 'boolean') match.analyst = rel.analyst;
      if (match && typeof rel.rationale === 'string') match.rationale = rel.rationale;
      if (match && rel.outweighed === true && defeatable(match)) match.outweighed = true;
    } else if (ends.has(rel.from) && ends.has(rel.to)) relations.push(rel);
    else notes.add('front-relations', `${rel.from} ${rel.type} ${rel.to}`);
  }
  const description = typeof block.description === 'string' ? block.description : typeof fm.abstract === 'string' ? fm.abstract : undefined;
  const list = (key: string) => (Array.isArray(block[key]) ? { [key]: block[key] } : {});
  return {
    ...(typeof fm.title === 'string' && fm.title.trim() ? { title: fm.title } : {}),
    head: { ...(description !== undefined ? { description } : {}), ...list('documents'), ...list('authors') },
    tail: list('hypothesisSets'),
  };
}
