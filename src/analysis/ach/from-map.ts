import { bfsFromNode } from 'graphology-traversal';
import type { ArgumentMap, HypothesisSet, Level, Node } from '../../model/types.js';
import { buildGraph, inferencesFor, restsOn, supportGraph, supportedBy, type ArgumentGraph } from '../../graph/argument-graph.js';
import type { AchCell, AchDispute, AchEvidence, AchMatrix, AchMilestone, AchUnrated, WeightOrigin } from './types.js';

/** What the graph says about one evidence–hypothesis pair, with the words that explain it. */
interface GraphSignal {
  consistent?: string;
  inconsistent?: string;
}

const quote = (g: ArgumentGraph, id: string): string => {
  const v = g.getNodeAttributes(id);
  return v.type === 'node' ? `"${v.node.id}"` : `inference "${id}"`;
};

/**
 * Nodes an item supports through chains of inferences, not passing beyond the set's own hypotheses:
 * support for one rival that flows on into another is not evidence about the second.
 */
function supportReach(g: ArgumentGraph, from: string, hypotheses: ReadonlySet<string>): Set<string> {
  const reached = new Set<string>();
  bfsFromNode(
    supportGraph(g),
    from,
    (key) => {
      if (key === from) return false;
      reached.add(key);
      return hypotheses.has(key);
    },
    { mode: 'out' },
  );
  return reached;
}

/** Does `a` attack, undercut (an inference into `h`) or contradict `h`? Returns the relation's wording. */
function attackOn(g: ArgumentGraph, a: string, h: string): string | undefined {
  let found: string | undefined;
  g.forEachOutEdge(a, (_e, link, _s, target) => {
    if (found) return;
    if ((link.type === 'attacks' || link.type === 'contradicts') && target === h) found = link.type;
    else if (link.type === 'undercuts') {
      const v = g.getNodeAttributes(target);
      if (v.type === 'inference' && v.inference.conclusion === h) found = `undercuts ${quote(g, target)} into`;
    }
  });
  if (!found)
    g.forEachInEdge(a, (_e, link, source) => {
      if (!found && link.type === 'contradicts' && source === h) found = 'contradicts';
    });
  return found;
}

/**
 * Reads a rating off the graph for a pair the analyst left unrated:
 * C when the item supports the hypothesis through a chain of inferences, or the hypothesis `explains` it or
 * something the item supports;
 * I when the item, or something it supports (other than a rival hypothesis), attacks, undercuts or
 * contradicts the hypothesis. Rival hypotheses are not intermediaries: Heuer's point is that evidence
 * for one hypothesis is not thereby evidence against the others.
 */
function signal(g: ArgumentGraph, e: string, h: string, reach: ReadonlySet<string>, rivals: ReadonlySet<string>): GraphSignal {
  const out: GraphSignal = {};
  if (reach.has(h)) {
    const via = inferencesFor(g, h)
      .filter((i) => i.premises.includes(e) || reach.has(i.id))
      .map((i) => i.id);
    out.consistent = `supports "${h}" through inference ${via.map((v) => `"${v}"`).join(', ')}`;
  } else if (g.someOutEdge(h, (_k, link, _s, t) => link.type === 'explains' && t === e)) {
    out.consistent = `"${h}" explains it`;
  } else {
    // The item supports something the hypothesis explains (a step among the moves a hypothesis accounts for):
    // it fits the hypothesis as that does, whatever else the same node goes on to support.
    let explained: string | undefined;
    g.forEachOutEdge(h, (_k, link, _s, t) => {
      if (!explained && link.type === 'explains' && reach.has(t) && !rivals.has(t)) explained = t;
    });
    if (explained) out.consistent = `supports ${quote(g, explained)}, which "${h}" explains`;
  }
  for (const a of [e, ...[...reach].filter((x) => !rivals.has(x) && g.getNodeAttributes(x).type === 'node')]) {
    const how = attackOn(g, a, h);
    if (how) {
      out.inconsistent = a === e ? `${how} "${h}"` : `supports ${quote(g, a)}, which ${how} "${h}"`;
      break;
    }
  }
  return out;
}

/**
 * The rows of a set that lists none: items the analyst rated (in rating order), then, in map order,
 * every node linked to a hypothesis: what it rests on, what attacks, undercuts or contradicts it (and
 * what supports those), and what it `explains`. Predictions are left to the milestones.
 */
function graphEvidence(g: ArgumentGraph, map: ArgumentMap, set: HypothesisSet): string[] {
  const hyps = new Set(set.hypotheses);
  const linked = new Set<string>();
  for (const h of set.hypotheses) {
    for (const x of restsOn(g, h)) linked.add(x);
    const attackers: string[] = [];
    g.forEachInEdge(h, (_e, link, source) => {
      if (link.type === 'attacks' || link.type === 'contradicts') attackers.push(source);
      if (link.type === 'conclusion')
        g.forEachInEdge(source, (_e2, l2, s2) => {
          if (l2.type === 'undercuts') attackers.push(s2);
        });
    });
    g.forEachOutEdge(h, (_e, link, _s, target) => {
      if (link.type === 'contradicts') attackers.push(target);
      if (link.type === 'explains') linked.add(target);
    });
    for (const a of attackers) {
      linked.add(a);
      for (const x of restsOn(g, a)) linked.add(x);
    }
  }
  const ids = (set.ratings ?? []).map((r) => r.evidence);
  for (const n of map.nodes) if (linked.has(n.id) && n.kind !== 'prediction') ids.push(n.id);
  return [...new Set(ids)].filter((id) => !hyps.has(id));
}

/** Predictions made by a hypothesis, or by a node that rests on it (Heuer step 8). */
function milestones(g: ArgumentGraph, map: ArgumentMap, set: HypothesisSet): AchMilestone[] {
  const out: AchMilestone[] = [];
  const seen = new Set<string>();
  const label = new Map(map.nodes.map((n) => [n.id, n.text]));
  for (const h of set.hypotheses) {
    const makers = [h, ...[...supportedBy(g, h)].filter((x) => g.getNodeAttributes(x).type === 'node')];
    for (const m of makers) {
      g.forEachOutEdge(m, (_e, link, _s, target) => {
        if (link.type !== 'predicts' || seen.has(`${h}\u0000${target}`)) return;
        seen.add(`${h}\u0000${target}`);
        out.push({ prediction: target, label: label.get(target) ?? target, hypothesis: h, ...(m !== h ? { via: m } : {}) });
      });
    }
  }
  return out;
}

/** The unscored matrix of one hypothesis set of a map: explicit ratings first, gaps filled from the graph. */
export function matrixFromSet(map: ArgumentMap, set: HypothesisSet, g: ArgumentGraph = buildGraph(map)): AchMatrix {
  const nodes = new Map<string, Node>(map.nodes.map((n) => [n.id, n]));
  const hyps = new Set(set.hypotheses);
  const listed = set.evidence ? [...set.evidence, ...(set.ratings ?? []).map((r) => r.evidence)] : graphEvidence(g, map, set);
  const evidenceIds = [...new Set(listed)].filter((id) => !hyps.has(id));
  const assessed = new Map((set.assessments ?? []).map((a) => [a.evidence, a]));

  const evidence: AchEvidence[] = evidenceIds.map((id) => {
    const a = assessed.get(id);
    const node = nodes.get(id);
    const [credibility, credibilityFrom]: [Level, WeightOrigin] = a?.credibility ? [a.credibility, 'set'] : node?.credibility ? [node.credibility, 'node'] : ['medium', 'default'];
    const [relevance, relevanceFrom]: [Level, WeightOrigin] = a?.relevance ? [a.relevance, 'set'] : ['medium', 'default'];
    return { id, label: node?.text ?? id, credibility, relevance, credibilityFrom, relevanceFrom };
  });

  const explicit = new Map((set.ratings ?? []).map((r) => [`${r.evidence}\u0000${r.hypothesis}`, r]));
  const cells: AchCell[] = [];
  const notes: AchUnrated[] = [];
  const disputes: AchDispute[] = [];
  for (const e of evidenceIds) {
    const reach = g.hasNode(e) ? supportReach(g, e, hyps) : new Set<string>();
    for (const h of set.hypotheses) {
      const r = explicit.get(`${e}\u0000${h}`);
      const s = g.hasNode(e) ? signal(g, e, h, reach, hyps) : {};
      if (r) {
        cells.push({ evidence: e, hypothesis: h, rating: r.rating, derived: false, ...(r.rationale ? { rationale: r.rationale } : {}) });
        // Only a clear signal the other way is a dispute; N and NA are judgements the graph cannot overrule.
        const consistent = r.rating === 'C' || r.rating === 'CC';
        const inconsistent = r.rating === 'I' || r.rating === 'II';
        if (consistent && s.inconsistent && !s.consistent) disputes.push({ evidence: e, hypothesis: h, rating: r.rating, graph: 'I', reason: s.inconsistent });
        if (inconsistent && s.consistent && !s.inconsistent) disputes.push({ evidence: e, hypothesis: h, rating: r.rating, graph: 'C', reason: s.consistent });
        continue;
      }
      if (s.consistent && s.inconsistent) notes.push({ evidence: e, hypothesis: h, note: `mixed: ${s.consistent}, but ${s.inconsistent}` });
      else if (s.consistent) cells.push({ evidence: e, hypothesis: h, rating: 'C', derived: true, rationale: s.consistent });
      else if (s.inconsistent) cells.push({ evidence: e, hypothesis: h, rating: 'I', derived: true, rationale: s.inconsistent });
    }
  }

  return {
    id: set.id,
    question: set.question,
    hypotheses: set.hypotheses.map((id) => ({ id, label: nodes.get(id)?.text ?? id })),
    evidence,
    cells,
    notes,
    disputes,
    milestones: milestones(g, map, set),
  };
}

/** Every hypothesis set of a map, in map order, as unscored matrices (one graph built for all). */
export function matricesFromMap(map: ArgumentMap): AchMatrix[] {
  const sets = map.hypothesisSets ?? [];
  if (sets.length === 0) return [];
  const g = buildGraph(map);
  return sets.map((s) => matrixFromSet(map, s, g));
}
