import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { staleness } from './helpers/committed.js';

// The committed-output tests fail through this diff, so it must point at the changed lines of a real output.
const findings = readFileSync('render/harbour--findings.md', 'utf8');

describe('the diff a stale committed output fails with', () => {
  it('is nothing for identical text', () => {
    expect(staleness(findings, findings)).toBeUndefined();
  });

  it('shows an edited line as itself, with its number and column', () => {
    const lines = findings.split('\n');
    const edited = [...lines.slice(0, 4), lines[4] + ' (edited)', ...lines.slice(5)].join('\n');
    const diff = staleness(findings, edited)!;
    expect(diff.split('\n')[0]).toBe(
      `first difference at line 5, column ${lines[4]!.length + 1}: 1 committed line(s) became 1 (committed ${lines.length} lines, fresh ${lines.length})`,
    );
    expect(diff).toContain(`-     5  ${lines[4]}\n+     5  ${lines[4]} (edited)`);
  });

  it('shows inserted lines without listing the unchanged rest', () => {
    const lines = findings.split('\n');
    const grown = [...lines.slice(0, 2), 'new one', 'new two', ...lines.slice(2)].join('\n');
    const diff = staleness(findings, grown)!;
    expect(diff).toMatch(/0 committed line\(s\) became 2/);
    expect(diff.split('\n').filter((l) => l.startsWith('+'))).toEqual(['+     3  new one', '+     4  new two']);
    expect(diff.split('\n').filter((l) => l.startsWith('-'))).toEqual([]);
  });

  it('clips a long line to the window where it changed', () => {
    const svg = readFileSync('render/harbour.svg', 'utf8');
    const at = svg.indexOf('<g class="node"', 2000);
    const changed = svg.slice(0, at) + '<g class="node" data-changed="yes"' + svg.slice(at + '<g class="node"'.length);
    const diff = staleness(svg, changed)!;
    expect(diff).toContain('data-changed="yes"');
    for (const l of diff.split('\n').slice(1)) expect(l.length).toBeLessThan(200);
  });
});
