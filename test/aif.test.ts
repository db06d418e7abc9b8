import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMap, loadMapText } from '../src/io/load.js';
import { MapLoadError } from '../src/io/diagnostics.js';
import { toAif, writeAif, type AifDocument } from '../src/interop/aif.js';
import { fromAif } from '../src/interop/aif-read.js';
import type { ArgumentMap } from '../src/model/types.js';
import { runCli } from './helpers/cli.js';

const MAPS = ['arguments/examples/harbour.yaml', 'arguments/soviet-policies-1953.yaml'];
const AIFDB = 'test/fixtures/aif/aifdb-dialogue.json';
const OVA3 = 'test/fixtures/aif/ova3-wrapped.json';

const count = (map: ArgumentMap, type: string) => (map.relations ?? []).filter((r) => r.type === type).length;
const asSet = (list: unknown[] | undefined) => new Set((list ?? []).map((x) => JSON.stringify(x, Object.keys(x as object).sort())));

function readError(text: string, file = 'bad.json'): string {
  try {
    fromAif(text, file);
  } catch (e) {
    if (e instanceof MapLoadError) return e.message;
    throw e;
  }
  throw new Error('expected the AIF text to be refused');
}

describe('toAif on real maps', () => {
  for (const file of MAPS) {
    it(`writes ${file} as well-formed AIF`, () => {
      const { map } = loadMap(file);
      const aif = toAif(map);
      const byId = new Map(aif.nodes.map((n) => [n.nodeID, n]));
      expect(byId.size).toBe(aif.nodes.length);
      expect(new Set(aif.edges.map((e) => e.edgeID)).size).toBe(aif.edges.length);
      for (const e of aif.edges) {
        expect(byId.has(e.fromID), e.edgeID).toBe(true);
        expect(byId.has(e.toID), e.edgeID).toBe(true);
        // AIF never joins two I-nodes directly.
        expect(byId.get(e.fromID)!.type === 'I' && byId.get(e.toID)!.type === 'I', e.edgeID).toBe(false);
      }
      const ras = aif.nodes.filter((n) => n.type === 'RA');
      expect(ras).toHaveLength(map.inferences?.length ?? 0);
      for (const ra of ras) {
        expect(aif.edges.filter((e) => e.toID === ra.nodeID && byId.get(e.fromID)!.type === 'I').length).toBeGreaterThanOrEqual(1);
        const out = aif.edges.filter((e) => e.fromID === ra.nodeID);
        expect(out).toHaveLength(1);
        expect(byId.get(out[0]!.toID)!.type).toBe('I');
      }
      const cas = aif.nodes.filter((n) => n.type === 'CA');
      expect(cas).toHaveLength(count(map, 'attacks') + count(map, 'undercuts') + 2 * count(map, 'contradicts'));
      // An undercut's CA points at the RA-node of the inference it attacks.
      const undercutTargets = cas.filter((n) => n.argmap?.type === 'undercuts').map((n) => byId.get(aif.edges.find((e) => e.fromID === n.nodeID)!.toID)!.type);
      expect(undercutTargets.every((t) => t === 'RA')).toBe(true);
      expect(aif.nodes.filter((n) => n.type === 'MA')).toHaveLength(count(map, 'restates'));
      expect(aif.nodes.filter((n) => n.type === 'I')).toHaveLength(map.nodes.length);
      const carried = ['qualifies', 'explains', 'predicts', 'cites'].reduce((s, t) => s + count(map, t), 0);
      expect(aif.argmap.relations).toHaveLength(carried);
    });
  }

  it('is deterministic, and its ids follow the map ids rather than positions', () => {
    const { map } = loadMap(MAPS[0]!);
    expect(writeAif(map)).toBe(writeAif(structuredClone(map)));
    const before = toAif(map);
    // Adding a node at the front shifts every position but changes no existing id.
    const edited: ArgumentMap = { ...map, nodes: [{ id: 'added', kind: 'claim', text: 'A new claim' }, ...map.nodes] };
    const after = toAif(edited);
    const ids = (d: AifDocument) => new Set([...d.nodes.map((n) => n.nodeID), ...d.edges.map((e) => e.edgeID)]);
    expect([...ids(before)].every((id) => ids(after).has(id))).toBe(true);
    expect(before.nodes.find((n) => n.argmap?.type === 'restates')!.nodeID).toBe('restates:watch:closes-8-march');
  });

  it('writes a restatement as AIF draws a rephrase: the original, then MA, then the restatement', () => {
    const aif = toAif(loadMap(MAPS[0]!).map);
    const ma = aif.nodes.find((n) => n.type === 'MA')!;
    expect(aif.edges.filter((e) => e.toID === ma.nodeID).map((e) => e.fromID)).toEqual(['closes-8-march']);
    expect(aif.edges.filter((e) => e.fromID === ma.nodeID).map((e) => e.toID)).toEqual(['watch']);
  });
});

describe('round trip map → AIF → map', () => {
  for (const file of MAPS) {
    it(`keeps every node, inference and relation of ${file}`, () => {
      const { map } = loadMap(file);
      const { map: back, notes } = fromAif(writeAif(map), 'round-trip.json');
      expect(notes).toEqual([]);
      expect(asSet(back.nodes)).toEqual(asSet(map.nodes));
      expect(asSet(back.inferences)).toEqual(asSet(map.inferences));
      expect(asSet(back.relations)).toEqual(asSet(map.relations));
      expect(back.title).toBe(map.title);
      expect(back.hypothesisSets).toEqual(map.hypothesisSets);
      expect(back.documents).toEqual(map.documents);
      expect(back.sections).toEqual(map.sections);
      expect(back.authors).toEqual(map.authors);
    });
  }
});

describe('fromAif on files shaped like other tools write them', () => {
  it('reads an AIFdb export (integer ids, L/TA/YA dialogue nodes, locutions)', () => {
    const { map, notes } = fromAif(readFileSync(AIFDB, 'utf8'), AIFDB);
    expect(map.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['aif-101', 'claim'], // concluded
      ['aif-102', 'claim'],
      ['aif-103', 'premise'], // only ever a reason
      ['aif-104', 'hypothesis'], // anchored by a "Hypothesising" YA-node
      ['aif-105', 'premise'], // only ever an attacker
      ['aif-106', 'claim'], // a restatement, argued for by nothing
    ]);
    expect(map.inferences).toEqual([
      { id: 'aif-110', premises: ['aif-103'], conclusion: 'aif-102', scheme: 'Argument From Sign' },
      { id: 'aif-111', premises: ['aif-102'], conclusion: 'aif-101' },
    ]);
    expect(map.relations).toEqual([
      { type: 'undercuts', from: 'aif-104', to: 'aif-110' },
      { type: 'attacks', from: 'aif-105', to: 'aif-101' },
      { type: 'restates', from: 'aif-106', to: 'aif-102' },
    ]);
    // Speakers come from the locutions, named by AIFdb's "Speaker : words" L-node text.
    expect(map.authors).toEqual([
      { id: 'aif-person-7', name: 'Ann', role: 'speaker' },
      { id: 'aif-person-8', name: 'Ben', role: 'speaker' },
    ]);
    expect(map.nodes.find((n) => n.id === 'aif-104')!.author).toBe('aif-person-8');
    expect(notes.join('\n')).toMatch(/dropped 5 L-nodes \(locutions\), 1 TA-node \(transition\), 6 YA-nodes \(illocutions\)/);
    expect(() => loadMapText(JSON.stringify(map), 'imported.json', 'json')).not.toThrow();
  });

  it('reads an OVA3 save (the `AIF` wrapper, string node ids, integer edge ids, a PA-node)', () => {
    const { map, notes } = fromAif(readFileSync(OVA3, 'utf8'), OVA3);
    expect(map.title).toBe('Imported from ova3-wrapped.json');
    expect(map.nodes.map((n) => n.id)).toEqual(['aif-1', 'aif-2', 'aif-4', 'aif-6', 'aif-9', 'aif-11']);
    expect(map.inferences).toEqual([
      { id: 'aif-3', premises: ['aif-2'], conclusion: 'aif-1', scheme: 'Argument From Example' },
      { id: 'aif-10', premises: ['aif-11'], conclusion: 'aif-9' },
    ]);
    // Mutual conflict from a foreign tool stays two attacks: AIF cannot tell it from contradiction.
    expect(map.relations).toEqual([
      { type: 'undercuts', from: 'aif-4', to: 'aif-3' },
      { type: 'attacks', from: 'aif-6', to: 'aif-1' },
      { type: 'attacks', from: 'aif-1', to: 'aif-6' },
    ]);
    expect(notes).toEqual([
      'dropped 1 PA-node (preference): the argmap model has no dialogue or preference layer',
      "dropped OVA's analysed text and diagram layout (`text`, `OVA`): a map quotes its sources through `documents`",
      'dropped the timestamps of 12 nodes: a map has no times',
      "inferred the kinds of 6 I-nodes from the argument's structure: 2 claim, 4 premise (premise: only ever offered as a reason; claim: concluded, or asserted alone)",
    ]);
  });

  it('merges I-nodes with the same text only when asked, as AIFdb does', () => {
    const { map, notes } = fromAif(readFileSync(OVA3, 'utf8'), OVA3, { mergeIdentical: true });
    expect(map.nodes.map((n) => n.id)).not.toContain('aif-9');
    expect(map.inferences!.find((i) => i.id === 'aif-10')!.conclusion).toBe('aif-1');
    expect(notes).toContain('merged 1 I-node into an earlier node with the same text (--merge-identical)');
  });

  it('makes argmap ids out of any AIF id, and passes over untyped nodes', () => {
    const text = JSON.stringify({
      nodes: [
        { nodeID: 'n 1/a', text: 'A', type: 'I' },
        { nodeID: 'n-1-a', text: 'B', type: 'I' },
        { nodeID: 7, text: 'Default Inference', type: 'RA' },
        { nodeID: 8, text: '', type: '' },
      ],
      edges: [
        { edgeID: 'e1', fromID: 'n 1/a', toID: 7 },
        { edgeID: 'e2', fromID: '7', toID: 'n-1-a' },
        { edgeID: 'e3', fromID: 8, toID: 7 },
      ],
    });
    const { map, notes } = fromAif(text, 'ids.json');
    // A node some tools leave untyped takes no part in the argument.
    expect(notes[0]).toBe('dropped 1 node with an empty `type`');
    expect(map.nodes.map((n) => n.id)).toEqual(['aif-n-1-a', 'aif-n-1-a-2']);
    expect(map.inferences).toEqual([{ id: 'aif-7', premises: ['aif-n-1-a'], conclusion: 'aif-n-1-a-2' }]);
  });
});

describe('fromAif refuses broken files with their place', () => {
  const doc = (nodes: unknown[], edges: unknown[]) => JSON.stringify({ nodes, edges }, null, 2);
  const I = (id: number, text = `claim ${id}`) => ({ nodeID: id, text, type: 'I' });

  it('text that is not JSON', () => {
    expect(readError('\n  title: a map\nnodes: []\n')).toBe('bad.json:2:3: error: the file starts with "title: a map"; expected AIF JSON, an object starting with `{`');
    expect(readError('  ')).toBe('bad.json:1:1: error: the file is empty; expected AIF JSON, an object starting with `{`');
    expect(readError('{\n  "nodes": [\n    { "nodeID": 1, }\n  ]\n}')).toMatch(/^bad\.json:3:20: error: invalid JSON/);
  });
  it('a document without nodes or edges', () => {
    expect(readError('{"nodes": []}')).toBe("bad.json:1:1: error: no list `edges`; expected AIF's `nodes` and `edges` lists");
    expect(readError('[1, 2]')).toMatch(/^bad\.json:1:1: error: the file holds a list; expected an AIF document/);
  });
  it('places problems inside an OVA3 wrapper', () => {
    const text = '{"AIF": {"nodes": [{"nodeID": "1", "text": "a", "type": "I"}],\n  "edges": [{"edgeID": 1, "fromID": "1", "toID": "9"}]}, "OVA": {}}';
    expect(readError(text)).toBe('bad.json:2:50: error: edge 1 ("1" → "9") has toID "9", which is no node of the file; expected the nodeID of a node in `nodes`');
  });
  it('an edge to a node that does not exist', () => {
    const text = doc(
      [I(1), I(2), { nodeID: 3, text: 'RA', type: 'RA' }],
      [
        { edgeID: 1, fromID: 1, toID: 3 },
        { edgeID: 2, fromID: 3, toID: 99 },
      ],
    );
    expect(readError(text)).toBe('bad.json:28:15: error: edge 2 ("3" → "99") has toID 99, which is no node of the file; expected the nodeID of a node in `nodes`');
  });
  it('an RA-node with no conclusion, or with two', () => {
    const none = doc([I(1), { nodeID: 3, text: 'Default Inference', type: 'RA' }], [{ edgeID: 1, fromID: 1, toID: 3 }]);
    expect(readError(none)).toBe('bad.json:8:5: error: RA-node "3" has 0 conclusions; expected exactly one edge out of it, to an I-node');
    const two = doc(
      [I(1), I(2), I(4), { nodeID: 3, text: 'Default Inference', type: 'RA' }],
      [
        { edgeID: 1, fromID: 1, toID: 3 },
        { edgeID: 2, fromID: 3, toID: 2 },
        { edgeID: 3, fromID: 3, toID: 4 },
      ],
    );
    expect(readError(two)).toMatch(/^bad\.json:18:5: error: RA-node "3" has 2 conclusions \("2", "4"\)/);
  });
  it('a CA-node with no target, and one with no attacker', () => {
    const text = doc(
      [I(1), { nodeID: 5, text: 'Default Conflict', type: 'CA' }, { nodeID: 6, text: 'Default Conflict', type: 'CA' }],
      [
        { edgeID: 1, fromID: 1, toID: 5 },
        { edgeID: 2, fromID: 6, toID: 1 },
      ],
    );
    const message = readError(text);
    expect(message).toContain('bad.json:8:5: error: CA-node "5" has 0 targets; expected exactly one edge out of it, to the I-node or RA-node it attacks');
    expect(message).toContain('bad.json:13:5: error: CA-node "6" has no attacker; expected an edge from an I-node into it');
  });
  it('two I-nodes joined directly, a duplicate id, an unknown type, an empty I-node', () => {
    const message = readError(doc([I(1), I(2), I(2), { nodeID: 4, type: 'XX', text: '' }, I(5, ' ')], [{ edgeID: 1, fromID: 1, toID: 2 }]));
    expect(message).toContain('bad.json:14:17: error: duplicate nodeID "2"; expected each node\'s id to be unique');
    expect(message).toContain('bad.json:20:15: error: node "4" has type "XX"; expected one of I, RA, CA, MA, PA, L, TA, YA');
    expect(message).toContain('bad.json:25:15: error: I-node "5" has text " "; expected the claim\'s words');
    const direct = readError(doc([I(1), I(2)], [{ edgeID: 1, fromID: 1, toID: 2 }]));
    expect(direct).toMatch(/^bad\.json:15:5: error: edge 1 \("1" → "2"\) joins two I-nodes directly/);
  });
});

describe('argmap export --to aif and argmap import', () => {
  it('round-trips through the CLI to a map that validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-aif-'));
    try {
      const aif = join(dir, 'harbour.json');
      const exported = await runCli('export', MAPS[0]!, '--to', 'aif', '-o', aif);
      expect(exported).toEqual({ code: 0, out: '', err: '' });
      const stdout = await runCli('export', MAPS[0]!, '--to', 'aif');
      expect(stdout.out).toBe(readFileSync(aif, 'utf8'));
      const yaml = join(dir, 'harbour.yaml');
      const imported = await runCli('import', aif, '-o', yaml);
      expect(imported).toEqual({ code: 0, out: '', err: '' });
      const text = readFileSync(yaml, 'utf8');
      // Outside the repository there is no schema path to point at.
      expect(text.startsWith('title: ')).toBe(true);
      expect(loadMapText(text, yaml).map.nodes).toHaveLength(loadMap(MAPS[0]!).map.nodes.length);
      expect((await runCli('validate', yaml)).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes YAML to stdout, notes on stderr, and the schema line inside the repository', async () => {
    const run = await runCli('import', AIFDB, '--from', 'aif');
    expect(run.code).toBe(0);
    expect(run.out.startsWith('title: Imported from aifdb-dialogue.json\n')).toBe(true);
    expect(run.err).toContain(`${AIFDB}: note: dropped 5 L-nodes`);
    const inside = `test/fixtures/aif/.import-${process.pid}.yaml`;
    try {
      expect((await runCli('import', OVA3, '--merge-identical', '--title', 'Remote work', '-o', inside)).code).toBe(0);
      const text = readFileSync(inside, 'utf8');
      expect(text.split('\n').slice(0, 2)).toEqual(['# yaml-language-server: $schema=../../../schemas/argument-map.schema.json', 'title: Remote work']);
      expect((await runCli('validate', inside)).code).toBe(0);
    } finally {
      rmSync(inside, { force: true });
    }
  });

  it('exits 2 with file:line:col on a broken file and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-aif-'));
    try {
      const bad = join(dir, 'bad.json');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(bad, '{"nodes": [{"nodeID": 1, "type": "RA", "text": "x"}],\n "edges": []}');
      const out = join(dir, 'out.yaml');
      const run = await runCli('import', bad, '-o', out);
      expect(run.code).toBe(2);
      expect(run.err).toBe(
        `${bad}:1:12: error: RA-node "1" has 0 conclusions; expected exactly one edge out of it, to an I-node\n${bad}:1:12: error: RA-node "1" has no premise; expected at least one edge from an I-node into it\n`,
      );
      expect(existsSync(out)).toBe(false);
      expect((await runCli('import', join(dir, 'missing.json'))).err).toMatch(/missing\.json: error: file not found; expected an existing AIF JSON file/);
      expect((await runCli('import', bad, '--from', 'ova')).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
