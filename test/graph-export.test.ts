import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import graphology from 'graphology';
import type { MultiGraph as MultiGraphType } from 'graphology';
import { parse } from 'graphology-graphml';
import { loadMap, loadMapText } from '../src/io/load.js';
import { writeGraphml } from '../src/interop/graphml.js';
import { writeDot, dotString } from '../src/interop/dot.js';
import type { ArgumentMap } from '../src/model/types.js';
import { runCli } from './helpers/cli.js';

const { MultiGraph } = graphology as unknown as { MultiGraph: typeof MultiGraphType };
const MAPS = ['arguments/examples/harbour.yaml', 'arguments/soviet-policies-1953.yaml'];

// Every character GraphML and DOT give a meaning to, and some XML forbids.
const NASTY = `He said "no" & <b>left</b>]]> -- a\\b 'c' \\n\\" {x} #1 ;\u0001 tab\there\nnext line`;
const nastyMap = (): ArgumentMap =>
  loadMapText(
    JSON.stringify({
      title: NASTY,
      sections: [{ id: 's', title: NASTY }],
      nodes: [
        { id: 'a', kind: 'claim', text: NASTY, tags: ['x"y', 'z\\'], section: 's', analyst: true, rationale: 'r' },
        { id: 'b', kind: 'evidence', text: 'plain' },
        { id: 'c.d', kind: 'hedge', text: '</node>' },
      ],
      inferences: [{ id: 'i', premises: ['b'], conclusion: 'a', scheme: NASTY, warrant: NASTY }],
      relations: [
        { type: 'undercuts', from: 'c.d', to: 'i', rationale: NASTY },
        { type: 'contradicts', from: 'a', to: 'b', analyst: true, rationale: 'both cannot hold' },
        { type: 'qualifies', from: 'c.d', to: 'a' },
      ],
    }),
    'nasty.json',
    'json',
  ).map;

const readGraphml = (text: string) => parse(MultiGraph, text);
const count = (map: ArgumentMap) => (map.inferences ?? []).reduce((s, i) => s + i.premises.length + 1, 0) + (map.relations ?? []).length;

describe('GraphML export', () => {
  for (const file of MAPS) {
    it(`${file}: graphology's GraphML parser reads back every node, junction, edge and typed attribute`, () => {
      const { map } = loadMap(file);
      const text = writeGraphml(map);
      expect(writeGraphml(structuredClone(map))).toBe(text);
      const g = readGraphml(text);
      expect(g.getAttribute('title')).toBe(map.title);
      expect(g.order).toBe(map.nodes.length + (map.inferences?.length ?? 0));
      expect(g.size).toBe(count(map));
      for (const n of map.nodes) {
        const a = g.getNodeAttributes(n.id);
        expect(a.label).toBe(n.text);
        expect(a.kind).toBe(n.kind);
        expect(a.section).toBe(n.section);
        if (n.analyst) expect(a.analyst).toBe(true); // typed boolean, not the string "true"
      }
      for (const i of map.inferences ?? []) {
        expect(g.getNodeAttributes(i.id)).toMatchObject({ kind: 'inference', ...(i.scheme ? { scheme: i.scheme } : {}) });
        const premises = g.filterInEdges(i.id, (_e, a) => a.relation === 'premise').map((e) => g.source(e));
        expect(premises.sort()).toEqual([...new Set(i.premises)].sort());
        expect(g.outNeighbors(i.id)).toContain(i.conclusion);
      }
      const relations = g
        .filterEdges((_e, a) => a.relation !== 'premise' && a.relation !== 'conclusion')
        .map((e) => `${g.source(e)} ${g.getEdgeAttribute(e, 'relation')} ${g.target(e)}`);
      expect(relations.sort()).toEqual((map.relations ?? []).map((r) => `${r.from} ${r.type} ${r.to}`).sort());
    });
  }

  it('escapes every text, so labels, schemes and rationales come back as written', () => {
    const map = nastyMap();
    const g = readGraphml(writeGraphml(map));
    // XML cannot hold U+0001, and argmap spells control characters out wherever it writes map text
    // (so no output can drive a terminal): it comes back as the four characters `\x01`; everything else exactly.
    const expected = NASTY.replace('\u0001', '\\x01');
    expect(g.getAttribute('title')).toBe(expected);
    expect(g.getNodeAttribute('a', 'label')).toBe(expected);
    expect(g.getNodeAttribute('a', 'tags')).toBe('x"y, z\\');
    expect(g.getNodeAttribute('c.d', 'label')).toBe('</node>');
    expect(g.getNodeAttributes('i')).toMatchObject({ scheme: expected, warrant: expected });
    const undercut = g.findEdge((_e, a) => a.relation === 'undercuts')!;
    expect([g.source(undercut), g.target(undercut), g.getEdgeAttribute(undercut, 'rationale')]).toEqual(['c.d', 'i', expected]);
  });
});

const hasDot = spawnSync('dot', ['-V']).status === 0;

describe('DOT export', () => {
  it('quotes strings so Graphviz reads them back as written', () => {
    expect(dotString('say "hi"')).toBe('"say \\"hi\\""');
    expect(dotString('a\\nb')).toBe('"a\\\\nb"');
    expect(dotString('end\\')).toBe('"end\\\\"');
    expect(dotString('two\nlines')).toBe('"two\\nlines"');
  });

  // Found by the fuzzer: an OSC 52 sequence in a label (it writes the clipboard when the file is shown in a terminal).
  it('spells out the controls a terminal obeys, so the file is inert when shown', () => {
    expect(dotString('\u001b]52;c;eA==\u0007 x')).toBe('"\\\\x1b]52;c;eA==\\\\x07 x"');
    expect(dotString('\u009b2J \u202e')).toBe('"\\\\x9b2J \\\\u202e"');
    expect(dotString('a\r\nb')).toBe('"a\\nb"');
  });

  it('clusters sections, puts a junction per inference and styles relations by type', () => {
    const text = writeDot(loadMap(MAPS[0]!).map);
    expect(text).toContain('subgraph "cluster_notes" {');
    expect(text).toMatch(/"i-stockpile" \[shape="circle".*xlabel="abduction".*kind="inference"/);
    expect(text).toMatch(/"single-source" -> "i-shifts" \[id="undercuts:single-source:i-shifts".*style="dashed".*arrowhead="tee".*relation="undercuts"/);
    expect(text).toMatch(/"stockpile" -> "exercise" \[.*dir="both".*relation="contradicts"/);
    expect(writeDot(loadMap(MAPS[0]!).map)).toBe(text);
  });

  for (const [name, make] of [
    [MAPS[0]!, () => loadMap(MAPS[0]!).map],
    [MAPS[1]!, () => loadMap(MAPS[1]!).map],
    ['a map of special characters', nastyMap],
  ] as const) {
    it.skipIf(!hasDot)(`Graphviz dot accepts ${name} without a warning${hasDot ? '' : ' (skipped: Graphviz `dot` is not installed; apt-get install graphviz)'}`, () => {
      const map = make();
      const r = spawnSync('dot', ['-Tjson'], { input: writeDot(map), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // Graphviz writes control characters into its JSON raw.
      const objects = (JSON.parse(r.stdout.replace(/[\u0000-\u001f]/g, ' ')).objects ?? []) as { name: string; kind?: string }[];
      const names = new Set(objects.filter((o) => o.kind !== undefined).map((o) => o.name));
      expect(names).toEqual(new Set([...map.nodes.map((n) => n.id), ...(map.inferences ?? []).map((i) => i.id)]));
    });
  }

  it('argmap export --to graphml|dot writes the whole file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-graph-'));
    try {
      for (const [to, write] of [
        ['graphml', writeGraphml],
        ['dot', writeDot],
      ] as const) {
        const out = join(dir, `harbour.${to}`);
        expect((await runCli('export', MAPS[0]!, '--to', to, '-o', out)).code).toBe(0);
        expect(readFileSync(out, 'utf8')).toBe(write(loadMap(MAPS[0]!).map));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
