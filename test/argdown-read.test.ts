import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMap, loadMapText } from '../src/io/load.js';
import { MapLoadError } from '../src/io/diagnostics.js';
import { stringify } from 'yaml';
import { fromArgdown } from '../src/interop/argdown-read.js';
import type { ArgumentMap } from '../src/model/types.js';
import { INPUT_LIMITS } from '../src/io/input.js';
import { runCli } from './helpers/cli.js';

const DIR = 'test/fixtures/argdown';
const read = (name: string) => fromArgdown(readFileSync(join(DIR, name), 'utf8'), name);
const triples = (map: ArgumentMap) => (map.relations ?? []).map((r) => `${r.from} ${r.type} ${r.to}`).sort();
const steps = (map: ArgumentMap) => Object.fromEntries((map.inferences ?? []).map((i) => [i.id, { premises: [...i.premises].sort(), conclusion: i.conclusion, scheme: i.scheme }]));
const valid = (map: ArgumentMap) => loadMapText(stringify(map), 'imported.yaml').map;

describe('argmap import of Argdown', () => {
  it('reads statements, tags, kinds, headings and equivalence classes', () => {
    const { map, notes } = read('syntax.argdown');
    valid(map);
    expect(map.title).toBe('Should the town build the bypass?');
    expect(map.sections).toEqual([
      { id: 'Traffic', title: 'Traffic' },
      { id: 'Costs-and-gains', title: 'Costs and gains', parent: 'Traffic' },
      { id: 'Notes', title: 'Notes' },
    ]);
    const node = (id: string) => map.nodes.find((n) => n.id === id)!;
    // Bypass stands before the first heading, so it has no section.
    expect(node('Bypass')).toEqual({ id: 'Bypass', kind: 'claim', text: 'The town should build the bypass.', tags: ['policy'] });
    // A tag that names a kind sets it; a tag in parentheses keeps its spaces.
    expect(node('Congestion')).toMatchObject({ kind: 'evidence', tags: ['evidence', 'field survey'], section: 'Traffic' });
    expect(node('Study').kind).toBe('evidence');
    // [Relief] is defined twice with one text (an equivalence class) and [Affordable] is used in two
    // arguments: each is one node, in the section of its first appearance.
    expect(map.nodes.filter((n) => n.id === 'Relief')).toHaveLength(1);
    expect(node('Relief').section).toBe('Traffic');
    expect(node('Affordable').section).toBe('Costs-and-gains');
    expect(map.nodes.map((n) => n.id)).toHaveLength(new Set(map.nodes.map((n) => n.id)).size);
    expect(notes.every((n) => n.startsWith('titles made into argmap ids'))).toBe(true);
  });

  it('reads premise–conclusion structures as chained inferences with their rules as scheme', () => {
    const { map } = read('syntax.argdown');
    expect(steps(map)).toEqual({
      // The intermediary conclusion (3) is a step of its own and the first premise of the next.
      'Relief-argument.3': { premises: ['Congestion', 'Relief'], conclusion: 'Worth-it', scheme: 'Practical reasoning, Means to end' },
      'Relief-argument': { premises: ['Affordable', 'Worth-it'], conclusion: 'Bypass', scheme: undefined },
      'Cost-argument': { premises: ['Budget', 'Price'], conclusion: 'Unaffordable', scheme: 'Comparison' },
      'Estimate-argument': { premises: ['Inflation', 'Old-estimate'], conclusion: 'Price', scheme: 'Extrapolation' },
      // Statement-level support, written `+`, `+>` and `<+`, and support by an argument (from its conclusion).
      'Congestion.supports.Relief': { premises: ['Congestion'], conclusion: 'Relief', scheme: undefined },
      'Induced.supports.No-relief': { premises: ['Induced'], conclusion: 'No-relief', scheme: undefined },
      'Survey.supports.Induced': { premises: ['Survey'], conclusion: 'Induced', scheme: undefined },
      'Price.supports.Budget': { premises: ['Price'], conclusion: 'Budget', scheme: undefined },
    });
  });

  it('reads attacks, undercuts and contradictions in every direction and at argument level', () => {
    expect(triples(read('syntax.argdown').map)).toEqual(
      [
        'Induced attacks Relief', // `-` under [Relief]
        'Study attacks Induced', // `<-`
        'Unaffordable attacks Debt', // `->`
        'Unaffordable attacks Bypass', // `- <Cost argument>` under a conclusion: from the argument's conclusion
        'Relief contradicts No-relief', // `><`
        'Unaffordable contradicts Affordable',
        'Grants undercuts Cost-argument', // `<_` under an inference line
        'Unaffordable undercuts Relief-argument', // `<Cost argument>` then `_> <Relief argument>`
        'Price undercuts Cost-argument', // `[Price]` then `_> <Cost argument>`
      ].sort(),
    );
  });

  it('names on stderr, one line each, what has no place in a map, and still writes a valid map', () => {
    const { map, notes } = read('lossy.argdown');
    valid(map);
    const expected = [
      /^tags on headings dropped .*"Heading with a tag" \(#draft\)/,
      /^statements given several different texts.*\[Claim\] \(2 texts, lines 8, 10\)/,
      /^statement data with no place in the map, dropped \(1\): \[Claim\] \{color\}/,
      /^statements never given a text.*\[Only referenced\] \(line 34\)/,
      /^arguments without a premise–conclusion structure read as claim nodes \(2\): <Sketch> → Sketch \(line 12\); <Lonely sketch>/,
      /^descriptions of reconstructed arguments dropped.*<Reconstructed> \(line 21\)/,
      /^tags on reconstructed arguments dropped.*<Reconstructed> \(#argtag\)/,
      /^`uses` that does not name earlier statements.*<Odd uses> \(3\) \{uses: \[3,7\]\}/,
      /^inference data with no place in the map, dropped \(1\): <Odd uses> \(3\) \{colour\}/,
      /^undercuts of a statement dropped.*\[Misplaced\] undercut the inference of <Reconstructed> \(line 32\)/,
      /^supports of a whole reconstructed argument dropped.*\[Backing\] support <Reconstructed> \(line 28\)/,
      /^undercuts of a sketched argument that supports no single statement, dropped \(1\): \[Quibble\]/,
      /^attacks on a whole reconstructed argument read as undercuts of its last step.*\[Objection\] attack <Reconstructed>/,
      /^front-matter keys with no place in the map, dropped \(1\): author$/,
    ];
    for (const re of expected)
      expect(
        notes.some((n) => re.test(n)),
        String(re),
      ).toBe(true);
    // The last text of [Claim] is the one Argdown shows; the sketch supporting it becomes a node whose
    // step can be undercut; the odd `uses` falls back to reading the premises in order.
    expect(map.nodes.find((n) => n.id === 'Claim')!.text).toBe('Claims can be sketched in two ways.');
    expect(map.nodes.find((n) => n.id === 'Sketch')).toMatchObject({ kind: 'claim', text: 'An argument with no premise-conclusion structure.' });
    expect(triples(map)).toEqual(['Claim attacks Only-referenced', 'Doubt undercuts Sketch.supports.Claim', 'Objection undercuts Reconstructed']);
    expect(steps(map)['Odd-uses']!.premises).toEqual(['First', 'Second']);
  });

  it("follows the document's own strict mode: entailment as a step, contrary as contradicts (with a note)", () => {
    const { map, notes } = read('strict.argdown');
    valid(map);
    expect(steps(map)).toEqual({ 'Rain.supports.Wet': { premises: ['Rain'], conclusion: 'Wet', scheme: undefined } });
    expect(triples(map)).toEqual(['Dry contradicts Wet', 'Wet contradicts Not-wet']);
    expect(notes.some((n) => n.startsWith('contrary relations read as `contradicts`') && n.includes('[Dry] contrary [Wet] (line 9)'))).toBe(true);
  });

  it('refuses a document Argdown cannot parse, naming file:line:col, and writes nothing', async () => {
    expect(() => read('broken.argdown')).toThrow(MapLoadError);
    expect(() => read('broken.argdown')).toThrow(/^broken\.argdown:5:1: error: Argdown syntax: .*end your inference with two hyphens/);
    const dir = mkdtempSync(join(tmpdir(), 'argmap-argdown-'));
    try {
      const out = join(dir, 'map.yaml');
      const { code, err } = await runCli('import', join(DIR, 'broken.argdown'), '-o', out);
      expect(code).toBe(2);
      expect(err).toContain('broken.argdown:5:1: error:');
      expect(err).not.toMatch(/\n\s+at /);
      expect(() => readFileSync(out)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cuts a syntax error that quotes a huge token to a line a terminal can show', () => {
    // Argdown's parser quotes the token it found whole: a 20,000-character line came back as one error that long.
    const huge = `<Argument>\n${'x'.repeat(20_000)}\n`;
    let message = '';
    try {
      fromArgdown(huge, 'huge.argdown');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^huge\.argdown:2:1: error: Argdown syntax: Expecting token/);
    expect(message).toMatch(/… \(\d+ characters\)/);
    expect(message.length).toBeLessThan(600);
  });

  it('argmap import picks Argdown by extension or --from, writes a valid map and notes on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-argdown-'));
    try {
      const out = join(dir, 'map.yaml');
      const r = await runCli('import', join(DIR, 'lossy.argdown'), '-o', out);
      expect(r.code).toBe(0);
      expect(r.err.split('\n').filter((l) => l.includes('lossy.argdown: note: '))).toHaveLength(15);
      expect(loadMap(out).map.title).toBe('What has no place in a map');
      const renamed = join(dir, 'debate.txt');
      copyFileSync(join(DIR, 'syntax.argdown'), renamed);
      expect((await runCli('import', renamed)).code).toBe(2); // read as AIF, which it is not
      const text = await runCli('import', renamed, '--from', 'argdown');
      expect(text.code).toBe(0);
      expect(loadMapText(text.out, 'stdout.yaml').map.nodes).toHaveLength(16);
      // Argdown's parser takes about 1.8 s per MB here: a file over the limit is refused before parsing.
      const big = join(dir, 'big.argdown');
      writeFileSync(big, '');
      truncateSync(big, INPUT_LIMITS.argdown + 1);
      const tooBig = await runCli('import', big);
      expect(tooBig.code).toBe(2);
      expect(tooBig.err).toContain(`${big}: error: is larger than the limit for an Argdown document, 8 MiB`);
      writeFileSync(join(dir, 'empty.argdown'), '');
      const empty = await runCli('import', join(dir, 'empty.argdown'));
      expect(empty.code).toBe(2);
      expect(empty.err).toContain('empty.argdown: error: the file is empty; expected an Argdown document');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
