import type { Fact, FactAttribute } from '../model/types.js';
import type { Rule, Report } from './rule.js';

export const FACT_ATTRIBUTES: readonly FactAttribute[] = ['agent', 'originator', 'attributedTo', 'where', 'count'];

const WORD: Readonly<Record<FactAttribute, string>> = {
  agent: 'who did it',
  originator: 'whose idea it was',
  attributedTo: 'to whom it is attributed',
  where: 'where it happened',
  count: 'how many',
};

/** Values compared as words, not as spellings: case and spacing aside. */
const norm = (v: string | number): string => String(v).replace(/\s+/g, ' ').trim().toLowerCase();

export const factConflict: Rule = {
  meta: {
    id: 'fact-conflict',
    severity: 'warning',
    description: 'two nodes state different values of one attribute (who, whose idea, attributed to, where, how many) of the same event or idea',
    docs: 'Facts beyond dates (Schum, The Evidential Foundations of Probabilistic Reasoning, on the attributes of an event a report asserts): nodes record, in `facts`, what they say about an event or idea named by a shared key: its agent, originator, to whom it is attributed, where, and how many. Two nodes that give one attribute of one event different values cannot both be right, as two dates that cannot both hold (dated-fact-conflict, which keeps dates with their precision). Values are compared as words, case and spacing aside; one message id per attribute, so each kind of conflict can be told apart, configured or suppressed.',
    messages: Object.fromEntries(
      FACT_ATTRIBUTES.map((a) => [a, `{{node}} says ${WORD[a]} for {{event}} is "{{value}}", but {{other}} says "{{otherValue}}"; both cannot be right.`]),
    ),
    defaults: {},
  },
  check(ctx) {
    // For each event and attribute, the first node that stated it; every later disagreement is reported.
    const first = new Map<string, { node: string; value: string | number; at: (string | number)[] }>();
    const out: Report[] = [];
    ctx.map.nodes.forEach((node, i) => {
      (node.facts ?? []).forEach((fact: Fact, j) => {
        for (const attribute of FACT_ATTRIBUTES) {
          const value = fact[attribute];
          if (value === undefined) continue;
          const key = `${fact.about}\u0000${attribute}`;
          const seen = first.get(key);
          const here = { node: node.id, value, at: ['nodes', i, 'facts', j, attribute] };
          if (!seen) {
            first.set(key, here);
            continue;
          }
          if (seen.node === node.id || norm(seen.value) === norm(value)) continue;
          // An analyst's fact from outside knowledge checks the text; the finding belongs where the text
          // says it, so a reader is sent to the words in doubt, not to the correction.
          const [said, against] = node.analyst === true && ctx.node(seen.node)?.analyst !== true ? [seen, here] : [here, seen];
          out.push({
            messageId: attribute,
            data: { node: ctx.label(said.node), event: fact.about, value: String(said.value), other: ctx.label(against.node), otherValue: String(against.value) },
            nodes: [said.node, against.node],
            at: said.at,
          });
        }
      });
    });
    return out;
  },
};
