import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { loadMap, loadMapText } from '../src/io/load.js';
import { keyAssumptions } from '../src/analysis/key-assumptions.js';

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
  it('expands linked premises to any depth, leaving out branches that are not needed', () => {
    const [c] = keyAssumptions(loadMapText(DEEP, 'deep.yaml').map);
    expect(c!.conclusion).toBe('c');
    expect(c!.assumptions.map((a) => a.id).sort()).toEqual(['a', 'a1', 'a11', 'a12', 'a2', 'b']);
    const byId = new Map(c!.assumptions.map((a) => [a.id, a]));
    expect(byId.get('b')!.status).toBe('implicit');
    expect(byId.get('a1')!.underminedBy).toEqual([{ node: 'x', how: 'undercuts', inference: 'i-a1' }]);
    expect(byId.get('a2')!.supportedBy.map((s) => s.inference)).toEqual(['i-a2x', 'i-a2y']);
    expect(byId.get('a12')!.rowIn).toEqual(['q']);
  });
  it("finds the memorandum's load-bearing premises, stated and implicit, and the rows its sets rate", () => {
    const report = keyAssumptions(loadMap('arguments/soviet-policies-1953.yaml').map);
    const all = report.flatMap((c) => c.assumptions);
    expect(report.length).toBeGreaterThan(3);
    expect(all.some((a) => a.status === 'implicit')).toBe(true);
    // C.7(i)'s welcome rests on the implicit asymmetry of costs and on the detente steps, which no set rates:
    // they are what detente-explanations explains, not evidence for it.
    const welcome = report.find((c) => c.conclusion === 'c7-i-welcome')!.assumptions;
    expect(welcome.find((a) => a.id === 'an-welcome-asymmetry')?.status).toBe('implicit');
    expect(welcome.find((a) => a.id === 'c1-detente-steps')?.rowIn).toEqual([]);
    // C.7(iii) rests on 2's "no evidence of any organised resistance", a row of 2's purge-or-discipline set.
    const noHostility = report.find((c) => c.conclusion === 'c7-iii-no-hostility')!.assumptions;
    expect(noHostility.find((a) => a.id === 'p2-no-organised-resistance')?.rowIn).toEqual(['p2-purges-or-discipline']);
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
    expect(parsed.conclusions.map((c) => c.conclusion)).toEqual(keyAssumptions(loadMap('arguments/soviet-policies-1953.yaml').map).map((c) => c.conclusion));
  });
});
