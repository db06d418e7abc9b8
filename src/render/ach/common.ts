import { num as fmt, escapeXml } from '../xml.js';
import type { Rating } from '../../model/types.js';
import type { AchCell, AchSetResult } from '../../analysis/ach/types.js';

/** Heuer's matrix symbols: plus for consistent, minus (U+2212) for inconsistent. */
export const SYMBOL: Record<Rating, string> = { CC: '++', C: '+', N: '0', I: '\u2212', II: '\u2212\u2212', NA: 'NA' };

export const RATING_WORD: Record<Rating, string> = {
  CC: 'very consistent',
  C: 'consistent',
  N: 'neutral',
  I: 'inconsistent',
  II: 'very inconsistent',
  NA: 'not applicable',
};

export const HOW_TO_READ =
  'How to read: hypotheses across, evidence down; only inconsistent ratings count (I = 1, II = 2, times credibility \u00d7 relevance for the weighted score); the hypothesis with least against it leads. Derived ratings come from the argument graph, not the analyst.';

// Scores for people: at most two decimals, no trailing zeros (the drawing code's number format).
export { fmt, escapeXml };

export function cellIndex(set: AchSetResult): (evidence: string, hypothesis: string) => AchCell | undefined {
  const m = new Map(set.cells.map((c) => [`${c.evidence}\u0000${c.hypothesis}`, c]));
  return (e, h) => m.get(`${e}\u0000${h}`);
}

export function labels(set: AchSetResult): (id: string) => string {
  const m = new Map<string, string>([...set.hypotheses, ...set.evidence].map((x) => [x.id, x.label]));
  return (id) => m.get(id) ?? id;
}

export function shorten(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : one.slice(0, max - 1).trimEnd() + '\u2026';
}

/** The findings under the matrix, as plain sentences shared by the text and Markdown views. */
export interface Findings {
  ranking: string[];
  ties: string[];
  discriminating: string[];
  nonDiagnostic: string[];
  unscored: string[];
  sensitivity: string[];
  gaps: string[];
  disputes: string[];
  milestones: string[];
}

export function findings(set: AchSetResult): Findings {
  const label = labels(set);
  const name = (id: string): string => `${id} (${shorten(label(id), 60)})`;
  const ranking = set.hypotheses.map(
    (h) => `${h.rank}. ${name(h.id)}: weighted ${fmt(h.weightedInconsistency)}, inconsistency ${h.inconsistency}${h.leader ? (set.leaders.length > 1 ? ' \u2014 tied lead' : ' \u2014 leads') : ''}`,
  );
  const seen = new Set<string>();
  const ties: string[] = [];
  for (const h of set.hypotheses) {
    if (h.tiedWith.length === 0 || seen.has(h.id)) continue;
    const group = [h.id, ...h.tiedWith];
    group.forEach((g) => seen.add(g));
    ties.push(`${group.join(', ')} tie at weighted ${fmt(h.weightedInconsistency)}${h.leader ? ' for the lead' : ''}`);
  }
  // Stable sort: equal diagnosticity keeps the matrix's row order.
  const discriminating = set.evidence
    .filter((e) => e.diagnosticity > 0)
    .sort((a, b) => b.diagnosticity - a.diagnosticity)
    .map((e) => `${name(e.id)}: ${fmt(e.diagnosticity)}`);
  // A non-diagnostic row adds the same inconsistency to every hypothesis, so as rated the lead cannot
  // hang on it: it is listed here only, with what a re-rating would do, and never under sensitivity.
  const sensitivityOf = new Map(set.sensitivity.map((s) => [s.evidence, s]));
  const rerated = (id: string): string => {
    const flips = sensitivityOf.get(id)?.flips ?? [];
    return flips.length === 0 ? '' : `; the lead does not hang on it as rated, though re-rating it would move the lead (${flips.map((f) => `${f.from}\u2192${f.to} against ${f.hypothesis}, ${leadWord(f.leaders)}`).join('; ')})`;
  };
  const nonDiagnostic = set.evidence
    .filter((e) => !e.diagnostic)
    .map((e) => {
      const rated = set.cells.filter((c) => c.evidence === e.id && c.rating !== 'NA').length;
      const how = rated === 0 ? 'no rating other than NA' : rated === 1 ? `rated against 1 of ${set.hypotheses.length} hypotheses only` : `rated alike for ${rated === set.hypotheses.length ? 'every hypothesis' : `all ${rated} hypotheses rated`}`;
      return `${name(e.id)}: ${how}${rerated(e.id)}`;
    });
  // Rated differently (CC against N, say) yet adding no inconsistency anywhere: Heuer's eye sees a
  // difference that the inconsistency score cannot, so the row moves no score apart.
  const unscored = set.evidence
    .filter((e) => e.diagnostic && e.diagnosticity === 0)
    .map((e) => `${name(e.id)}: rated ${[...new Set(set.cells.filter((c) => c.evidence === e.id && c.rating !== 'NA').map((c) => c.rating))].join(' and ')}, none inconsistent`);
  const nonDiagnosticIds = new Set(set.evidence.filter((e) => !e.diagnostic).map((e) => e.id));
  const sensitivity = set.sensitivity
    .filter((s) => s.changesLeader && !nonDiagnosticIds.has(s.evidence))
    .map((s) => {
      const parts: string[] = [];
      if (s.drop) parts.push(`dropping it, ${leadWord(s.drop.leaders)}`);
      for (const f of s.flips) parts.push(`${f.from}\u2192${f.to} against ${f.hypothesis}, ${leadWord(f.leaders)}`);
      return `${name(s.evidence)}: ${parts.join('; ')}`;
    });
  if (sensitivity.length === 0 && set.evidence.length > 0) sensitivity.push(`none: no single item, dropped or reversed, ${set.leaders.length > 1 ? 'puts another hypothesis in front' : 'changes the lead'}`);
  // Said once, first: on a tie the list leaves out the items that would only break it, which are most of them.
  if (set.leaders.length > 1 && set.evidence.length > 0) {
    sensitivity.unshift(`the lead is a tie of ${set.leaders.join(' & ')}: any inconsistent rating against one of them breaks it, so only items that would put another hypothesis in front are listed`);
  }
  const gaps = [
    ...set.gaps.unrefuted.map((h) => {
      const rated = set.hypotheses.find((x) => x.id === h)?.rated ?? 0;
      return `${name(h)} has nothing inconsistent against it${rated === 0 ? ' (it has no ratings at all)' : ': look for evidence that could refute it'}`;
    }),
    ...set.gaps.allNA.map((e) => `${name(e)} is rated NA for every hypothesis`),
    ...set.gaps.unrated.map((u) => `${u.evidence} \u00d7 ${u.hypothesis} not rated${u.note ? ` (${u.note})` : ''}`),
  ];
  const disputes = set.disputes.map((d) => `${d.evidence} \u00d7 ${d.hypothesis}: rated ${d.rating}, but the graph says ${d.graph} (${d.reason})`);
  const milestones = set.milestones.map((m) => `${m.prediction} (${shorten(m.label, 60)}) \u2014 expected if ${m.hypothesis}${m.via ? ` (via ${m.via})` : ''}`);
  return { ranking, ties, discriminating, nonDiagnostic, unscored, sensitivity, gaps, disputes, milestones };
}

function leadWord(leaders: readonly string[]): string {
  return leaders.length === 1 ? `${leaders[0]} leads` : `the lead is a tie of ${leaders.join(' & ')}`;
}

export const FINDING_TITLES: Record<keyof Findings, string> = {
  ranking: 'Ranking (least contradicted first)',
  ties: 'Ties',
  discriminating: 'Evidence that separates the scores, most diagnostic first',
  nonDiagnostic: 'Non-diagnostic evidence (Heuer step 4: consider dropping)',
  unscored: 'Rated differently, but diagnosticity 0 for every pair (no inconsistency to separate the scores)',
  sensitivity: 'Sensitivity: items the lead hangs on (step 6)',
  gaps: 'Gaps',
  disputes: 'Ratings the argument graph disputes (the rating stands; check one or the other)',
  milestones: 'Milestones to watch for (step 8)',
};

