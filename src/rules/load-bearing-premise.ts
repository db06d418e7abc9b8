import { conclusionNeeds, onlyReconstructed } from '../analysis/key-assumptions.js';
import { restatements } from '../graph/restatements.js';
import { plural } from '../model/plural.js';
import { listShown, optionsSchema, type Report, type Rule } from './rule.js';

export const loadBearingPremise: Rule<{ shown: number }> = {
  meta: {
    id: 'load-bearing-premise',
    severity: 'info',
    description: 'for each policy conclusion, the assumptions every line of its support needs: what a Key Assumptions Check would examine',
    docs: "A Key Assumptions Check (Heuer and Pherson, Structured Analytic Techniques, ch. 8; CIA Tradecraft Primer, 2009) lists the assumptions, stated or unstated, that a judgement rests on: what is taken as true with nothing behind it, and would change the judgement if wrong. A node is needed when every line of support passes through it (dominators on the support graph, Cooper, Harvey and Kennedy's algorithm), when it is a linked premise of a needed inference, or when every inference into a needed node shares it; linked premises are followed to any depth. Of the needed nodes, the rule names the assumptions: those no inference in the map supports, other than evidence and sources (single-point-of-evidence weighs those). A link of the chain that has support of its own is not named: its grounds are, so a conclusion resting on one long chain gets one finding naming the chain's underived premises, not every link. Another conclusion it needs is named once, and its assumptions are reported on it, not repeated; a conclusion and its restatements (one judgement said twice) get one finding, on the first of them in the map. A node that suppresses unsupported-conclusion (the map says it needs no grounds: a truism or a framing) is not named. Unstated (analyst-added) assumptions are marked, and when every one named is unstated the message says so: they are the analyst's reconstruction of what the argument needs, not the author's words, so the check tests the reading before it tests the text (Heuer and Pherson tell stated from unstated assumptions; ICD 203 asks that assumptions be told from judgements). Option shown caps how many are named, the message giving the count. `argmap assumptions` prints the full check: every needed node, what would undermine each assumption and which matrices rate it.",
    messages: {
      keyAssumptions:
        'Conclusion {{conclusion}} rests on {{howMany}} that no inference in the map supports: {{assumptions}}; if {{which}} fails, the conclusion loses its support.',
      keyAssumptionsAndConclusions:
        'Conclusion {{conclusion}} rests on {{howMany}} that no inference in the map supports: {{assumptions}}; if {{which}} fails, the conclusion loses its support. It also rests on {{conclusions}}, whose own assumptions are reported there.',
      reconstructed:
        "Conclusion {{conclusion}} rests on {{howMany}} that the text does not state and no inference in the map supports: {{assumptions}}; {{theyAre}} the analyst's reconstruction of what the argument needs, not the author's words: if {{which}} fails, the conclusion as reconstructed loses its support.",
      reconstructedAndConclusions:
        "Conclusion {{conclusion}} rests on {{howMany}} that the text does not state and no inference in the map supports: {{assumptions}}; {{theyAre}} the analyst's reconstruction of what the argument needs, not the author's words: if {{which}} fails, the conclusion as reconstructed loses its support. It also rests on {{conclusions}}, whose own assumptions are reported there.",
    },
    schema: optionsSchema({ shown: { type: 'integer', minimum: 1, description: 'how many key assumptions (and needed conclusions) are named in the message' } }),
    defaults: { shown: 5 },
  },
  check(ctx, options) {
    const out: Report[] = [];
    const classes = restatements(ctx.map);
    const reported = new Set<string>();
    for (const [v, n] of ctx.map.nodes.entries()) {
      if (n.kind !== 'conclusion') continue;
      // One conclusion said twice (6's advice restated as C.7's) rests on the same assumptions: one finding,
      // on the first in the map, naming the other.
      const twins = classes.any ? classes.members(n.id).filter((id) => id !== n.id && ctx.node(id)?.kind === 'conclusion') : [];
      if (twins.some((id) => reported.has(id))) continue;
      const needs = conclusionNeeds(ctx.map, v, { acrossRestatements: true });
      if (needs.assumptions.length === 0) continue;
      reported.add(n.id);
      const named = needs.assumptions.map((id) => (ctx.node(id)!.analyst ? `unstated ${ctx.label(id)}` : ctx.label(id)));
      const count = needs.assumptions.length;
      const reconstructed = onlyReconstructed(needs.assumptions, (id) => ctx.node(id)!.analyst === true);
      const data = {
        conclusion: ctx.restatedLabel([n.id, ...twins]),
        howMany: plural(count, 'key assumption'),
        which: count === 1 ? 'it' : 'any',
        theyAre: count === 1 ? 'it is' : 'they are',
        assumptions: listShown(named, options.shown),
      };
      out.push(
        needs.conclusions.length === 0
          ? { messageId: reconstructed ? 'reconstructed' : 'keyAssumptions', data, nodes: [n.id, ...twins, ...needs.assumptions] }
          : {
              messageId: reconstructed ? 'reconstructedAndConclusions' : 'keyAssumptionsAndConclusions',
              data: {
                ...data,
                conclusions: listShown(
                  needs.conclusions.map((id) => ctx.label(id)),
                  options.shown,
                ),
              },
              nodes: [n.id, ...twins, ...needs.assumptions, ...needs.conclusions],
            },
      );
    }
    return out;
  },
};
