import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { RULES, SUPPRESSION_RULES } from '../src/rules/index.js';
import { visibleJson } from '../src/io/visible-text.js';
import { generate } from '../scripts/bench/_synthetic-map.mjs';

const HARBOUR = 'arguments/examples/harbour.yaml';
const MEMO = 'arguments/soviet-policies-1953.yaml';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false });
  return { code, out, err };
}

interface Report {
  findings: { rule: string; severity: string; message: string; nodes: string[]; location: { file: string; line: number; column: number } }[];
  summary: { error: number; warning: number; info: number };
}

describe('argmap check', () => {
  it('lints the example map like a compiler: file:line:col severity rule message, then a summary; exit 0 without errors', async () => {
    const { code, out } = await run('check', HARBOUR);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toContain(
      `${HARBOUR}:74:13 warning mixed-yardstick exercise ("The build-up prepares a military exercise") is banded "unlikely" on the ICD 203 yardstick (20–45 %), while the map's other judgements use PHIA; one map should use one yardstick.`,
    );
    expect(
      lines.some((l) =>
        l.startsWith(
          `${HARBOUR}:95:5 info load-bearing-premise Conclusion watch ("Watch for the quay closing on or about 8 March") rests on 1 key assumption that no inference in the map supports: closes-8-march`,
        ),
      ),
    ).toBe(true);
    expect(lines.at(-1)).toBe('3 findings (0 errors, 2 warnings, 1 info)');
  });

  it('writes the documented JSON, byte-identical from run to run', async () => {
    const a = await run('check', '--format', 'json', HARBOUR);
    const b = await run('check', '--format', 'json', HARBOUR);
    expect(a.out).toBe(b.out);
    const report = JSON.parse(a.out) as Report;
    // Written in chunks, but byte for byte what JSON.stringify with two-space indent gives.
    expect(a.out).toBe(JSON.stringify(report, null, 2) + '\n');
    expect(report.summary).toEqual({ error: 0, warning: 2, info: 1, suppressed: 0 });
    expect(report.findings.map((f) => f.rule)).toEqual(['mixed-yardstick', 'unhedged-judgement', 'load-bearing-premise']);
    expect(Object.keys(report.findings[0]!)).toEqual(['rule', 'severity', 'messageId', 'data', 'message', 'nodes', 'location']);
    expect(report.findings[2]!.nodes).toEqual(['watch', 'closes-8-march']);
  });

  it('writes the same bytes as JSON.stringify on a 10,000-node map, over several chunks, with suppressions and controls', async () => {
    const map = generate(10_000, 30_260);
    // Text a terminal would obey, and suppressions (which add a key to a finding), on a few nodes.
    for (const n of map.nodes.filter((_n, i) => i % 50 === 0)) n.text += ' \u202e reversed \u0085';
    for (const n of map.nodes.slice(0, 3000).filter((_n, i) => i % 7 === 0)) n.suppress = [{ rule: 'orphan-node', reason: 'kept on purpose' }];
    const dir = mkdtempSync(join(tmpdir(), 'argmap-check-json-'));
    const file = join(dir, 'synthetic.json');
    writeFileSync(file, JSON.stringify(map));
    const { out } = await run('check', '--format', 'json', file);
    const report = JSON.parse(out) as { findings: { suppressed?: unknown }[] };
    expect(report.findings.length).toBeGreaterThan(5_000);
    expect(report.findings.some((f) => f.suppressed)).toBe(true);
    expect(out).toContain('\\u202e reversed \\u0085');
    expect(out).toBe(visibleJson(JSON.stringify(report, null, 2)) + '\n');
  });

  it('writes a Markdown table per rule', async () => {
    const { out } = await run('check', '-f', 'markdown', HARBOUR);
    expect(out).toContain('## mixed-yardstick (warning, 1)');
    expect(out).toContain('| Location | Nodes | Finding |');
    expect(out).toContain(`| ${HARBOUR}:88:5 | closes-8-march | Prediction closes-8-march`);
  });

  it('selects rules with --rule and --ignore, and refuses unknown ids with exit 2', async () => {
    const only = JSON.parse((await run('check', '-f', 'json', '--rule', 'mixed-yardstick,unhedged-judgement', HARBOUR)).out) as Report;
    expect(only.findings.map((f) => f.rule)).toEqual(['mixed-yardstick', 'unhedged-judgement']);
    const skip = JSON.parse((await run('check', '-f', 'json', '--ignore', 'mixed-yardstick', '--ignore', 'load-bearing-premise', HARBOUR)).out) as Report;
    expect(skip.findings.map((f) => f.rule)).toEqual(['unhedged-judgement']);
    const bad = await run('check', '--rule', 'no-such-rule', HARBOUR);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--rule "no-such-rule" is not a rule');
  });

  it('exits 1 on an error-severity finding and 2 on a broken map, naming file:line:col', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-check-'));
    const circular = join(dir, 'circular.yaml');
    writeFileSync(
      circular,
      'title: Circle\nnodes:\n  - { id: a, kind: claim, text: A }\n  - { id: b, kind: claim, text: B }\ninferences:\n  - { id: i1, premises: [a], conclusion: b }\n  - { id: i2, premises: [b], conclusion: a }\n',
    );
    const c = await run('check', '--rule', 'circular-support', circular);
    expect(c.code).toBe(1);
    expect(c.out).toContain(`${circular}:3:5 error circular-support Support runs in a circle: a ("A") → b ("B") → a ("A")`);
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'title: Broken\nnodes:\n  - { id: a, kind: clam, text: A }\n');
    const b = await run('check', broken, HARBOUR);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: error: `));
    expect(b.out).toContain('3 findings');
  });

  it.runIf(existsSync(MEMO))('finds the date contradictions of the memorandum and its footnotes', async () => {
    const { code, out } = await run('check', '-f', 'json', MEMO);
    const report = JSON.parse(out) as Report;
    expect(code).toBe(1);
    const dates = report.findings.filter((f) => f.rule === 'dated-fact-conflict');
    // Paragraph 1 puts the 19th Congress in October 1952; footnote 1 in 5-14 October 1953 (the congress met in 1952).
    expect(dates.some((f) => f.nodes.includes('fn1-congress') && f.message.includes('"October 1952"') && f.message.includes('"5–14 October 1953"'))).toBe(true);
    // Annex C.3's "last October" (the paper is of 1953) agrees with paragraph 1, so it too conflicts with footnote 1.
    expect(dates.some((f) => f.nodes.includes('c3-malenkov-report') && f.nodes.includes('fn1-congress'))).toBe(true);
    // Footnote 7: Hammarskjöld "(1905–1961)", yet "killed in a plane crash ... in 1962".
    expect(dates.some((f) => f.message.includes('hammarskjold-death') && f.message.includes('"in 1962"') && f.message.includes('"(1905–1961)"'))).toBe(true);
    // Footnote 9: the April 1952 conference is "a year after the death of Stalin" (March 1954).
    expect(dates.some((f) => f.message.includes('moscow-economic-conference') && f.message.includes('1954-03-05, counted from stalin-death'))).toBe(true);
  });

  it.runIf(existsSync(MEMO))("flags the memorandum's own weak spots: an argument from silence and an unsupported certainty", async () => {
    const report = JSON.parse((await run('check', '-f', 'json', MEMO)).out) as Report;
    // ¶2: "There is no evidence of any organised resistance" is offered as a reason for what Stalin feared.
    expect(report.findings.some((f) => f.rule === 'absence-of-evidence' && f.message.includes('"There is no evidence"') && f.message.includes('organised resistance'))).toBe(true);
    // ¶5: "there is no doubt some uneasiness in Moscow over American intentions" - certainty with no reason given.
    expect(report.findings.some((f) => f.rule === 'unsupported-conclusion' && f.message.includes('uneasiness in Moscow'))).toBe(true);
    // The map quotes every unit of the text correctly and covers all of it.
    expect(report.findings.filter((f) => f.rule === 'quote-not-in-source' || f.rule === 'uncovered-locator')).toEqual([]);
  });
});

describe('argmap rules', () => {
  it('lists every rule with its id, severity and description', async () => {
    const { code, out } = await run('rules');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length + SUPPRESSION_RULES.length);
    expect(lines[0]).toMatch(/^quote-not-in-source\s+error\s+a node's quote is not found at its locator in the source text$/);
    const json = JSON.parse((await run('rules', '-f', 'json')).out) as { rules: { id: string; severity: string }[] };
    expect(json.rules.map((r) => r.id)).toContain('load-bearing-premise');
    expect(json.rules.find((r) => r.id === 'dated-fact-conflict')!.severity).toBe('error');
  });
});
