import type { ArgumentMap, Node, NodeKind } from '../../model/types.js';

/** One box of the overview: a section of the document (or several neighbouring ones), with what it holds. */
export interface OverviewGroup {
  id: string;
  title: string;
  /** Node ids, in the map's order. */
  nodes: string[];
  /** First and last locator of its nodes in the map's order, when they have any. */
  locators: { first: string; last: string } | undefined;
  counts: Partial<Record<NodeKind, number>>;
  /** Its conclusions, or failing those its key judgements (claims nothing else in the box rests on). */
  named: { id: string; text: string; kind: NodeKind }[];
  /** How many there are in all (`named` keeps the first few). */
  namedTotal: number;
  /** Whether `named` holds conclusions (true) or key judgements (false). */
  conclusions: boolean;
}

/** Links between two boxes, counted by relation type; `support` counts inferences, not premises. */
export interface OverviewLink {
  from: string;
  to: string;
  counts: Partial<Record<string, number>>;
}

export interface OverviewModel {
  groups: OverviewGroup[];
  links: OverviewLink[];
}

/** A candidate box before it is counted: an id, a title and the nodes it takes. */
export interface Unit {
  id: string;
  title: string;
  nodes: Node[];
}

/**
 * The boxes at a given budget: the map's root sections, each split into its child sections while the
 * count stays within `maxBoxes` (largest first, so the heaviest part of the document is shown in its
 * parts); a map without sections is grouped by document and locator prefix. When even the roots are too
 * many, neighbouring ones are merged so that no box count exceeds the budget.
 */
export function overviewUnits(map: ArgumentMap, maxBoxes: number): Unit[] {
  const sections = map.sections ?? [];
  const units = sections.length > 0 ? sectionUnits(map, maxBoxes) : locatorUnits(map);
  return mergeNeighbours(units, maxBoxes);
}

function sectionUnits(map: ArgumentMap, maxBoxes: number): Unit[] {
  const sections = map.sections ?? [];
  const byId = new Map(sections.map((s) => [s.id, s]));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const s of sections) {
    // A parent that is missing or part of a cycle makes its child a root rather than losing it.
    if (s.parent && byId.has(s.parent) && !inCycle(s.id, byId)) (children.get(s.parent) ?? children.set(s.parent, []).get(s.parent)!).push(s.id);
    else roots.push(s.id);
  }
  const direct = new Map<string, Node[]>();
  const loose: Node[] = [];
  for (const n of map.nodes) {
    if (n.section && byId.has(n.section)) (direct.get(n.section) ?? direct.set(n.section, []).get(n.section)!).push(n);
    else loose.push(n);
  }
  const under = (id: string): Node[] => {
    const ids = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (ids.has(s)) continue;
      ids.add(s);
      stack.push(...(children.get(s) ?? []));
    }
    return map.nodes.filter((n) => n.section !== undefined && ids.has(n.section));
  };
  // Each entry is a section shown whole; `own` marks the part of a split section not in any child.
  type Entry = { id: string; own: boolean };
  let shown: Entry[] = roots.map((id) => ({ id, own: false }));
  const size = (e: Entry) => (e.own ? direct.get(e.id)?.length ?? 0 : under(e.id).length);
  const parts = (e: Entry): Entry[] => {
    const kids = (children.get(e.id) ?? []).filter((k) => under(k).length > 0);
    return [...((direct.get(e.id)?.length ?? 0) > 0 ? [{ id: e.id, own: true }] : []), ...kids.map((id) => ({ id, own: false }))];
  };
  shown = shown.filter((e) => size(e) > 0);
  for (;;) {
    const candidates = shown.filter((e) => !e.own && parts(e).length > 1).sort((a, b) => size(b) - size(a));
    const next = candidates.find((e) => shown.length - 1 + parts(e).length <= maxBoxes - (loose.length > 0 ? 1 : 0));
    if (!next) break;
    const at = shown.indexOf(next);
    shown = [...shown.slice(0, at), ...parts(next), ...shown.slice(at + 1)];
  }
  const units = shown.map((e): Unit => {
    const s = byId.get(e.id)!;
    return e.own ? { id: e.id, title: `${s.title} (general)`, nodes: direct.get(e.id)! } : { id: e.id, title: s.title, nodes: under(e.id) };
  });
  if (loose.length > 0) units.push({ id: 'no-section', title: 'Not in any section', nodes: loose });
  return units;
}

function inCycle(id: string, byId: Map<string, { parent?: string | undefined }>): boolean {
  const seen = new Set<string>();
  let cur: string | undefined = id;
  while (cur && byId.has(cur)) {
    if (seen.has(cur)) return true;
    seen.add(cur);
    cur = byId.get(cur)!.parent;
  }
  return false;
}

/**
 * Without sections, a document's structure still shows in its locators: annex paragraphs (`C.4.ii`),
 * footnotes (`fn6`) and the main text's numbered paragraphs (`5`, `3.A.v.2`) each make a part.
 */
function locatorUnits(map: ArgumentMap): Unit[] {
  const documents = new Set(map.nodes.map((n) => n.source?.document).filter(Boolean));
  const out = new Map<string, Unit>();
  for (const n of map.nodes) {
    const doc = documents.size > 1 ? n.source?.document ?? '' : '';
    const part = n.source ? locatorPart(n.source.locator) : undefined;
    const id = part === undefined ? 'unplaced' : [doc, part.id].filter(Boolean).join('/');
    const title = part === undefined ? 'Without a locator' : [doc, part.title].filter(Boolean).join(': ');
    (out.get(id) ?? out.set(id, { id, title, nodes: [] }).get(id)!).nodes.push(n);
  }
  return [...out.values()];
}

function locatorPart(locator: string): { id: string; title: string } {
  const head = locator.split('.')[0]!;
  if (/^\d+$/.test(head)) return { id: 'main', title: 'Main text' };
  if (/^fn/i.test(head)) return { id: 'footnotes', title: 'Footnotes' };
  return { id: head, title: /^[A-Z]$/.test(head) ? `Annex ${head}` : head };
}

/** Merges runs of neighbouring units (in the map's order) until there are at most `maxBoxes`. */
function mergeNeighbours(units: Unit[], maxBoxes: number): Unit[] {
  if (units.length <= maxBoxes) return units;
  const per = Math.ceil(units.length / maxBoxes);
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i += per) {
    const run = units.slice(i, i + per);
    const title = run.length === 1 ? run[0]!.title : `${run[0]!.title} … ${run[run.length - 1]!.title}`;
    out.push({ id: run.map((u) => u.id).join('+'), title, nodes: run.flatMap((u) => u.nodes) });
  }
  return out;
}

const NAMED_MAX = 2;

/** Counts what each box holds and the links between boxes. */
export function overviewModel(map: ArgumentMap, units: readonly Unit[]): OverviewModel {
  const boxOf = new Map<string, string>();
  for (const u of units) for (const n of u.nodes) boxOf.set(n.id, u.id);
  const inferences = map.inferences ?? [];
  for (const inf of inferences) {
    const box = boxOf.get(inf.conclusion);
    if (box) boxOf.set(inf.id, box);
  }
  // Premises of an inference whose conclusion stands in the same box: not a key judgement of that box.
  const restsInside = new Set<string>();
  for (const inf of inferences) for (const p of inf.premises) if (boxOf.get(p) === boxOf.get(inf.conclusion)) restsInside.add(p);

  const groups = units.map((u): OverviewGroup => {
    const counts: Partial<Record<NodeKind, number>> = {};
    for (const n of u.nodes) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
    const located = u.nodes.filter((n) => n.source);
    const conclusions = u.nodes.filter((n) => n.kind === 'conclusion');
    const key = conclusions.length > 0 ? conclusions : u.nodes.filter((n) => (n.kind === 'claim' || n.kind === 'hypothesis') && !restsInside.has(n.id));
    return {
      id: u.id,
      title: u.title,
      nodes: u.nodes.map((n) => n.id),
      locators: located.length > 0 ? { first: located[0]!.source!.locator, last: located[located.length - 1]!.source!.locator } : undefined,
      counts,
      named: key.slice(0, NAMED_MAX).map((n) => ({ id: n.id, text: n.text, kind: n.kind })),
      namedTotal: key.length,
      conclusions: conclusions.length > 0,
    };
  });
  // Keyed by "from to" so the links come out in the order they are first met (the map's order).
  const links = new Map<string, OverviewLink>();
  const count = (from: string | undefined, to: string | undefined, type: string) => {
    if (!from || !to || from === to) return;
    const key = `${from}\u0000${to}`;
    const link = links.get(key) ?? links.set(key, { from, to, counts: {} }).get(key)!;
    link.counts[type] = (link.counts[type] ?? 0) + 1;
  };
  for (const inf of inferences) {
    const to = boxOf.get(inf.conclusion);
    // One inference is one step of support however many of its premises come from the other box.
    for (const from of new Set(inf.premises.map((p) => boxOf.get(p)))) count(from, to, 'support');
  }
  for (const r of map.relations ?? []) count(boxOf.get(r.from), boxOf.get(r.to), r.type);
  return { groups, links: [...links.values()] };
}
