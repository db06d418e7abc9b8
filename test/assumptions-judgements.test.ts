import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { loadMapText } from '../src/io/load.js';
import { keyAssumptions } from '../src/analysis/key-assumptions.js';
import { keyJudgements } from '../src/analysis/key-judgements.js';
import { strayPresumptions } from '../src/analysis/presumptions.js';

const dir = mkdtempSync(join(tmpdir(), 'argmap-judgements-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// An estimate with one piece of advice and three bottom-line judgements: `top` (a claim nothing builds on),
// `feeds` (a claim only the advice builds on) and `forecast` (a prediction); `step` is a claim `top` builds
// on, `alt` a hypothesis, `said` a claim the author reports, `bare` a claim resting on evidence alone.
const ESTIMATE = `title: Estimate
nodes:
  - { id: advice, kind: conclusion, text: Hold firm }
  - { id: feeds, kind: claim, text: The shift is tactical }
  - { id: w-feeds, kind: premise, text: Tactics change while aims stay, analyst: true, rationale: implied }
  - { id: top, kind: claim, text: Aims are unchanged }
  - { id: step, kind: claim, text: The leaders share the old outlook }
  - { id: w-step, kind: premise, text: Successors keep a dead leader's outlook, analyst: true, rationale: implied }
  - { id: w-top, kind: premise, text: Outlook fixes aims }
  - { id: forecast, kind: prediction, text: Trade will grow }
  - { id: w-forecast, kind: premise, text: Détente brings trade }
  - { id: alt, kind: hypothesis, text: It is weakness }
  - { id: w-alt, kind: premise, text: Weak states conciliate }
  - { id: said, kind: claim, text: Pravda says all is well, stance: reports }
  - { id: w-said, kind: premise, text: Pravda speaks for the leaders }
  - { id: bare, kind: claim, text: The harvest failed }
  - { id: e1, kind: evidence, text: A speech }
  - { id: e2, kind: evidence, text: Grain imports }
  - { id: x, kind: evidence, text: A purge of the old guard }
inferences:
  - { id: i-advice, premises: [feeds, e1], conclusion: advice }
  - { id: i-feeds, premises: [e1, w-feeds], conclusion: feeds }
  - { id: i-step, premises: [e1, w-step], conclusion: step }
  - { id: i-top, premises: [step, w-top], conclusion: top }
  - { id: i-forecast, premises: [e2, w-forecast], conclusion: forecast }
  - { id: i-alt, premises: [e2, w-alt], conclusion: alt }
  - { id: i-said, premises: [e1, w-said], conclusion: said }
  - { id: i-bare, premises: [e2], conclusion: bare }
relations:
  - { type: undercuts, from: x, to: i-step }
`;

const file = join(dir, 'estimate.yaml');
writeFileSync(file, ESTIMATE);
const map = loadMapText(ESTIMATE, 'estimate.yaml').map;

describe('key judgements in the key assumptions check', () => {
  it('takes as key judgements the supported claims and predictions of the author that nothing but a conclusion builds on', () => {
    // Not step (top builds on it), alt (a hypothesis), said (reported, not asserted), advice (a conclusion).
    expect(keyJudgements(map)).toEqual(['feeds', 'top', 'forecast', 'bare']);
  });
  it('gives each key judgement with something to examine an entry after the conclusions, and leaves out one resting on evidence alone', () => {
    const report = keyAssumptions(map);
    expect(report.map((c) => [c.conclusion, c.anchor])).toEqual([
      ['advice', 'conclusion'],
      ['feeds', 'judgement'],
      ['top', 'judgement'],
      ['forecast', 'judgement'],
    ]);
    const top = report.find((c) => c.conclusion === 'top')!;
    expect(top.assumptions.map((a) => a.id)).toEqual(['w-top', 'w-step']);
    expect(top.assumptions[1]!.underminedBy).toEqual([{ node: 'x', how: 'undercuts', target: 'i-step', on: 'use' }]);
  });
  it('examines a tagged presumption under the key judgement it holds up, so it is no longer left outside every entry', () => {
    const tagged = loadMapText(ESTIMATE.replace('text: Outlook fixes aims }', 'text: Outlook fixes aims, tags: [key-assumption] }'), 'estimate.yaml').map;
    const report = keyAssumptions(tagged);
    expect(report.find((c) => c.conclusion === 'top')!.assumptions.map((a) => a.id)).toContain('w-top');
    expect(strayPresumptions(tagged, report)).toEqual([]);
  });
  it('prints the key judgements under a heading of their own in text and Markdown, and as `judgements` in JSON', async () => {
    const text = (await runCli('assumptions', file)).out;
    expect(text).toMatch(
      /^advice: Hold firm\n[\s\S]*\nKey judgements: the claims and predictions of the author with support of their own that nothing but a conclusion builds on[^\n]*:\n\nfeeds: /m,
    );
    expect(text).not.toMatch(/^bare:/m);
    const md = (await runCli('assumptions', file, '--format', 'markdown')).out;
    expect(md).toContain('\n## Key judgements: the claims');
    expect(md).toContain('\n### top: Aims are unchanged\n');
    const json = JSON.parse((await runCli('assumptions', file, '--format', 'json')).out) as { conclusions: { conclusion: string }[]; judgements: Record<string, unknown>[] };
    expect(json.conclusions.map((c) => c.conclusion)).toEqual(['advice']);
    expect(json.judgements.map((j) => j.judgement)).toEqual(['feeds', 'top', 'forecast']);
    expect(json.judgements[0]).not.toHaveProperty('conclusion');
    expect(json.judgements[0]).not.toHaveProperty('anchor');
  });
  it('checks only the nodes named with --node, any node with support, even one resting on evidence alone', async () => {
    const { code, out } = await runCli('assumptions', file, '--node', 'step', '--node', 'bare', '--node', 'step');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^Judgements asked for:\n\nstep: The leaders share the old outlook\n {2}key assumptions \(1\):[\s\S]*\nbare: The harvest failed\n {2}no key assumptions: everything it needs is evidence/,
    );
    expect(out).not.toMatch(/^advice:/m);
    expect(out).not.toContain('Tagged presumptions');
    const json = JSON.parse((await runCli('assumptions', file, '--node', 'advice', '--format', 'json')).out) as { conclusions: { conclusion: string }[]; judgements?: unknown };
    expect(json.conclusions.map((c) => c.conclusion)).toEqual(['advice']);
    expect(json.judgements).toBeUndefined();
  });
  it('refuses an unknown node and one without support, naming it, with exit 2', async () => {
    const unknown = await runCli('assumptions', file, '--node', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no node "nope"');
    const bare = await runCli('assumptions', file, '--node', 'w-top');
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('node "w-top" has no support of its own');
    expect(bare.out).toBe('');
  });
});
