import type { ArgumentMap, HypothesisSet, Node } from '../model/types.js';
import { RELATION_ENDPOINTS } from '../model/endpoints.js';
import { defeatable } from '../model/defeats.js';
import type { Diagnostic } from './diagnostics.js';
import { showValue } from './diagnostics.js';
import { calendarDateProblem, offsetProblem } from './dates.js';
import type { ParsedFile, PathStep } from './parse.js';
import { idIndex } from './id-index.js';

/**
 * Checks that a schema-valid map refers only to things it defines, with the right kinds at each end.
 * Nodes and inferences share one id space, because relations and ratings may name either.
 */
export function checkReferences(map: ArgumentMap, parsed: ParsedFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (path: PathStep[], message: string) => {
    const position = parsed.locate(path);
    out.push({ file: parsed.file, ...(position ? { position } : {}), severity: 'error', message });
  };

  // Every node and inference id numbered once (io/id-index.ts), shared with the support index the rules use.
  const index = idIndex(map);
  const { vertex: ids, nodeCount } = index;
  for (const { list, index: i, prior } of index.duplicates) {
    const p = parsed.locate(prior < nodeCount ? ['nodes', prior, 'id'] : ['inferences', prior - nodeCount, 'id']);
    const what = list === 'nodes' ? 'node' : 'inference';
    const id = (list === 'nodes' ? map.nodes[i]! : map.inferences![i]!).id;
    report([list, i, 'id'], `duplicate id ${showValue(id)} (${what}); expected ids to be unique, first used${p ? ` at line ${p.line}` : ''}`);
  }
  const nodes = {
    get: (id: string): Node | undefined => {
      const v = ids.get(id);
      return v !== undefined && v < nodeCount ? map.nodes[v] : undefined;
    },
    has: (id: string): boolean => (ids.get(id) ?? nodeCount) < nodeCount,
  };
  const inferences = { has: (id: string): boolean => (ids.get(id) ?? -1) >= nodeCount };
  const ownSpace = (list: { id: string }[] | undefined, key: string, what: string): Set<string> => {
    const seen = new Set<string>();
    (list ?? []).forEach((item, i) => {
      if (seen.has(item.id)) report([key, i, 'id'], `duplicate ${what} id ${showValue(item.id)}; expected ids to be unique`);
      seen.add(item.id);
    });
    return seen;
  };
  const sections = ownSpace(map.sections, 'sections', 'section');
  const documents = ownSpace(map.documents, 'documents', 'document');
  const authors = ownSpace(map.authors, 'authors', 'author');
  ownSpace(map.hypothesisSets, 'hypothesisSets', 'hypothesis set');

  // The role is written only for a report: spelt out for each of a million references it cost more than the lookups.
  const needNode = (id: string, path: PathStep[], role: () => string): Node | undefined => {
    const n = nodes.get(id);
    if (!n) {
      const hint = inferences.has(id) ? ' (that is an inference)' : '';
      report(path, `${role()} refers to ${showValue(id)}, which is not a node${hint}; expected the id of a node in \`nodes\``);
    }
    return n;
  };

  map.nodes.forEach((n, i) => {
    if (n.section !== undefined && !sections.has(n.section))
      report(['nodes', i, 'section'], `section ${showValue(n.section)} is not defined; expected one of the ids in \`sections\``);
    if (n.author !== undefined && !authors.has(n.author)) report(['nodes', i, 'author'], `author ${showValue(n.author)} is not defined; expected one of the ids in \`authors\``);
    if (n.source) {
      if (n.source.document !== undefined && !documents.has(n.source.document))
        report(['nodes', i, 'source', 'document'], `document ${showValue(n.source.document)} is not defined; expected one of the ids in \`documents\``);
      if (n.source.document === undefined && documents.size > 1)
        report(['nodes', i, 'source'], `source names no document and the map quotes ${documents.size}; expected \`document\``);
    }
    (n.dates ?? []).forEach((d, j) => {
      const hasDate = d.date !== undefined;
      const hasRel = d.relative !== undefined;
      if (hasDate === hasRel)
        report(
          ['nodes', i, 'dates', j],
          `dated fact for ${showValue(d.event)} gives ${hasDate ? 'both `date` and `relative`' : 'neither `date` nor `relative`'}; expected exactly one`,
        );
      if (d.relative && d.relative.event === d.event)
        report(['nodes', i, 'dates', j, 'relative', 'event'], `dated fact for ${showValue(d.event)} is relative to itself; expected another event`);
      const wrongDate = d.date !== undefined ? calendarDateProblem(d.date) : undefined;
      if (wrongDate) report(['nodes', i, 'dates', j, 'date'], wrongDate);
      const wrongOffset = d.relative ? offsetProblem(d.relative.offset) : undefined;
      if (wrongOffset) report(['nodes', i, 'dates', j, 'relative', 'offset'], wrongOffset);
    });
    if (n.analyst && !n.rationale)
      report(['nodes', i], `analyst-added node ${showValue(n.id)} has no \`rationale\`; expected a one-line reason so readers can tell the analyst from the source`);
  });

  (map.documents ?? []).forEach((doc, i) => {
    const wrongDate = doc.date !== undefined ? calendarDateProblem(doc.date) : undefined;
    if (wrongDate) report(['documents', i, 'date'], wrongDate);
  });

  (map.authors ?? []).forEach((a, i) => {
    const wrongDate = a.date !== undefined ? calendarDateProblem(a.date) : undefined;
    if (wrongDate) report(['authors', i, 'date'], wrongDate);
  });

  (map.sections ?? []).forEach((s, i) => {
    if (s.parent !== undefined && !sections.has(s.parent))
      report(['sections', i, 'parent'], `parent section ${showValue(s.parent)} is not defined; expected one of the ids in \`sections\``);
  });
  const parents = new Map((map.sections ?? []).map((s) => [s.id, s.parent] as const));
  (map.sections ?? []).forEach((s, i) => {
    const seen = new Set<string>([s.id]);
    for (let p = s.parent; p !== undefined; p = parents.get(p)) {
      if (seen.has(p)) {
        report(['sections', i, 'parent'], `section ${showValue(s.id)} is its own ancestor; expected sections to nest without a cycle`);
        break;
      }
      seen.add(p);
    }
  });

  // Premises and conclusions come numbered from the id index: a lookup by string each (and a Set per
  // inference for repeats) was most of this check on a million-node map.
  const { premiseStart, premise, conclusion } = index;
  (map.inferences ?? []).forEach((inf, i) => {
    const c = conclusion[i]!;
    if (c < 0 || c >= nodeCount) needNode(inf.conclusion, ['inferences', i, 'conclusion'], () => `inference ${showValue(inf.id)}: conclusion`);
    const start = premiseStart[i]!;
    const count = premiseStart[i + 1]! - start;
    inf.premises.forEach((p, j) => {
      const v = premise[start + j]!;
      if (v < 0 || v >= nodeCount) needNode(p, ['inferences', i, 'premises', j], () => `inference ${showValue(inf.id)}: premise`);
      if (p === inf.conclusion)
        report(['inferences', i, 'premises', j], `inference ${showValue(inf.id)} uses its conclusion as a premise; expected premises other than the conclusion`);
      if (listedBefore(inf.premises, premise, start, count, j))
        report(['inferences', i, 'premises', j], `inference ${showValue(inf.id)} lists premise ${showValue(p)} twice; expected each premise once`);
    });
  });

  (map.relations ?? []).forEach((r, i) => {
    const rule = RELATION_ENDPOINTS[r.type];
    const from = needNode(r.from, ['relations', i, 'from'], () => `${r.type} relation: from`);
    if (from && rule.from && !rule.from.includes(from.kind))
      report(
        ['relations', i, 'from'],
        `\`${r.type}\` starts at ${showValue(r.from)}, ${article(from.kind)} ${from.kind}; expected ${article(rule.from[0]!)} ${rule.from.join(' or ')} (${rule.reads})`,
      );
    if (rule.to === 'inference') {
      if (!inferences.has(r.to)) {
        const hint = nodes.has(r.to) ? `, ${article(nodes.get(r.to)!.kind)} ${nodes.get(r.to)!.kind} node; to attack a node use \`attacks\`` : ', which is not defined';
        report(['relations', i, 'to'], `\`undercuts\` targets ${showValue(r.to)}${hint}; expected the id of an inference`);
      }
    } else {
      const to = needNode(r.to, ['relations', i, 'to'], () => `${r.type} relation: to`);
      if (to && rule.to && !rule.to.includes(to.kind))
        report(
          ['relations', i, 'to'],
          `\`${r.type}\` ends at ${showValue(r.to)}, ${article(to.kind)} ${to.kind}; expected ${article(rule.to[0]!)} ${rule.to.join(' or ')} (${rule.reads})`,
        );
    }
    if (r.from === r.to) report(['relations', i], `\`${r.type}\` joins ${showValue(r.from)} to itself; expected two different ends`);
    if (r.analyst && !r.rationale) report(['relations', i], `analyst-added \`${r.type}\` relation has no \`rationale\`; expected a one-line reason`);
    if (r.outweighed !== undefined && !defeatable(r))
      report(
        ['relations', i, 'outweighed'],
        `\`outweighed\` on a \`${r.type}\` relation; expected it only on \`attacks\` or \`undercuts\` (a conceded attack the author holds outweighed)`,
      );
  });

  (map.hypothesisSets ?? []).forEach((set, i) => checkSet(set, i, needNode, report));
  return out;
}

/**
 * A set's hypotheses are its matrix's columns and its evidence the rows: an item in both, or an assessment
 * or rating naming a hypothesis as evidence, has no place in the matrix (ACH used to drop it silently and
 * the set view could not be laid out), so each is refused where it is written.
 */
function checkSet(
  set: HypothesisSet,
  i: number,
  needNode: (id: string, path: PathStep[], role: () => string) => Node | undefined,
  report: (path: PathStep[], message: string) => void,
): void {
  const base: PathStep[] = ['hypothesisSets', i];
  const hyps = new Set<string>();
  set.hypotheses.forEach((h, j) => {
    needNode(h, [...base, 'hypotheses', j], () => `hypothesis set ${showValue(set.id)}: hypothesis`);
    if (hyps.has(h)) report([...base, 'hypotheses', j], `hypothesis ${showValue(h)} is listed twice; expected each hypothesis once`);
    hyps.add(h);
  });
  const notAHypothesis = (e: string, path: PathStep[], what: string) => {
    if (!hyps.has(e)) return true;
    report(path, `${what} ${showValue(e)} is one of the hypotheses of set ${showValue(set.id)}; expected evidence other than the set's own hypotheses`);
    return false;
  };
  const evidence = new Set<string>();
  (set.evidence ?? []).forEach((e, j) => {
    const path = [...base, 'evidence', j];
    if (needNode(e, path, () => `hypothesis set ${showValue(set.id)}: evidence`)) notAHypothesis(e, path, 'evidence');
    if (evidence.has(e)) report(path, `evidence ${showValue(e)} is listed twice; expected each item once`);
    evidence.add(e);
  });
  const inSet = (e: string) => !set.evidence || evidence.has(e);
  const assessed = new Set<string>();
  (set.assessments ?? []).forEach((a, j) => {
    const path = [...base, 'assessments', j, 'evidence'];
    if (needNode(a.evidence, path, () => `hypothesis set ${showValue(set.id)}: assessment`) && notAHypothesis(a.evidence, path, 'assessed item') && !inSet(a.evidence))
      report(path, `assessed item ${showValue(a.evidence)} is not in the set's \`evidence\`; expected one of its items`);
    if (assessed.has(a.evidence)) report(path, `${showValue(a.evidence)} is assessed twice in set ${showValue(set.id)}; expected one credibility and relevance per item`);
    assessed.add(a.evidence);
  });
  const rated = new Set<string>();
  (set.ratings ?? []).forEach((r, j) => {
    const at: PathStep[] = [...base, 'ratings', j];
    if (
      needNode(r.evidence, [...at, 'evidence'], () => `rating in ${showValue(set.id)}: evidence`) &&
      notAHypothesis(r.evidence, [...at, 'evidence'], 'rated item') &&
      !inSet(r.evidence)
    )
      report([...at, 'evidence'], `rated item ${showValue(r.evidence)} is not in the set's \`evidence\`; expected one of its items`);
    if (needNode(r.hypothesis, [...at, 'hypothesis'], () => `rating in ${showValue(set.id)}: hypothesis`) && !hyps.has(r.hypothesis))
      report([...at, 'hypothesis'], `rated hypothesis ${showValue(r.hypothesis)} is not in set ${showValue(set.id)}; expected one of ${[...hyps].join(', ')}`);
    const key = `${r.evidence}\u0000${r.hypothesis}`;
    if (rated.has(key)) report(at, `${showValue(r.evidence)} is rated against ${showValue(r.hypothesis)} twice; expected one rating per cell`);
    rated.add(key);
  });
}

/**
 * Whether premise j of an inference repeats an earlier one. Few premises are compared pairwise, by number
 * where both ids are defined; a long list (a hostile map's) goes through a Set once, so no list is quadratic.
 */
const longLists = new WeakMap<string[], Map<string, number>>();
function listedBefore(ids: string[], numbers: Int32Array, start: number, count: number, j: number): boolean {
  if (count <= 16) {
    const v = numbers[start + j]!;
    for (let k = 0; k < j; k++) if (v >= 0 ? numbers[start + k] === v : ids[k] === ids[j]) return true;
    return false;
  }
  let first = longLists.get(ids);
  if (!first) {
    first = new Map();
    for (let k = ids.length - 1; k >= 0; k--) first.set(ids[k]!, k);
    longLists.set(ids, first);
  }
  return first.get(ids[j]!)! < j;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
