import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './helpers/cli.js';

const HARBOUR = 'arguments/examples/harbour.yaml';
const MEMO = 'arguments/soviet-policies-1953.yaml';

interface Report {
  findings: { rule: string; severity: string; messageId: string; data: Record<string, string>; message: string }[];
  summary: { error: number; warning: number; info: number; suppressed: number };
}

async function report(...argv: string[]): Promise<Report> {
  const r = await run('check', '-f', 'json', ...argv);
  expect(r.err).toBe('');
  return JSON.parse(r.out) as Report;
}

const rulesOf = (r: Report) => r.findings.map((f) => f.rule);
const temp = () => mkdtempSync(join(tmpdir(), 'argmap-config-'));

/** A project folder (marked by .git) holding the harbour example two folders below its config. */
function harbourProject(config: { name: string; text: string }): { root: string; map: string } {
  const root = temp();
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, config.name), config.text);
  const dir = join(root, 'maps', 'examples');
  mkdirSync(dir, { recursive: true });
  cpSync('arguments/examples', dir, { recursive: true });
  return { root, map: join(dir, 'harbour.yaml') };
}

describe('argmap.config: severities and options', () => {
  it('is found upward from the map (YAML) and turns a rule off and another up to error', async () => {
    const before = await report(HARBOUR);
    expect(rulesOf(before)).toEqual(['mixed-yardstick', 'unhedged-judgement', 'load-bearing-premise']);
    const { map } = harbourProject({ name: 'argmap.config.yaml', text: 'rules:\n  unhedged-judgement: off\n  mixed-yardstick: error\n' });
    const after = await report(map);
    expect(rulesOf(after)).toEqual(['mixed-yardstick', 'load-bearing-premise']);
    expect(after.findings[0]!.severity).toBe('error');
    expect((await run('check', map)).code).toBe(1);
  });

  it('is found as argmap.config.json too, and not above the folder holding .git', async () => {
    const { map } = harbourProject({ name: 'argmap.config.json', text: '{ "rules": { "load-bearing-premise": 0 } }' });
    expect(rulesOf(await report(map))).toEqual(['mixed-yardstick', 'unhedged-judgement']);
    // An empty `rules:` in YAML is null: no settings, every rule at its default.
    const empty = harbourProject({ name: 'argmap.config.yml', text: 'extends: argmap:recommended\nrules:\n' });
    expect(rulesOf(await report(empty.map))).toEqual(['mixed-yardstick', 'unhedged-judgement', 'load-bearing-premise']);
    // A config above the project's top folder governs nothing inside it.
    const outer = temp();
    writeFileSync(join(outer, 'argmap.config.json'), '{ "rules": { "mixed-yardstick": "off" } }');
    const inner = join(outer, 'project');
    mkdirSync(join(inner, '.git'), { recursive: true });
    cpSync('arguments/examples', inner, { recursive: true });
    expect(rulesOf(await report(join(inner, 'harbour.yaml')))).toContain('mixed-yardstick');
  });

  it("changes the memorandum's overconfidence margin and flat-assertion floor through --config", async () => {
    const overconfident = (r: Report) => r.findings.filter((f) => f.rule === 'overconfident-conclusion').map((f) => `${f.data.stated} ${f.data.supported}`);
    // p6-carrot-stick (98 % on 65 %, suppressed on the map but still listed) and c7-iv-only-tactics (98 % on 70 %,
    // C.3's silence). Since the fourteenth revision 6's "no doubt maintaining ultimate Soviet aims" rests on 5's
    // judgement as C.3 restates it, with C.3's better support, so it is no longer flagged; and 6's "much too soon"
    // no longer qualifies C.7.iv (6 leaves the rulers' mood open, not the tactical reading). Since the seventeenth
    // reading D.3's "seems in itself sufficient reason to preclude any weakening" is banded highly likely (85 %) and
    // rests on the reader's premise that dependence breeds loyalty; since the eighteenth, D.7's admitted longer-term
    // weakening qualifies it as well; since the twenty-second the premise is graded medium (Tito one counter-example in
    // 1953), so 51 %, from 36 %.
    expect(overconfident(await report(MEMO))).toEqual(['98 % 65 %', '98 % 70 %', '85 % 51 %']);
    const dir = temp();
    // 98 % on 65 % is 0.33 over, 98 % on 70 % 0.28, 85 % on 51 % 0.34: a margin of 0.32 drops the second only.
    writeFileSync(join(dir, 'wide.json'), '{ "rules": { "overconfident-conclusion": ["warning", { "margin": 0.32 }] } }');
    expect(overconfident(await report('--config', join(dir, 'wide.json'), MEMO))).toEqual(['98 % 65 %', '85 % 51 %']);
    // 5's flat "They need a respite" (stated 100 %) on 77 % support clears the default floor 0.55, not one of 0.8; so
    // does 6's flat "this change of tactics offers an opportunity" (65 %). 3's flat consolidation problem no longer
    // does: since the fourteenth revision the leaders' "panic and disarray" is weak evidence for it, not a hedge on it.
    writeFileSync(join(dir, 'floor.yaml'), 'rules:\n  overconfident-conclusion: [warning, { flatFloor: 0.8 }]\n');
    expect(overconfident(await report('--config', join(dir, 'floor.yaml'), MEMO))).toEqual(['100 % 77 %', '98 % 65 %', '100 % 65 %', '98 % 70 %', '85 % 51 %']);
  });

  it('changes the support-strength weights overconfident-conclusion compares against', async () => {
    const dir = temp();
    const overconfident = (r: Report) => r.findings.filter((f) => f.rule === 'overconfident-conclusion').map((f) => `${f.data.stated} ${f.data.supported}`);
    // Since the twenty-third revision every line to C.7.iv's "can only be regarded" (on C.3's silence) passes through
    // the one continuity premise, graded medium: ungraded premises counted at 0.8 instead of 0.7 no longer lift it on
    // their own. With medium counted at 0.8 too it rises from 70 % to within the margin of its 98 %, so only 6's
    // "obviously" is left, with D.3's loyalty (both higher with the new table).
    writeFileSync(join(dir, 'u.yaml'), 'rules:\n  overconfident-conclusion: [warning, { ungraded: 0.8, unbacked: 0.8 }]\n');
    expect(overconfident(await report('--config', join(dir, 'u.yaml'), MEMO))).toEqual(['98 % 65 %', '98 % 70 %', '85 % 51 %']);
    writeFileSync(join(dir, 'w.yaml'), 'rules:\n  overconfident-conclusion: [warning, { ungraded: 0.8, unbacked: 0.8, credibility: { high: 0.95, medium: 0.8, low: 0.4 } }]\n');
    expect(overconfident(await report('--config', join(dir, 'w.yaml'), MEMO))).toEqual(['98 % 69 %', '85 % 58 %']);
    // The credibility table is replaced whole, so it must name every grade.
    writeFileSync(join(dir, 'partial.yaml'), 'rules:\n  overconfident-conclusion: [warning, { credibility: { low: 0.4 } }]\n');
    const partial = await run('check', '--config', join(dir, 'partial.yaml'), MEMO);
    expect(partial.code).toBe(2);
    expect(partial.err).toContain(
      `${join(dir, 'partial.yaml')}:2:54: error: found a mapping for overconfident-conclusion option credibility; expected a mapping that also gives high`,
    );
  });

  it('passes list options: single-point-of-evidence exempts what the config says is of record', async () => {
    const dir = temp();
    const single = (r: Report) => r.findings.filter((f) => f.rule === 'single-point-of-evidence').length;
    // Every sole item under the memorandum's claims is graded high, a matter of record, so nothing is reported by
    // default (D.3's dependence has been graded so since the twenty-second revision); exempting no grade reports them.
    expect(single(await report(MEMO))).toBe(0);
    writeFileSync(join(dir, 'c.json'), '{ "rules": { "single-point-of-evidence": ["warning", { "exempt": [] }] } }');
    expect(single(await report('--config', join(dir, 'c.json'), MEMO))).toBe(6);
    writeFileSync(join(dir, 'd.json'), '{ "rules": { "single-point-of-evidence": ["warning", { "exempt": ["high", "medium", "low"] }] } }');
    expect(single(await report('--config', join(dir, 'd.json'), MEMO))).toBe(0);
  });

  it('overrides from the command line win over the config: --rule id=severity', async () => {
    const { map } = harbourProject({ name: 'argmap.config.yaml', text: 'rules:\n  unhedged-judgement: off\n' });
    const r = await report('--rule', 'unhedged-judgement=error', '--rule', 'load-bearing-premise=off', map);
    expect(r.findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(['mixed-yardstick warning', 'unhedged-judgement error']);
    const bad = await run('check', '--rule', 'unhedged-judgement=loud', HARBOUR);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--rule unhedged-judgement=loud: found "loud" as the severity of unhedged-judgement');
  });

  it('extends argmap:imported, the profile for AIF imports: reasons are premises, disagreement and bare assertion are information', async () => {
    const dir = temp();
    const map = join(dir, 'dialogue.yaml');
    writeFileSync(
      map,
      [
        'title: A dialogue',
        'nodes:',
        '  - { id: a, kind: claim, text: We should build the bridge }',
        '  - { id: b, kind: premise, text: The river floods every spring }',
        '  - { id: c, kind: claim, text: The bridge would cost too much }',
        'inferences:',
        '  - { id: i1, premises: [b], conclusion: a }',
        'relations:',
        '  - { type: attacks, from: c, to: a }',
        '',
      ].join('\n'),
    );
    const plain = await report(map);
    expect(new Set(rulesOf(plain))).toEqual(new Set(['unsupported-conclusion', 'unhedged-judgement', 'explicit-contradiction', 'unaccepted-claim']));
    writeFileSync(join(dir, 'argmap.config.yaml'), 'extends: argmap:imported\n');
    const imported = await report(map);
    expect(imported.findings.map((f) => `${f.rule} ${f.severity}`).sort()).toEqual(['explicit-contradiction info', 'unaccepted-claim info', 'unsupported-conclusion info']);
  });
});

describe('argmap.config: bad configs exit 2 with file:line:col', () => {
  it('names each problem at its place: unknown rule, bad severity, options failing the schema, unknown keys', async () => {
    const dir = temp();
    const file = join(dir, 'argmap.config.yaml');
    writeFileSync(
      file,
      [
        'extends: argmap:strict',
        'rules:',
        '  no-such-rule: error',
        '  orphan-node: loud',
        '  overconfident-conclusion: [warning, { margin: 5, bogus: 1 }]',
        '  orphan-node-x: 3',
        'extra: 1',
        '',
      ].join('\n'),
    );
    const r = await run('check', '--config', file, HARBOUR);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split('\n')).toEqual([
      `${file}:1:10: error: found "argmap:strict" in extends; expected "argmap:recommended" or "argmap:imported"`,
      `${file}:3:3: error: "no-such-rule" is not a rule; expected one of the ids \`argmap rules\` lists`,
      `${file}:4:16: error: found "loud" as the severity of orphan-node; expected "off", "info", "warning" or "error" (or 0, 1, 2)`,
      `${file}:5:49: error: found 5 for overconfident-conclusion option margin; expected a value <= 1`,
      `${file}:5:52: error: overconfident-conclusion has no option "bogus"; expected one of: margin, flatFloor, credibility, ungraded, unbacked, undercut, qualifier`,
      `${file}:6:3: error: "orphan-node-x" is not a rule; expected one of the ids \`argmap rules\` lists`,
      `${file}:7:1: error: found the key "extra"; expected only \`extends\` and \`rules\``,
    ]);
  });

  it('reports JSON syntax errors, a missing --config file, and two configs in one folder', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'broken.json'), '{ "rules": { "orphan-node": } }');
    const broken = await run('check', '--config', join(dir, 'broken.json'), HARBOUR);
    expect(broken.code).toBe(2);
    // The JSON parser's own positions are the loader's business (issue 13 item 7); the file is named.
    expect(broken.err.startsWith(`${join(dir, 'broken.json')}`)).toBe(true);
    expect(broken.err).toContain('invalid JSON');
    const missing = await run('check', '--config', join(dir, 'none.json'), HARBOUR);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`${join(dir, 'none.json')}: error: file not found; expected an existing config file\n`);
    const { root, map } = harbourProject({ name: 'argmap.config.json', text: '{}' });
    writeFileSync(join(root, 'argmap.config.yml'), 'rules: {}\n');
    const two = await run('check', map);
    expect(two.code).toBe(2);
    expect(two.err).toContain(`${join(root, 'argmap.config.yml')}: error: is a second config file beside ${join(root, 'argmap.config.json')}`);
  });

  it('refuses options for a rule that takes none', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'c.json'), '{"rules": {"orphan-node": ["error", {"x": 1}]}}');
    const r = await run('check', '--config', join(dir, 'c.json'), HARBOUR);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${join(dir, 'c.json')}:1:38: error: orphan-node has no option "x"; expected no options (it takes none)\n`);
  });
});

describe('argmap rules -v', () => {
  it("shows each rule's method, options with their defaults, and message templates", async () => {
    const { code, out } = await run('rules', '-v');
    expect(code).toBe(0);
    const block = out.slice(out.indexOf('overconfident-conclusion '), out.indexOf('\n\n', out.indexOf('overconfident-conclusion ')));
    expect(block).toContain('Baconian weighting');
    expect(block).toContain('option margin (number 0–1, default 0.2): how far stated strength may exceed supported strength');
    expect(block).toContain('option flatFloor (number 0–1, default 0.55)');
    expect(block).toContain('message overconfident: {{Kind}} {{node}} is stated as {{statedAs}}');
    expect(out).toContain('option exempt (list of high|medium|low, default [high])');
    const json = JSON.parse((await run('rules', '-v', '-f', 'json')).out) as { rules: { id: string; options: { name: string; default: unknown }[]; schema?: unknown }[] };
    const unhedged = json.rules.find((r) => r.id === 'unhedged-judgement')!;
    expect(unhedged.options).toEqual([
      {
        name: 'kinds',
        type: 'list of conclusion|claim|hypothesis|prediction|premise|evidence|hedge|source',
        default: ['claim', 'prediction'],
        description: 'the node kinds that are judgements and so should say how likely they are',
      },
    ]);
    expect(json.rules.map((r) => r.id)).toContain('unused-suppression');
  });
});
