import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './helpers/cli.js';
import { scaffoldMap } from '../src/analysis/scaffold/index.js';
import { findDates } from '../src/analysis/scaffold/dates.js';
import { sentences } from '../src/analysis/scaffold/sentences.js';
import type { ArgumentMap, Node } from '../src/model/types.js';

const MEMO = 'arguments/sources/soviet-policies-1953.txt';
const FIXTURES = ['jic-paper.txt', 'nie-markdown.txt', 'report-notes.txt', 'crlf-harbour.txt', 'plain-letter.txt', 'caps-report.txt', 'decimal-report.txt'].map(
  (f) => `test/fixtures/init/${f}`,
);

/** Copies a text into a fresh folder and drafts a map beside it with the CLI. */
async function initIn(source: string, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-init-'));
  const text = join(dir, source.replace(/^.*\//, ''));
  copyFileSync(source, text);
  const map = join(dir, 'map.yaml');
  const result = await runCli('init', text, '-o', map, ...args);
  return { dir, text, map, result };
}

const nodeAt = (map: ArgumentMap, locator: string): Node => map.nodes.find((n) => n.source?.locator === locator)!;
const draft = (file: string) => scaffoldMap(readFileSync(file, 'utf8'), { documentPath: file.replace(/^.*\//, '') }).map;

describe('argmap init on every test document and on the memorandum', () => {
  for (const source of [...FIXTURES, MEMO])
    it(`${source}: the drafted map validates and covers every locator with verified quotes`, async () => {
      const { map, result } = await initIn(source);
      expect(result.code, result.err).toBe(0);
      expect(result.out).toBe('');
      expect((await runCli('validate', map)).code).toBe(0);
      const coverage = await runCli('coverage', map, '--format', 'json');
      expect(coverage.code, coverage.out).toBe(0);
      const report = JSON.parse(coverage.out);
      expect(report.uncovered).toEqual([]);
      expect(report.quoteProblems).toEqual([]);
      const drafted = parse(readFileSync(map, 'utf8')) as ArgumentMap;
      expect(report.documents[0].locators.every((l: { nodes: string[] }) => l.nodes.length === 1)).toBe(true);
      expect(new Set(drafted.nodes.map((n) => n.id)).size).toBe(drafted.nodes.length);
    });

  it('finds on the memorandum the same 73 locators the hand-made map uses', () => {
    const handMade = parse(readFileSync('arguments/soviet-policies-1953.yaml', 'utf8')) as ArgumentMap;
    const used = new Set(handMade.nodes.flatMap((n) => (n.source ? [n.source.locator] : [])));
    const drafted = draft(MEMO).nodes.map((n) => n.source!.locator);
    expect(drafted).toHaveLength(73);
    expect(new Set(drafted)).toEqual(used);
  });

  it('gives the same bytes on every run', async () => {
    const a = await runCli('init', MEMO);
    const b = await runCli('init', MEMO);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out).toMatch(/^title: SOVIET POLICIES AFTER STALIN’S DEATH\n/);
  });
});

describe('what init guesses', () => {
  it('makes estimative language a claim with its phrases and the lexicon’s band', () => {
    const jic = draft(FIXTURES[0]!);
    expect(nodeAt(jic, '1')).toMatchObject({ kind: 'claim', hedge: { phrases: ['likely', 'We judge'], band: { yardstick: 'PHIA', term: 'likely' } } });
    expect(nodeAt(jic, '4').hedge).toEqual({ phrases: ['highly unlikely', 'realistic possibility'], band: { yardstick: 'PHIA', term: 'highly unlikely' } });
    expect(nodeAt(draft(FIXTURES[1]!), 'B').hedge?.band).toEqual({ yardstick: 'PHIA', term: 'almost certain' });
  });

  it('makes a recommendation a conclusion, a footnote a source, "there is no evidence" evidence, the rest evidence', () => {
    const jic = draft(FIXTURES[0]!);
    expect(nodeAt(jic, '5').kind).toBe('conclusion');
    expect(nodeAt(draft(FIXTURES[5]!), '4').kind).toBe('conclusion');
    expect(nodeAt(draft(FIXTURES[4]!), '4').kind).toBe('conclusion');
    const nie = draft(FIXTURES[1]!);
    expect(nodeAt(nie, '3')).toMatchObject({ kind: 'evidence', hedge: { phrases: ['There is no evidence'] } });
    expect(nodeAt(nie, '3').hedge?.band).toBeUndefined();
    expect(nodeAt(nie, 'fn-note').kind).toBe('source');
    expect(nodeAt(jic, '2.b.ii').kind).toBe('evidence');
    // "… in the interests of both countries that the alliance should continue" wishes; it does not advise.
    expect(nodeAt(draft(MEMO), 'D.2').kind).toBe('evidence');
  });

  it('quotes a short unit whole and a long one by its sentence that judges or recommends', () => {
    const jic = draft(FIXTURES[0]!);
    expect(nodeAt(jic, '2.b.ii').source?.quote).toBe('foreign over-fishing;');
    const memo = draft(MEMO);
    expect(nodeAt(memo, 'C.7.i').source?.quote).toMatch(/^We should welcome the more conciliatory attitude/);
    expect(nodeAt(memo, 'C.7.i').kind).toBe('conclusion');
    expect(nodeAt(draft(FIXTURES[4]!), '3').source?.quote).toBe('Closing the school now would almost certainly mean reopening it within a few years.');
  });

  it('records the dates it finds with the words that give them', () => {
    expect(nodeAt(draft(FIXTURES[0]!), '2.a').dates?.map((d) => [d.date, d.as])).toEqual([
      ['1998', '1998'],
      ['2031-09-30', '30 September 2031'],
    ]);
    expect(nodeAt(draft(FIXTURES[5]!), 'fn2').dates?.[0]).toMatchObject({ date: '2031-10-14', as: '14 Oct. 2031' });
    expect(nodeAt(draft(MEMO), 'fn1').dates?.[0]).toMatchObject({ date: '1953-10-05/1953-10-14', as: '5–14 October 1953' });
    expect(nodeAt(draft(MEMO), '1').dates?.[0]).toMatchObject({ date: '1952-10', as: 'October 1952' });
  });

  it('marks every node as a draft with the fields it guessed', () => {
    for (const n of draft(FIXTURES[0]!).nodes) expect(n.review?.status).toBe('draft');
    expect(nodeAt(draft(FIXTURES[0]!), '1').review?.guessed).toEqual(['kind', 'text', 'hedge', 'dates']);
    expect(nodeAt(draft(FIXTURES[0]!), '2').review?.guessed).toEqual(['kind', 'text']);
  });

  it('builds readable unique ids, sections from headings and citations of footnotes', () => {
    const nie = draft(FIXTURES[1]!);
    expect(nie.nodes.map((n) => n.id).slice(0, 3)).toEqual(['a-assess-federations-government', 'b-army-almost-certainly', '1-ruling-coalition-lost']);
    expect(nie.sections).toEqual([
      { id: 'prospects-for-the-coastal-federation-through-2033', title: 'Prospects for the Coastal Federation Through 2033' },
      { id: 'key-judgments', title: 'Key Judgments', parent: 'prospects-for-the-coastal-federation-through-2033' },
      { id: 'discussion', title: 'Discussion', parent: 'prospects-for-the-coastal-federation-through-2033' },
    ]);
    expect(nodeAt(nie, '2.2').section).toBe('discussion');
    expect(nie.relations).toContainEqual({ type: 'cites', from: 'a-assess-federations-government', to: 'fn1-northern-party-holds' });
    expect(nodeAt(draft(FIXTURES[2]!), 'fn†').id).toBe('fn-dagger-council-minutes-12');
    const memo = draft(MEMO);
    expect(memo.sections?.find((s) => s.id === 'western-policy')?.parent).toBe('annex-c');
    expect(nodeAt(memo, 'C.7.i').section).toBe('western-policy');
  });
});

describe('argmap init as a command', () => {
  it('never overwrites a file unless --force', async () => {
    const { map, text } = await initIn(FIXTURES[4]!);
    writeFileSync(map, 'mine\n');
    const refused = await runCli('init', text, '-o', map);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`${map}: already exists; expected a new file (pass --force to overwrite it)`);
    expect(readFileSync(map, 'utf8')).toBe('mine\n');
    const forced = await runCli('init', text, '-o', map, '--force', '--title', 'The school');
    expect(forced.code).toBe(0);
    expect(readFileSync(map, 'utf8')).toMatch(/^title: The school\n/);
  });

  it('names the text relative to the map’s folder, or to the working folder on stdout', async () => {
    const { dir, text } = await initIn(FIXTURES[0]!);
    mkdirSync(join(dir, 'maps'));
    const nested = join(dir, 'maps', 'paper.yaml');
    expect((await runCli('init', text, '-o', nested)).code).toBe(0);
    const outside = await runCli('init', text, '-o', join(dir, 'maps', 'paper2.yaml'));
    expect(outside.err).toContain("note: the text is outside the map's folder; coverage, check and html read it only with --allow-outside");
    expect((parse(readFileSync(nested, 'utf8')) as ArgumentMap).documents?.[0]?.path).toBe('../jic-paper.txt');
    expect((await runCli('coverage', nested, '-q', '--allow-outside')).code).toBe(0);
    const stdout = await runCli('init', FIXTURES[0]!);
    expect((parse(stdout.out) as ArgumentMap).documents?.[0]?.path).toBe('test/fixtures/init/jic-paper.txt');
    expect(stdout.err).toMatch(/drafted 11 nodes for 11 locators/);
  });

  it('exits 2 with file:line:col on a text it cannot read, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-init-'));
    const out = join(dir, 'map.yaml');
    const bad = await runCli('init', 'test/fixtures/sources/unclosed.txt', '-o', out);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^test\/fixtures\/sources\/unclosed\.txt:1:34: error: footnote 1 body is not closed/);
    expect(existsSync(out)).toBe(false);
    const missing = await runCli('init', join(dir, 'none.txt'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('none.txt: error: file not found');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x31, 0x2e, 0x20, 0xe9, 0x0a]));
    const latin1 = await runCli('init', join(dir, 'latin1.txt'));
    expect(latin1.code).toBe(2);
    expect(latin1.err).toContain('latin1.txt:1:4: error: invalid UTF-8');
  });
});

describe('dates and sentences in running text', () => {
  it('reads days, months, years and ranges, and nothing else', () => {
    const found = findDates('On 5 March 1953; March 5, 1953; in Oct 1953; on 1st April; in 1946–1957; £1953, 1953.5 and 12,000; 29 February 1953.');
    expect(found.map((d) => [d.date, d.as])).toEqual([
      ['1953-03-05', '5 March 1953'],
      ['1953-03-05', 'March 5, 1953'],
      ['1953-10', 'Oct 1953'],
      ['1946/1957', '1946–1957'],
    ]);
  });

  it('does not end a sentence at an initial or an abbreviation', () => {
    expect(sentences('M. Hammarskjold arrived on 14 Oct. 1953. G.K. Zhukov left. It was i.e. Final.')).toEqual([
      'M. Hammarskjold arrived on 14 Oct. 1953.',
      'G.K. Zhukov left.',
      'It was i.e. Final.',
    ]);
  });
});
