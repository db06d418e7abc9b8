/**
 * A small AIF corpus of our own making (test/fixtures/aif-corpus/): one file per defect class that real
 * corpora hold, a dialogue with every AIF node type, and texts a YAML 1.1 reader would misread.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadMapText } from '../src/io/load.js';
import { MapLoadError } from '../src/io/diagnostics.js';
import { fromAif } from '../src/interop/aif-read.js';
import { toAif } from '../src/interop/aif.js';
import { yaml11Reads } from '../src/interop/map-yaml.js';
import { runCli } from './helpers/cli.js';

const DIR = 'test/fixtures/aif-corpus';
const at = (name: string) => join(DIR, name);
const read = (name: string) => readFileSync(at(name), 'utf8');

// Where strict import must point, and what a lenient import must say it did.
const DEFECTS: Record<string, { where: string; repair: RegExp }> = {
  'defect-ma-target-is-source.json': { where: '53:5', repair: /MA-node "5" has its target "4" as one of its sources; repaired: dropped the edge "4" → "5"/ },
  'defect-ma-no-source.json': { where: '21:5', repair: /MA-node "5" has no source; repaired: dropped the MA-node/ },
  'defect-ma-no-target.json': { where: '27:5', repair: /MA-node "5" has 0 targets; repaired: dropped the MA-node/ },
  'defect-ra-no-premise.json': { where: '21:5', repair: /RA-node "6" has no premise; repaired: dropped the RA-node/ },
  'defect-ra-no-conclusion.json': { where: '27:5', repair: /RA-node "6" has 0 conclusions; repaired: dropped the RA-node/ },
  'defect-ca-no-attacker.json': { where: '21:5', repair: /CA-node "7" has no attacker; repaired: dropped the CA-node/ },
  'defect-ca-no-target.json': { where: '27:5', repair: /CA-node "7" has 0 targets; repaired: dropped the CA-node/ },
  'defect-ra-premise-is-conclusion.json': { where: '27:5', repair: /RA-node "6" has "1" as both a premise and its conclusion; repaired: dropped that premise/ },
  'defect-duplicate-node-id.json': { where: '22:17', repair: /duplicate nodeID "2"; repaired: kept node 2 with this id, dropped node 4/ },
  'defect-edge-to-missing-node.json': { where: '38:15', repair: /edge "2-99" \("2" → "99"\) has toID "99", which is no node of the file; repaired: dropped the edge/ },
  'defect-i-to-i-edge.json': { where: '41:5', repair: /edge "4-2" \("4" → "2"\) joins two I-nodes directly; repaired: dropped the edge/ },
};

/**
 * The argument an AIF document states, by I-node text: every I-node, each RA's premise set and
 * conclusion, each CA's attacker set and target, each MA's source set and target. Node ids differ
 * between a file and its round trip; the texts and the sets they form must not.
 */
function argumentOf(doc: { nodes: { nodeID: unknown; type: string; text: string }[]; edges: { fromID: unknown; toID: unknown }[] }) {
  const byId = new Map(doc.nodes.map((n) => [String(n.nodeID), n]));
  const into = (id: string) =>
    doc.edges
      .filter((e) => String(e.toID) === id)
      .map((e) => byId.get(String(e.fromID))!)
      .filter((n) => n.type === 'I');
  const outOf = (id: string) =>
    doc.edges
      .filter((e) => String(e.fromID) === id)
      .map((e) => byId.get(String(e.toID))!)
      .filter((n) => ['I', 'RA'].includes(n.type));
  const label = (n: { nodeID: unknown; type: string; text: string }): string =>
    n.type === 'I'
      ? n.text
      : `RA[${into(String(n.nodeID))
          .map((p) => p.text)
          .sort()
          .join(' & ')} ⇒ ${outOf(String(n.nodeID)).map(label).join()}]`;
  const step = (type: string) =>
    doc.nodes
      .filter((n) => n.type === type)
      .map(
        (n) =>
          `${into(String(n.nodeID))
            .map((p) => p.text)
            .sort()
            .join(' & ')} → ${outOf(String(n.nodeID)).map(label).join()}`,
      )
      .sort();
  return {
    I: doc.nodes
      .filter((n) => n.type === 'I')
      .map((n) => n.text)
      .sort(),
    RA: step('RA'),
    CA: step('CA'),
    MA: step('MA'),
  };
}

describe('the AIF corpus', () => {
  it('holds every defect class and every AIF node type', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.filter((f) => f.startsWith('defect-')).sort()).toEqual(Object.keys(DEFECTS).sort());
    const types = new Set(JSON.parse(read('dialogue.json')).nodes.map((n: { type: string }) => n.type));
    expect([...types].sort()).toEqual(['CA', 'I', 'L', 'MA', 'PA', 'RA', 'TA', 'YA']);
  });

  for (const [name, { where, repair }] of Object.entries(DEFECTS)) {
    it(`${name}: strict import refuses it at the input's line:col; --lenient repairs it with one warning`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'argmap-aif-corpus-'));
      try {
        const out = join(dir, 'out.yaml');
        const strict = await runCli('import', at(name), '-o', out);
        expect(strict.code).toBe(2);
        expect(strict.err).toMatch(new RegExp(`^${at(name).replace(/[.]/g, '\\.')}:${where}: error: `));
        expect(strict.err).not.toContain(out);
        expect(existsSync(out)).toBe(false);

        const lenient = await runCli('import', at(name), '--lenient', '-o', out);
        expect(lenient.code).toBe(0);
        const warnings = lenient.err.split('\n').filter((l) => l.includes(': warning: '));
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatch(new RegExp(`^${at(name).replace(/[.]/g, '\\.')}:${where}: warning: `));
        expect(warnings[0]).toMatch(repair);
        const { map } = loadMapText(readFileSync(out, 'utf8'), out);
        expect(map.notes!.filter((n) => n.startsWith(`repaired (${name}:${where}): `))).toHaveLength(1);
        // The well-formed inference beside the defect survives.
        expect(map.inferences!.some((i) => i.id === 'aif-3' && i.conclusion === 'aif-1')).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('an RA-node whose premise is its conclusion keeps its other premises', () => {
    const { map } = fromAif(read('defect-ra-premise-is-conclusion.json'), 'x.json', { lenient: true });
    expect(map.inferences!.find((i) => i.id === 'aif-6')).toEqual({ id: 'aif-6', premises: ['aif-4'], conclusion: 'aif-1' });
  });

  it('an MA-node whose only source is its target goes, with one line for the one defect', () => {
    const doc = {
      nodes: [
        { nodeID: 1, type: 'I', text: 'a' },
        { nodeID: 5, type: 'MA', text: 'Default Rephrase' },
      ],
      edges: [
        { fromID: 1, toID: 5 },
        { fromID: 5, toID: 1 },
      ],
    };
    const { map, repairs } = fromAif(JSON.stringify(doc, null, 2), 'm.json', { lenient: true });
    expect(repairs.map((r) => r.message)).toEqual(['MA-node "5" has its target "1" as one of its sources; repaired: dropped the MA-node, which has no other source']);
    expect(map.relations).toBeUndefined();
  });

  it('strict import names every defect of a file at once', () => {
    try {
      fromAif(read('defect-ma-target-is-source.json'), 'in.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MapLoadError);
      expect((e as MapLoadError).message).toBe('in.json:53:5: error: MA-node "5" has its target "4" as one of its sources; expected sources other than the node it rephrases');
    }
  });
});

describe('AIF → map → AIF on the corpus', () => {
  for (const name of ['dialogue.json', 'yaml11.json']) {
    it(`${name}: every I-node text, RA premise set, CA attacker set and MA source set comes back`, () => {
      const original = JSON.parse(read(name));
      const { map } = fromAif(read(name), name);
      const back = toAif(loadMapText(JSON.stringify(map), 'back.json', 'json').map);
      expect(argumentOf(back)).toEqual(argumentOf(original));
    });
  }

  for (const name of Object.keys(DEFECTS)) {
    it(`${name}: what a lenient import keeps comes back unchanged`, () => {
      const { map } = fromAif(read(name), name, { lenient: true });
      const once = toAif(map);
      const { map: again } = fromAif(JSON.stringify(once), 'once.json');
      expect(argumentOf(toAif(again))).toEqual(argumentOf(once));
    });
  }

  it('keeps a linked attack and a two-source rephrase as one node each, and says what it read', () => {
    const { map, notes } = fromAif(read('dialogue.json'), 'dialogue.json');
    expect(map.relations!.filter((r) => r.linked === 'aif-8')).toEqual([
      { type: 'attacks', from: 'aif-6', to: 'aif-3', linked: 'aif-8' },
      { type: 'attacks', from: 'aif-7', to: 'aif-3', linked: 'aif-8' },
    ]);
    expect(notes).toContain('CA-node "8": 2 I-nodes ("6", "7") attack "3" jointly; read as 2 attacks, each alone, marked `linked: aif-8`');
    expect(notes).toContain('MA-node "13": "12" rephrases 2 I-nodes ("2", "11") together; read as 2 restatements marked `linked: aif-13`');
    const aif = toAif(map);
    expect(
      aif.nodes
        .filter((n) => n.type === 'CA')
        .map((n) => aif.edges.filter((e) => e.toID === n.nodeID).length)
        .sort(),
    ).toEqual([1, 2]);
    expect(aif.nodes.filter((n) => n.type === 'MA').map((n) => aif.edges.filter((e) => e.toID === n.nodeID).length)).toEqual([2]);
    expect(map.notes).toEqual(notes);
  });
});

describe('smaller losses on the dialogue', () => {
  const { map, notes } = fromAif(read('dialogue.json'), 'dialogue.json');
  it('keeps I-node texts exactly, white space and all', () => {
    expect(map.nodes.find((n) => n.id === 'aif-2')!.text).toBe('  Ships now wait two days for the tide ');
  });
  it('reads no scheme into AraucariaDB\'s placeholder "RA", and keeps a named one', () => {
    expect(map.inferences!.find((i) => i.id === 'aif-4')).toEqual({ id: 'aif-4', premises: ['aif-2'], conclusion: 'aif-1' });
    expect(map.inferences!.find((i) => i.id === 'aif-5')!.scheme).toBe('Argument From Consequences');
  });
  it("names speakers as the locution does, not by the participants list's roles", () => {
    expect(map.authors).toEqual([
      { id: 'aif-person-1', name: 'Ann Lee', role: 'speaker' },
      { id: 'aif-person-2', name: 'Ben Ode', role: 'speaker' },
      { id: 'aif-person-3', name: 'Cy Roe', role: 'speaker' },
    ]);
    expect(map.nodes.find((n) => n.id === 'aif-2')!.author).toBe('aif-person-2');
  });
  it('names a speaker from the locution when no locution list says who spoke', () => {
    const doc = JSON.parse(read('dialogue.json'));
    const { map: bare } = fromAif(JSON.stringify({ ...doc, locutions: [], participants: [] }), 'bare.json');
    expect(bare.authors!.map((a) => a.name)).toEqual(['Ann Lee', 'Ben Ode', 'Cy Roe']);
  });
  it('announces the timestamps it drops', () => {
    expect(notes).toContain('dropped the timestamps of 27 nodes: a map has no times');
  });
  it('infers kinds from structure: premise when only ever a reason, claim when concluded or alone', () => {
    expect(Object.fromEntries(map.nodes.map((n) => [n.id, n.kind]))).toEqual({
      'aif-1': 'claim', // concluded by two RA-nodes
      'aif-2': 'premise',
      'aif-3': 'premise', // a premise, though attacked
      'aif-6': 'hypothesis', // a "Hypothesising" illocution
      'aif-7': 'premise', // an attacker
      'aif-9': 'premise', // an undercutter
      'aif-11': 'claim', // only rephrased: asserted, with no reason given
      'aif-12': 'premise',
    });
  });
  it('so `unsupported-conclusion` fires only where a node is argued for by nothing grounded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-aif-kinds-'));
    try {
      const unsupported = async (m: typeof map) => {
        const file = join(dir, 'm.json');
        writeFileSync(file, JSON.stringify(m));
        const run = await runCli('check', file, '--rule', 'unsupported-conclusion', '-f', 'json');
        return (JSON.parse(run.out) as { findings: unknown[] }).findings.length;
      };
      expect(await unsupported(map)).toBe(0);
      // Every I-node a claim, as import made them before: it fires on every node but the hypothesis.
      expect(await unsupported({ ...map, nodes: map.nodes.map((n) => (n.kind === 'premise' ? { ...n, kind: 'claim' } : n)) })).toBe(7);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('render --stats counts single-premise inferences too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-aif-stats-'));
    try {
      const yaml = join(dir, 'dialogue.yaml');
      expect((await runCli('import', at('dialogue.json'), '-o', yaml)).code).toBe(0);
      const run = await runCli('render', yaml, '--stats', '-o', join(dir, 'dialogue.svg'));
      expect(run.out).toMatch(/: 8 nodes, 2 inferences, /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('imported YAML and YAML 1.1 readers', () => {
  const texts: string[] = JSON.parse(read('yaml11.json'))
    .nodes.filter((n: { type: string }) => n.type === 'I')
    .map((n: { text: string }) => n.text);

  it('the corpus texts are ones a YAML 1.1 reader takes for something else when written plain', () => {
    for (const t of texts) expect(yaml11Reads(t), t).toBe(true);
    // The yaml package's own 1.1 schema agrees wherever it implements the type.
    const misread = texts.filter((t) => typeof parse(`text: ${t}`, { version: '1.1' }).text !== 'string');
    expect(misread.length).toBeGreaterThan(15);
  });

  it('writes each of them quoted, and a YAML 1.1 reader and argmap read the same strings back', async () => {
    const run = await runCli('import', at('yaml11.json'));
    expect(run.code).toBe(0);
    for (const t of texts) expect(run.out).toContain(`text: "${t}"`);
    const asYaml11 = parse(run.out, { version: '1.1' }) as { nodes: { text: unknown }[] };
    expect(asYaml11.nodes.map((n) => n.text)).toEqual(texts);
    expect(loadMapText(run.out, 'imported.yaml').map.nodes.map((n) => n.text)).toEqual(texts);
  });

  it('leaves ordinary words plain', () => {
    for (const t of ['no way', 'yesterday', 'On time', '1953', 'v1.2', 'Null hypothesis', '2024-01']) expect(yaml11Reads(t), t).toBe(t === '1953');
  });

  it('writes a map JSON import too, and the JSON needs no quoting rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-aif-json-'));
    try {
      const out = join(dir, 'm.json');
      expect((await runCli('import', at('yaml11.json'), '-o', out)).code).toBe(0);
      expect(JSON.parse(readFileSync(out, 'utf8')).nodes.map((n: { text: string }) => n.text)).toEqual(texts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
