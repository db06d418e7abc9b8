import { describe, expect, it } from 'vitest';
import { PROGRESS_AFTER_MS, progressLine, progressWanted } from '../src/cli/progress.js';
import { checkFile } from '../src/app/check.js';
import { RULES } from '../src/rules/index.js';
import type { Io } from '../src/cli/command.js';

function capture(isTTY: boolean): Io & { err: string } {
  const io = { err: '', isTTY, stdout: () => undefined, stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('progress on stderr', () => {
  it('is drawn on a terminal only, and never for a format a program reads', () => {
    expect(progressWanted(true)).toBe(true);
    expect(progressWanted(true, 'text')).toBe(true);
    expect(progressWanted(true, 'markdown')).toBe(true);
    expect(progressWanted(false, 'text')).toBe(false);
    expect(progressWanted(true, 'json')).toBe(false);
    expect(progressWanted(true, 'sarif')).toBe(false);
    expect(progressWanted(true, 'jsonl')).toBe(false);
  });

  it('stays silent for a short run, then redraws one line in place and clears it at the end', () => {
    let now = 1000;
    const io = capture(true);
    const p = progressLine(io, true, () => now);
    p.step('loading');
    now += PROGRESS_AFTER_MS - 1;
    p.step('rule 1 of 3');
    expect(io.err).toBe('');
    now += 1;
    p.step('rule 2 of 3');
    p.step('rule 3 of 3');
    expect(io.err).toBe('\r\x1b[Krule 2 of 3\r\x1b[Krule 3 of 3');
    p.done();
    expect(io.err.endsWith('\r\x1b[K')).toBe(true);
    const before = io.err;
    p.done();
    expect(io.err).toBe(before);
  });

  it('writes nothing when not wanted however long the run, and nothing to clear', () => {
    let now = 0;
    const io = capture(false);
    const p = progressLine(io, false, () => now);
    now += 60_000;
    p.step('rule 1 of 3');
    p.done();
    expect(io.err).toBe('');
  });

  it('spells out terminal controls in what it shows (a file name is the user’s text)', () => {
    let now = 0;
    const io = capture(true);
    const p = progressLine(io, true, () => now);
    now += PROGRESS_AFTER_MS;
    p.step('checking evil\x1b]52;c;AAAA\x07.yaml');
    expect(io.err).toBe('\r\x1b[Kchecking evil\\x1b]52;c;AAAA\\x07.yaml');
  });

  it('hears from check once per rule that runs, in order, after the load', () => {
    const steps: string[] = [];
    const rules = RULES.filter((r) => !r.needsSources);
    checkFile('arguments/examples/harbour.yaml', { rules }, undefined, (what) => steps.push(what));
    expect(steps[0]).toBe('arguments/examples/harbour.yaml: loading');
    expect(steps.slice(1)).toEqual(rules.map((r, k) => `arguments/examples/harbour.yaml: rule ${k + 1} of ${rules.length} (${r.meta.id})`));
  });
});
