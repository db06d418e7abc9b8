import { describe, expect, it } from 'vitest';
import { writeFindingsJson } from '../src/cli/findings-json.js';
import { visibleJson } from '../src/io/visible-text.js';
import type { Finding } from '../src/model/findings.js';

const at = (line: number, column: number, file = 'maps/a.json') => ({ file, line, column });

// Findings of every shape the writer meets, with their keys in the Finding type's order.
const FINDINGS: Finding[] = [
  { rule: 'orphan-node', severity: 'warning', messageId: 'orphan', data: { node: 'a ("A")' }, message: 'a ("A") is alone.', nodes: ['a'], location: at(3, 5) },
  { rule: 'r', severity: 'info', messageId: 'm', data: {}, message: 'no data, no nodes', nodes: [], location: at(1, 1) },
  {
    rule: 'r',
    severity: 'error',
    messageId: 'm',
    data: { count: 3, share: 0.25, negative: -0, '2': 'an integer-like key comes first' },
    message: 'numbers',
    nodes: ['x', 'y'],
    location: at(10, 2),
  },
  {
    rule: 'r',
    severity: 'warning',
    messageId: 'm',
    data: { text: 'quotes " and \\ and \n and \t, \u0001, DEL \u007f, C1 \u0085, bidi \u202e \u2066, emoji 😀, lone \ud800' },
    message: 'C1 \u009b[2J and \u202a in the message',
    nodes: ['id\u202e'],
    location: at(7, 9, 'dir/we"ird\u202e.json'),
  },
  {
    rule: 'r',
    severity: 'warning',
    messageId: 'm',
    data: { node: 'b' },
    message: 'suppressed',
    nodes: ['b'],
    location: at(4, 1),
    suppressed: { reason: 'kept \u202e on purpose', location: at(5, 3) },
  },
  { rule: 'r', severity: 'warning', messageId: 'm', data: { missing: undefined as unknown as string, nan: NaN }, message: 'odd values', nodes: ['c'], location: at(6, 1) },
];

function written(findings: Finding[]): string {
  let out = '';
  writeFindingsJson(findings, { error: 1, warning: findings.length - 1, info: 0, suppressed: 1 }, (t) => void (out += t));
  return out;
}

describe('writeFindingsJson', () => {
  it('writes what visibleJson(JSON.stringify(report, null, 2)) gives, for every shape of finding', () => {
    const summary = { error: 1, warning: FINDINGS.length - 1, info: 0, suppressed: 1 };
    expect(written(FINDINGS)).toBe(visibleJson(JSON.stringify({ findings: FINDINGS, summary }, null, 2)) + '\n');
  });

  it('is the same over many chunks, whatever order a finding object was built in', () => {
    const many: Finding[] = [];
    for (let i = 0; i < 1234; i++) {
      const f = FINDINGS[i % FINDINGS.length]!;
      many.push({ ...f, location: at(i + 1, (i % 17) + 1) });
    }
    const summary = { error: 1, warning: many.length - 1, info: 0, suppressed: 1 };
    const expected = visibleJson(JSON.stringify({ findings: many, summary }, null, 2)) + '\n';
    // Keys in another order (location first) come out in the Finding type's order all the same.
    const shuffled = many.map(({ location, nodes, message, data, messageId, severity, rule, suppressed }) => ({
      location,
      nodes,
      message,
      data,
      messageId,
      severity,
      rule,
      ...(suppressed ? { suppressed } : {}),
    }));
    expect(written(shuffled as Finding[])).toBe(expected);
  });

  it('writes an empty list as JSON.stringify does', () => {
    expect(written([])).toBe(JSON.stringify({ findings: [], summary: { error: 1, warning: -1, info: 0, suppressed: 1 } }, null, 2) + '\n');
  });
});
