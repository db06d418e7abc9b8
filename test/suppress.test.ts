import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './helpers/cli.js';

interface Report {
  findings: { rule: string; severity: string; message: string; nodes: string[]; suppressed?: { reason: string; location: { line: number; column: number } } }[];
  summary: { error: number; warning: number; info: number; suppressed: number };
}

/** The harbour example, copied with its source, with `lines` added under the node `closes-8-march`. */
function harbourWith(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-suppress-'));
  cpSync('arguments/examples', dir, { recursive: true });
  const file = join(dir, 'harbour.yaml');
  const text = readFileSync(file, 'utf8');
  const anchor = '  - id: closes-8-march\n    kind: prediction\n';
  expect(text).toContain(anchor);
  writeFileSync(file, text.replace(anchor, anchor + lines.map((l) => `    ${l}\n`).join('')));
  return file;
}

const REASON = 'The report gives the closure as a schedule, not a judgement';

describe('suppress on a node', () => {
  it('lists the finding as suppressed with its reason and leaves it out of the counts and exit status', async () => {
    const map = harbourWith(['suppress:', `  - { rule: unhedged-judgement, reason: '${REASON}' }`]);
    const text = await run('check', map);
    expect(text.code).toBe(0);
    const lines = text.out.trimEnd().split('\n');
    expect(lines).toContain(
      `${map}:88:5 suppressed warning unhedged-judgement Prediction closes-8-march ("The quay closes on or about 8 March") is stated as plain fact, with no word saying how likely it is (such as "probably" or "may"). (reason: ${REASON})`,
    );
    expect(lines.at(-1)).toBe('2 findings (0 errors, 1 warning, 1 info; 1 suppressed)');

    const json = JSON.parse((await run('check', '-f', 'json', map)).out) as Report;
    expect(json.summary).toEqual({ error: 0, warning: 1, info: 1, suppressed: 1 });
    const f = json.findings.find((x) => x.rule === 'unhedged-judgement')!;
    expect(f.suppressed).toEqual({ reason: REASON, location: { file: map, line: 91, column: 9 } });

    const md = (await run('check', '-f', 'markdown', map)).out;
    expect(md).toContain('## unhedged-judgement (warning, 0, 1 suppressed)');
    expect(md).toContain(`| Suppressed (${REASON}): Prediction closes-8-march`);
  });

  it('does not count a suppressed error toward exit 1', async () => {
    const map = harbourWith(['suppress:', `  - { rule: unhedged-judgement, reason: '${REASON}' }`]);
    expect((await run('check', '--rule', 'unhedged-judgement=error', map)).code).toBe(0);
    const unsuppressed = harbourWith([]);
    expect((await run('check', '--rule', 'unhedged-judgement=error', unsuppressed)).code).toBe(1);
  });

  it('reports a suppression naming an unknown rule as an error, at the entry', async () => {
    const map = harbourWith(['suppress:', '  - { rule: unhedged-judgment, reason: A typo in the rule id }']);
    const r = await run('check', map);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${map}:91:9 error unknown-suppression closes-8-march ("The quay closes on or about 8 March") suppresses "unhedged-judgment", which is not a rule`);
    // The misspelt suppression silences nothing.
    expect(r.out).toContain(`${map}:88:5 warning unhedged-judgement`);
  });

  it('reports a stale suppression (info), but not for a rule that did not run', async () => {
    const map = harbourWith(['suppress:', '  - { rule: orphan-node, reason: It used to stand alone }']);
    const r = await run('check', map);
    expect(r.out).toContain(
      `${map}:91:9 info unused-suppression closes-8-march ("The quay closes on or about 8 March") suppresses orphan-node ("It used to stand alone"), but that rule reports nothing about it; remove the stale suppression.`,
    );
    expect((await run('check', '--rule', 'mixed-yardstick', map)).out).not.toContain('unused-suppression');
    expect((await run('check', '--rule', 'orphan-node=off', map)).out).not.toContain('unused-suppression');
    expect((await run('check', '--rule', 'unused-suppression=off', map)).out).not.toContain('unused-suppression');
  });

  it('requires a reason: the schema refuses an entry without one, or with an empty one', async () => {
    for (const entry of ['{ rule: unhedged-judgement }', "{ rule: unhedged-judgement, reason: '' }", "{ rule: unhedged-judgement, reason: '   ' }"]) {
      const map = harbourWith(['suppress:', `  - ${entry}`]);
      const r = await run('check', map);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`^${map}:91:\\d+: error: .*reason`));
    }
  });
});
