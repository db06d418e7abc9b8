import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { loadMap, loadMapText } from '../src/io/load.js';
import { keyAssumptions } from '../src/analysis/key-assumptions.js';
import { assumptionsText } from '../src/render/assumptions.js';
import { findings } from '../src/rules/fixtures/run.js';

const dir = mkdtempSync(join(tmpdir(), 'argmap-assumptions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A conclusion on one linked inference whose premise rests on another linked inference, three deep,
// with a convergent branch that is not needed, an implicit premise, an undercutter and an ACH row.
const DEEP = `title: Deep chain
nodes:
  - { id: c, kind: conclusion, text: Act now }
  - { id: a, kind: claim, text: The threat is real }
  - { id: b, kind: premise, text: Delay costs more, analyst: true, rationale: implicit in the text }
  - { id: a1, kind: claim, text: They can }
  - { id: a2, kind: claim, text: They will }
  - { id: a11, kind: evidence, text: Capability seen }
  - { id: a12, kind: premise, text: Capability persists }
  - { id: a21, kind: evidence, text: Intent stated }
  - { id: a22, kind: evidence, text: Intent leaked }
  - { id: x, kind: evidence, text: The report was forged }
  - { id: h1, kind: hypothesis, text: Real }
  - { id: h2, kind: hypothesis, text: Bluff }
inferences:
  - { id: i-c, premises: [a, b], conclusion: c }
  - { id: i-a, premises: [a1, a2], conclusion: a }
  - { id: i-a1, premises: [a11, a12], conclusion: a1 }
  - { id: i-a2x, premises: [a21], conclusion: a2 }
  - { id: i-a2y, premises: [a22], conclusion: a2 }
relations:
  - { type: undercuts, from: x, to: i-a1 }
hypothesisSets:
  - { id: q, question: Real or bluff?, hypotheses: [h1, h2], evidence: [a12], ratings: [{ evidence: a12, hypothesis: h2, rating: I }] }
`;

describe('key assumptions', () => {
  it('expands linked premises to any depth and names as assumptions only what nothing supports, leaving out branches that are not needed', () => {
    const [c] = keyAssumptions(loadMapText(DEEP, 'deep.yaml').map);
    expect(c!.conclusion).toBe('c');
    expect(c!.assumptions.map((a) => a.id)).toEqual(['b', 'a12']);
    expect(c!.judgements).toEqual(['a', 'a1', 'a2']);
    expect(c!.evidence).toEqual(['a11']);
    const byId = new Map(c!.assumptions.map((a) => [a.id, a]));
    expect(byId.get('b')!.status).toBe('implicit');
    expect(byId.get('a12')!.status).toBe('stated');
    expect(byId.get('a12')!.rowIn).toEqual(['q']);
  });
  it('lists what would undermine an assumption, a needed conclusion once, and what the map takes as given', () => {
    const map = `title: Layers
nodes:
  - { id: e, kind: evidence, text: A report }
  - { id: w, kind: premise, text: A warrant }
  - { id: base, kind: conclusion, text: First act }
  - { id: t, kind: claim, text: It depends on success, suppress: [{ rule: unsupported-conclusion, reason: a truism }] }
  - { id: top, kind: conclusion, text: Then act }
  - { id: v, kind: premise, text: Another warrant }
  - { id: x, kind: evidence, text: A counter-report }
inferences:
  - { id: i1, premises: [e, w], conclusion: base }
  - { id: i2, premises: [base, t, v], conclusion: top }
relations:
  - { type: attacks, from: x, to: v }
`;
    const [base, top] = keyAssumptions(loadMapText(map, 'layers.yaml').map);
    expect(base!.assumptions.map((a) => a.id)).toEqual(['w']);
    expect(top).toMatchObject({ conclusion: 'top', conclusions: ['base'], given: ['t'], judgements: [], evidence: [] });
    expect(top!.assumptions).toEqual([
      { id: 'v', text: 'Another warrant', kind: 'premise', status: 'stated', restatedAs: [], underminedBy: [{ node: 'x', how: 'attacks', target: 'v', on: 'itself' }], rowIn: [] },
    ]);
  });
  it("finds the memorandum's key assumptions, stated and implicit, without repeating a needed conclusion's", () => {
    const report = keyAssumptions(loadMap('arguments/soviet-policies-1953.yaml').map);
    const all = report.flatMap((c) => c.assumptions);
    expect(report.length).toBeGreaterThan(3);
    expect(all.some((a) => a.status === 'implicit')).toBe(true);
    // C.7(i)'s welcome restates 6's half-way advice: one claim, so both entries read the same. It rests on the implicit
    // asymmetry of costs, which C.7(i) states as a premise and 6 reaches three links down, and on the new line that
    // 4 reports and C.2 restates; the detente steps only C.7(i)'s line needs are no longer needed by every line.
    const welcome = report.find((c) => c.conclusion === 'c7-i-welcome')!;
    expect(welcome.restatedAs).toEqual(['p6-meet-halfway']);
    expect(welcome.assumptions.find((a) => a.id === 'an-welcome-asymmetry')?.status).toBe('implicit');
    expect(welcome.judgements).toEqual(['p4-new-line']);
    expect(welcome.evidence).not.toContain('c1-detente-steps');
    // C.7(iii) used to rest on C.4(i) alone, and through it on 2's "no evidence of any organised resistance", a row of
    // 2's purge-or-discipline set. Since the seventeenth revision it has a second line, from 3.A(v)'s steps "to
    // strengthen popular acceptance", so no judgement or row is needed by both: only the unstated premise they share.
    const noHostility = report.find((c) => c.conclusion === 'c7-iii-no-hostility')!;
    expect(noHostility.rows).not.toContainEqual({ node: 'p2-no-organised-resistance', sets: ['p2-purges-or-discipline'] });
    expect(noHostility.judgements).toEqual([]);
    expect(noHostility.assumptions.map((a) => a.id)).toEqual(['an-hostility-rallies']);
    // 6's balance is the conclusion of its argument by cases, and C.7(ii)'s "avoid unnecessary provocation" one clause
    // of it: since the twenty-third revision 6 grounds C.7(ii) rather than restating it, so C.7(ii)'s lines from C.4's
    // explanations no longer pool into the balance, and the premise the cases need, that the two moods exhaust the
    // readings, is a key assumption every line needs, beside the text's two conditionals.
    const balance = report.find((c) => c.conclusion === 'p6-no-provocation')!;
    expect(balance.restatedAs).toEqual([]);
    expect(balance.assumptions.map((a) => a.id)).toEqual(['p6-two-moods', 'an-moods-exhaustive']);
    expect(balance.conclusions).toEqual(['p6-meet-halfway', 'p6-not-lulled']);
    expect(report.find((c) => c.conclusion === 'c7-ii-no-provocation')!.taggedPresumptions).toContain('an-moods-exhaustive');
    // 6's defences are C.7(ii)'s, which C.7(ii) also grounds on C.3's list of objectives without 5's loyal successors:
    // no premise every line needs, but the tagged presumption is still listed, with what undermines it: 6's "So
    // little is known" undercuts the step that uses it. The half-way advice needs the asymmetry of costs.
    const notLulled = report.find((c) => c.conclusion === 'p6-not-lulled')!;
    expect(notLulled.restatedAs).toEqual(['c7-ii-defence']);
    expect(notLulled.assumptions).toEqual([]);
    // Since the twenty-third revision 5's loyal successors and C.3's general grounds are one continuity premise.
    expect(notLulled.taggedPresumptions).toContain('an-composition-policy');
    expect(notLulled.taggedUnderminedBy).toContainEqual({
      presumption: 'an-composition-policy',
      underminedBy: [
        { node: 'p6-so-little-known', how: 'undercuts', target: 'i-p5-objectives', on: 'use' },
        { node: 'a-iv-secretariat', how: 'undercuts', target: 'i-c3-unwise', on: 'use' },
      ],
    });
    const halfway = report.find((c) => c.conclusion === 'p6-meet-halfway')!;
    expect(halfway.assumptions.map((a) => a.id)).toEqual(['an-welcome-asymmetry']);
  });
  it("reports the memorandum's key assumptions without the noise a reader found: no chain links, no truism, no second listing", () => {
    const found = findings('load-bearing-premise', readFileSync('arguments/soviet-policies-1953.yaml', 'utf8'));
    const named = new Map(found.map((f) => [f.nodes[0]!, f.nodes.slice(1)]));
    // 6's half-way advice: one chain; its underived premise, not its three links.
    expect(named.get('p6-meet-halfway')).not.toContain('p6-opportunity');
    // C.7(iv): C.5's framing truism, which the map says needs no grounds, is not an assumption to test.
    expect(named.get('c7-iv-firmness')).not.toContain('c5-longer-term-depends');
    // 6's balance, no longer restated as C.7(ii)'s narrower clause: the rule names what the command lists, the
    // premise its argument by cases needs (the rule and the command agree on it).
    expect(named.get('p6-no-provocation')).toEqual(expect.arrayContaining(['p6-two-moods', 'an-moods-exhaustive']));
    // The rule names what the command lists, conclusion by conclusion, and a judgement said twice once (reader 12
    // found 6's half-way advice and C.7(i)'s welcome, one judgement, reported twice).
    expect(named.get('p6-meet-halfway')).toEqual(['c7-i-welcome', 'an-welcome-asymmetry']);
    expect(named.has('c7-i-welcome')).toBe(false);
    // The rule speaks of policy conclusions; the key judgements the command checks after them are not its business.
    const report = keyAssumptions(loadMap('arguments/soviet-policies-1953.yaml').map).filter((c) => c.anchor === 'conclusion');
    for (const c of report) {
      const ids = c.assumptions.map((a) => a.id);
      const finding = found.find((f) => f.nodes[0] === c.conclusion || (f.nodes.includes(c.conclusion) && (c.restatedAs ?? []).includes(f.nodes[0]!)));
      if (ids.length === 0) expect(finding, c.conclusion).toBeUndefined();
      // The key assumptions, in the command's order; a finding may go on to name conclusions it also rests on (6's balance).
      else
        expect(
          finding!.nodes.filter((id) => ids.includes(id)),
          c.conclusion,
        ).toEqual(ids);
    }
    const withAssumptions = report.filter((c) => c.assumptions.length > 0);
    expect(withAssumptions.length).toBe(found.length + withAssumptions.filter((c) => c.conclusion === 'c7-i-welcome').length);
  });
  it("marks a conclusion whose key assumptions are all unstated as the analyst's reconstruction, in every format", async () => {
    const report = keyAssumptions(loadMap('arguments/soviet-policies-1953.yaml').map);
    const byId = new Map(report.map((c) => [c.conclusion, c]));
    // C.7(iii) needs only the reader's premise that a hostile West lets the leaders rally their people. C.7(i) rests on
    // C.3's "no grounds for believing ... changed" (C.4's "must be expected to remain constant" only carries it forward,
    // so it is not a premise of C.7(i)) and, since the fourteenth revision (reader 11), on the reader's prudential
    // asymmetry of errors that turns "no grounds for believing" into "we should be wise to assume": its one key
    // assumption, unstated. The presumption of a stable leadership bears on C.3's judgement, not on this step. Since
    // the twenty-third revision the three lines to the unchanged objectives (5's successors, C.3's general grounds,
    // C.3's doctrine) share one continuity premise, "same men, same aims", which every line needs: a second key
    // assumption, and the memorandum's own central presumption.
    expect(byId.get('c7-iii-no-hostility')!.reconstructed).toBe(true);
    expect(byId.get('c7-i-assume-unchanged')!.assumptions.map((a) => a.id)).toEqual(['an-assume-prudence', 'an-composition-policy']);
    // C.3's judgement restates 5's, so the check names the claim once, by 5's id, the one premises use first.
    expect(byId.get('c7-i-assume-unchanged')!.judgements).toEqual(['p5-objectives-unchanged']);
    expect(byId.get('c7-i-assume-unchanged')!.challenges).toContainEqual({
      node: 'p6-so-little-known',
      how: 'undercuts',
      of: 'p5-objectives-unchanged',
      inference: 'i-p5-objectives',
    });
    expect(byId.get('c7-i-assume-unchanged')!.reconstructed).toBe(true);
    for (const c of report) expect(c.reconstructed, c.conclusion).toBe(c.assumptions.length > 0 && c.assumptions.every((a) => a.status === 'implicit'));
    const text = await runCli('assumptions', 'arguments/soviet-policies-1953.yaml');
    expect(text.out).toContain(
      "c7-iii-no-hostility: Avoid giving Soviet people the impression the West is implacably hostile\n  key assumptions (1):\n  all unstated: the analyst's reconstruction",
    );
    const md = await runCli('assumptions', 'arguments/soviet-policies-1953.yaml', '--format', 'markdown');
    expect(md.out).toContain("Key assumptions all unstated: the analyst's reconstruction of what the argument needs, not the author's words.");
    const json = JSON.parse((await runCli('assumptions', 'arguments/soviet-policies-1953.yaml', '--format', 'json')).out) as {
      conclusions: { conclusion: string; reconstructed: boolean }[];
    };
    expect(json.conclusions.find((c) => c.conclusion === 'c7-iii-no-hostility')?.reconstructed).toBe(true);
  });
  it('prints text, Markdown and JSON, and writes a file with -o', async () => {
    const text = await runCli('assumptions', 'arguments/examples/harbour.yaml');
    expect(text.code).toBe(0);
    expect(text.out).toContain('- closes-8-march: The quay closes on or about 8 March\n      stated prediction\n');
    const md = await runCli('assumptions', 'arguments/examples/harbour.yaml', '--format', 'markdown');
    expect(md.out).toMatch(/^# Key assumptions\n\n## watch: /);
    const file = join(dir, 'a.json');
    const json = await runCli('assumptions', 'arguments/soviet-policies-1953.yaml', '--format', 'json', '-o', file);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { conclusions: { conclusion: string }[] };
    const report = keyAssumptions(loadMap('arguments/soviet-policies-1953.yaml').map);
    expect(parsed.conclusions.map((c) => c.conclusion)).toEqual(report.filter((c) => c.anchor === 'conclusion').map((c) => c.conclusion));
  });

  it('lists the tagged presumptions two lines of support rest on, apart from the key assumptions no line can do without', () => {
    const text = `title: Two lines
nodes:
  - { id: c, kind: conclusion, text: Their aims are unchanged }
  - { id: l1, kind: claim, text: Little has changed in the leadership }
  - { id: l2, kind: claim, text: The successors shared the old man's ideas }
  - { id: p1, kind: premise, text: Same men mean same policy, tags: [key-assumption] }
  - { id: p2, kind: premise, text: Close associates agreed with him, tags: [key-assumption] }
  - { id: e1, kind: evidence, text: The same names hold office }
  - { id: e2, kind: evidence, text: No sign of disagreement }
  - { id: p3, kind: premise, text: An untagged bridge }
inferences:
  - { id: i1, premises: [l1], conclusion: c }
  - { id: i2, premises: [l2], conclusion: c }
  - { id: i-l1, premises: [e1, p1], conclusion: l1 }
  - { id: i-l2, premises: [e2, p2, p3], conclusion: l2 }
`;
    const report = keyAssumptions(loadMapText(text, 'two.yaml').map);
    const c = report.find((r) => r.conclusion === 'c')!;
    expect(c.assumptions).toEqual([]);
    expect(c.taggedPresumptions).toEqual(['p1', 'p2']);
    const shown = assumptionsText(report);
    expect(shown).not.toContain('no key assumptions');
    expect(shown).toContain('tagged presumptions it rests on');
    expect(shown).toMatch(/tagged presumptions[^\n]*: p1, p2\n/);
    // A tagged premise every line needs stays a key assumption and is not listed twice.
    const shared = keyAssumptions(loadMapText(text.replace('premises: [l2]', 'premises: [l2, p1]').replace('premises: [l1]', 'premises: [l1, p1]'), 'shared.yaml').map);
    const s = shared.find((r) => r.conclusion === 'c')!;
    expect(s.assumptions.map((a) => a.id)).toEqual(['p1']);
    expect(s.taggedPresumptions).toEqual(['p2']);
  });
});
