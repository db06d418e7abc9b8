import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceStructure, SourceStructureError, suggestLocator, type SourceStructure } from '../src/io/source-structure.js';
import { findQuote, normaliseForQuote, quoteOccurrences } from '../src/io/quote.js';

const memo = readFileSync('arguments/sources/soviet-policies-1953.txt', 'utf8');
const structure = parseSourceStructure(memo);
const fixture = (name: string) => readFileSync(`test/fixtures/sources/${name}`, 'utf8');

const romans = (n: number) => ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'].slice(0, n);
const under = (parent: string, keys: string[]) => keys.map((k) => `${parent}.${k}`);
const steps = (parent: string, n: number) =>
  under(
    parent,
    Array.from({ length: n }, (_, i) => String(i + 1)),
  );

/** The locator scheme the project's brief fixes for the memorandum, in document order. */
const SCHEME = [
  '1',
  'fn1',
  'fn2',
  'fn3',
  '2',
  '3',
  '3.A.i',
  '3.A.ii',
  'fn4',
  '3.A.iii',
  '3.A.iv',
  '3.A.v',
  '3.A.v.1',
  'fn5',
  ...steps('3.A.v', 5).slice(1),
  '4',
  '4.i',
  '4.ii',
  'fn6',
  '4.iii',
  'fn7',
  '4.iv',
  'fn8',
  '5',
  'fn9',
  '6',
  'fn10',
  '7',
  '8',
  'C.1',
  'C.1.i',
  'C.1.ii',
  'fn11',
  'C.1.iii',
  'fn12',
  'C.1.iv',
  'C.1.v',
  'C.1.vi',
  'C.2',
  'C.3',
  'fn13',
  'C.4',
  ...under('C.4', romans(3)),
  'C.5',
  'fn14',
  'C.5.i',
  'C.5.ii',
  'C.5.iii',
  ...steps('C.5.iii', 3),
  ...under('C.5', romans(7).slice(3)),
  'C.7',
  ...under('C.7', romans(4)),
  ...steps('D', 4),
  'D.5',
  'fn15',
  'D.6',
  'D.7',
];

function textOf(s: SourceStructure, locator: string): string {
  const unit = s.unit(locator);
  if (!unit) throw new Error(`no unit ${locator}`);
  return unit.text;
}

describe('the memorandum’s structure', () => {
  it('finds every locator of the scheme, in document order, and nothing else', () => {
    expect(structure.units.map((u) => u.locator)).toEqual(SCHEME);
    expect(structure.units.filter((u) => u.kind === 'footnote')).toHaveLength(15);
  });

  it('reads the words of each kind of unit', () => {
    expect(textOf(structure, '3.A.v.2')).toMatch(/^They have granted an amnesty on an even bigger scale/);
    expect(textOf(structure, 'C.5.iii.3')).toBe('Renewed proposals for an Austrian Treaty.');
    expect(textOf(structure, 'fn9')).toMatch(/^The “trade offensive” most likely refers/);
    expect(textOf(structure, 'fn10')).toMatch(/Lipkin M\.А\. Sovetskiy Soyuz .* M\., 2011\.$/);
    expect(textOf(structure, '8')).toBe('The possible effects of Stalin’s death on Sino-Soviet relations are discussed in Annex D.');
    expect(textOf(structure, 'C.1')).toMatch(/^Almost at once after assuming power .* Among the reflections of this new line have been:$/);
    expect(textOf(structure, '3.A.v')).toBe('They have taken five important steps to strengthen popular acceptance of the new regime: -');
  });

  it('keeps footnote markers and bodies out of the paragraph that cites them', () => {
    const one = textOf(structure, '1');
    expect(one).toContain('the 19th Party Congress held in Moscow in October 1952');
    expect(one).toMatch(/linked more directly with the external threat\.$/);
    expect(one).not.toMatch(/footnoteRef|XIX Congress|Doctors’ Plot/);
    expect(structure.unit('fn5')?.citedIn).toBe('3.A.v.1');
    expect(structure.unit('fn15')?.citedIn).toBe('D.5');
    expect(structure.units.filter((u) => u.kind === 'footnote').every((u) => u.citedIn !== undefined)).toBe(true);
  });

  it('gives continuation text to the enclosing paragraph and keeps children out of it', () => {
    expect(textOf(structure, 'C.4')).toMatch(/Three explanations can be offered:\nIt is quite possible that the Soviet leaders/);
    expect(textOf(structure, 'C.5')).toContain('Soviet policy in the longer term will depend');
    expect(textOf(structure, 'C.5')).not.toContain('Austrian Treaty');
    expect(textOf(structure, '7')).toContain('Annex C. – Recent Indications of Soviet Foreign Policy.');
    expect(textOf(structure, '3')).not.toContain('eight leading members');
  });

  it('links items to their paragraph and steps to their item', () => {
    expect(structure.unit('3.A.ii')?.parent).toBe('3');
    expect(structure.unit('3.A.v.4')?.parent).toBe('3.A.v');
    expect(structure.unit('C.5.iii.2')?.parent).toBe('C.5.iii');
    expect(structure.unit('4.i')?.parent).toBe('4');
    expect(structure.unit('D.3')?.parent).toBeUndefined();
  });

  it('keeps offsets into the original text that round-trip', () => {
    const lines = memo.split('\n');
    for (const u of structure.units) {
      const pieces = u.segments.map((s) => memo.slice(s.start, s.end));
      expect(pieces.join(''), u.locator).toBe(u.text.replace(/\n/g, ''));
      expect(
        pieces.some((p) => /footnoteRef/.test(p)),
        u.locator,
      ).toBe(false);
      expect(/^\s/.test(pieces[0]!) || /\s$/.test(pieces[pieces.length - 1]!), u.locator).toBe(false);
      expect(lines[u.line - 1]!.slice(u.column - 1).startsWith(pieces[0]!), u.locator).toBe(true);
      expect(u.start).toBe(u.segments[0]!.start);
      expect(u.end).toBeGreaterThanOrEqual(u.segments[u.segments.length - 1]!.end);
    }
  });

  it('spans a parent over its children', () => {
    const three = structure.unit('3')!;
    expect(three.end).toBe(structure.unit('3.A.v.5')!.end);
    expect(memo.slice(three.start, three.end)).toContain('A. Internally');
    const c5 = structure.unit('C.5')!;
    expect(memo.slice(c5.start, c5.end)).toMatch(/great military\/industrial Power\.$/);
  });

  it('records headings, annexes, parts and omissions as structure, not as units', () => {
    const marks = structure.marks.map((m) => `${m.kind}:${m.text}`);
    expect(marks).toContain('heading:Conclusion');
    expect(marks).toContain('heading:Western Policy');
    expect(marks).toEqual(expect.arrayContaining(['annex:ANNEX C', 'annex:ANNEX D', 'part:A. Internally', 'part:B. Externally']));
    expect(structure.marks.filter((m) => m.kind === 'omission').map((m) => m.line)).toEqual([43, 77]);
  });
});

describe('other documents with the same conventions', () => {
  it('parses the example report into paragraphs 1–4', () => {
    const s = parseSourceStructure(readFileSync('arguments/examples/sources/harbour-report.txt', 'utf8'));
    expect(s.units.map((u) => u.locator)).toEqual(['1', '2', '3', '4']);
    expect(s.unit('4')?.text).toBe('We recommend that watchers look for the quay closing on or about 8 March.');
  });

  it('reads parts, steps, appendices, CRLF lines and a footnote holding brackets', () => {
    const s = parseSourceStructure(fixture('district.txt'));
    expect(s.units.map((u) => u.locator)).toEqual(['1', 'fn1', '2', '2.A.i', '2.A.ii', '2.A.ii.1', '2.A.ii.2', '2.B.iii', 'B.1', 'B.1.i', 'B.2']);
    expect(s.unit('fn1')?.text).toBe('Census office figures (provisional) [sic]');
    expect(s.unit('2')?.text).toBe('Three changes followed:\nThe council expects more.');
    expect(s.unit('2.A.ii.2')?.text).toBe('lorries pay three units.');
    expect(s.units.some((u) => u.text.includes('\r'))).toBe(false);
  });

  it('reads unnumbered prose as paragraphs that blank lines separate', () => {
    const s = parseSourceStructure(fixture('prose.txt'));
    expect(s.units.map((u) => [u.locator, u.text])).toEqual([['1', 'Nothing here is numbered.\nIt is prose only.']]);
  });

  it('fails clearly when it finds nothing or conflicting structure', () => {
    const failure = (name: string) => {
      try {
        parseSourceStructure(fixture(name));
      } catch (e) {
        if (e instanceof SourceStructureError) return { message: e.message, line: e.line, column: e.column };
        throw e;
      }
      throw new Error(`${name} parsed`);
    };
    expect(failure('headings-only.txt').message).toMatch(/^no paragraphs, items or footnotes found; expected/);
    expect(failure('unclosed.txt')).toMatchObject({ line: 1, column: 34, message: expect.stringMatching(/footnote 1 body is not closed/) });
    expect(failure('preface.txt')).toMatchObject({ line: 2, message: expect.stringMatching(/locator 1 occurs twice \(the unnumbered paragraph at line 1/) });
    expect(() => parseSourceStructure('')).toThrow(SourceStructureError);
  });
});

describe('quotes', () => {
  it('normalises white space and typographic quote marks, nothing else', () => {
    expect(normaliseForQuote('  Stalin’s \t “plot”\n ‘x’ ‛y′ ″z″ ')).toBe(`Stalin's "plot" 'x' 'y' "z"`);
    expect(normaliseForQuote('détente – …')).toBe('détente – …');
  });

  it('finds a quote across white space and quote-mark differences, with original offsets', () => {
    const r = findQuote(structure, '5', 'renewing their own\n   "trade offensive"');
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(memo.slice(r.start, r.end)).toBe('renewing their own “trade offensive”');
    expect(r.ranges).toEqual([{ start: r.start, end: r.end }]);
  });

  it('finds a quote across a footnote marker and highlights around the marker', () => {
    const r = findQuote(structure, '1', 'the 19th Party Congress held in Moscow');
    expect(r.found).toBe(true);
    if (!r.found) return;
    expect(memo.slice(r.start, r.end)).toBe('the 19th Party Congress[footnoteRef:1] held in Moscow');
    expect(r.ranges.map((s) => memo.slice(s.start, s.end)).join('')).toBe('the 19th Party Congress held in Moscow');
  });

  it('finds a quote in a paragraph’s continuation text', () => {
    expect(findQuote(structure, 'C.5', 'Soviet policy in the longer term will depend on the success').found).toBe(true);
    expect(findQuote(structure, 'C.4', 'It is quite possible that the Soviet leaders').found).toBe(true);
  });

  it('does not find a quote with any other difference', () => {
    for (const q of [
      'Stalin’s Death',
      'a detente in international affairs',
      'the generation of the Five-Year Plans - ',
      'a respite, however; while',
      'One of the main functions of the 19th Party Congress [1]',
    ])
      expect(findQuote(structure, q.startsWith('One') ? '1' : '5', q).found, q).toBe(false);
    expect(findQuote(structure, '5', '   ').found).toBe(false);
  });

  it('says where else a quote occurs', () => {
    const hammarskjold = 'Soviet acceptance of M. Hammarskjold as the new Secretary-General of the United Nations';
    expect(findQuote(structure, '4', hammarskjold)).toEqual({ found: false, reason: 'not-found', elsewhere: ['4.iii', 'C.1.v'] });
    expect(findQuote(structure, '3.A.vi', 'They have granted an amnesty')).toEqual({ found: false, reason: 'unknown-locator', elsewhere: ['3.A.v.2'] });
    expect(findQuote(structure, '3', 'The eight leading members')).toEqual({ found: false, reason: 'not-found', elsewhere: ['3.A.i'] });
    expect(quoteOccurrences(structure, 'in colonial and "semi-colonial" territories')).toEqual(['5', 'C.3']);
    expect(findQuote(structure, 'fn9', 'proposal for the creation of a new international trade organisation').found).toBe(true);
  });
});

describe('suggesting a locator for a mistyped one', () => {
  it('sets aside case, brackets, spacing and the words for paragraph and footnote', () => {
    const guesses = ['3.a.v(2)', 'C.5(iii)', 'footnote 9', 'fn 12', '¶ 5', 'para. 8', 'c.7.IV', 'D.7.'].map((l) => suggestLocator(structure, l));
    expect(guesses).toEqual(['3.A.v.2', 'C.5.iii', 'fn9', 'fn12', '5', '8', 'C.7.iv', 'D.7']);
    expect(suggestLocator(structure, 'C.6')).toBeUndefined();
    expect(suggestLocator(structure, '3.A.vi')).toBeUndefined();
  });
});

describe('the common layouts of assessments and reports', () => {
  const layout = (name: string) => parseSourceStructure(readFileSync(`test/fixtures/init/${name}`, 'utf8'));
  const locators = (s: SourceStructure) => s.units.map((u) => u.locator);
  const headings = (s: SourceStructure) => s.marks.filter((m) => m.kind === 'heading').map((m) => m.text);

  it('reads a UK-style paper: numbered paragraphs, (a) subparagraphs, (i) items under a letter, title-case headings', () => {
    const s = layout('jic-paper.txt');
    expect(locators(s)).toEqual(['1', '2', '2.a', '2.b', '2.b.i', '2.b.ii', '2.b.iii', '2.c', '3', '4', '5']);
    expect(s.unit('2.b.ii')).toMatchObject({ parent: '2.b', text: 'foreign over-fishing;' });
    expect(s.unit('2.c')?.parent).toBe('2');
    expect(headings(s)).toEqual(['SECRET', 'THE FISHERIES DISPUTE IN THE NORTHERN STRAITS', 'Assessment of 14 Oct. 2031', 'Key Judgements', 'Background', 'Outlook']);
  });

  it('reads a Markdown estimate: # headings, lettered key judgments, bullets, [^N] and named notes', () => {
    const s = layout('nie-markdown.txt');
    expect(locators(s)).toEqual(['A', 'B', '1', '2', '2.1', '2.2', '2.3', '3', 'fn1', 'fn2', 'fn-note']);
    expect(s.unit('A')?.text).toMatch(/rests on a single regional party\.$/);
    expect(s.unit('fn1')).toMatchObject({ citedIn: 'A', text: "The Northern Party holds 11 of the assembly's 240 seats." });
    expect(s.unit('fn-note')?.citedIn).toBe('3');
    expect(s.unit('2.2')).toMatchObject({ parent: '2', text: 'the currency lost a fifth of its value over 2031;' });
    expect(headings(s)).toEqual(['# Prospects for the Coastal Federation Through 2033', '## Key Judgments', '## Discussion']);
  });

  it('reads a trailing Notes list cited by [1] and superscripts, and * and † notes', () => {
    const s = layout('report-notes.txt');
    expect(locators(s)).toEqual(['1', '2', '3', 'fn*', 'fn†', 'fn1', 'fn2']);
    expect(s.unit('1')?.text).toBe(
      "The scheme was approved in May 2029 and opened two years later. Its reservoir now supplies four towns, and the engineers report that the dam is sound. Local farmers dispute the figures for the river's flow below the dam.",
    );
    expect(s.unit('fn2')?.text).toBe('Board of the Valley Water Scheme, Annual Report 2031, table 4.\nThe table gives prices per cubic metre.');
    expect(s.unit('fn†')).toMatchObject({ citedIn: '2', text: 'Council minutes of 12 February 2032.' });
    expect(s.unit('fn*')?.citedIn).toBe('1');
    expect(findQuote(s, '1', 'opened two years later. Its reservoir').found).toBe(true);
  });

  it('reads CRLF text with wrapped lines, bullets under a paragraph and an appendix with a title', () => {
    const s = layout('crlf-harbour.txt');
    expect(locators(s)).toEqual(['1', '2', '2.1', '2.2', '2.3', '3', 'A.1', 'A.2']);
    expect(s.unit('1')?.text).toBe('The harbour board began dredging the\nouter channel in August 2030, and the work\nis expected to finish within the year.');
    expect(s.unit('2.2')?.text).toBe('the fuel berth, which will probably close\nfor six weeks;');
    expect(s.units.some((u) => u.text.includes('\r'))).toBe(false);
    expect(s.marks.map((m) => `${m.kind}:${m.text}`)).toEqual(['heading:Harbour Works at Port Merrow', 'annex:Appendix A: Costs']);
  });

  it('reads a text with no structure but blank lines as paragraphs 1, 2, …', () => {
    const s = layout('plain-letter.txt');
    expect(locators(s)).toEqual(['1', '2', '3', '4', '5']);
    expect(s.unit('3')?.text).toMatch(/^The school has forty-one pupils .*\nwould almost certainly mean reopening it within a few years\.$/s);
    expect(s.marks).toEqual([]);
  });

  it('reads ALL CAPS headings, a. subparagraphs, ^N markers and an Endnotes list of [N] entries', () => {
    const s = layout('caps-report.txt');
    expect(locators(s)).toEqual(['1', '2', '2.a', '2.b', '3', '4', 'fn1', 'fn2']);
    expect(headings(s)).toEqual(['ANNUAL SAFETY REVIEW OF THE EASTERN LINE', 'INTRODUCTION', 'FINDINGS', 'RECOMMENDATIONS', 'ENDNOTES']);
    expect(s.unit('1')?.text).not.toContain('^1');
    expect(s.unit('fn2')).toMatchObject({ citedIn: '3', text: "Regulator's inspection notes, 14 Oct. 2031." });
  });

  it('leaves a bare [1], ^2 or * as text when no note defines it', () => {
    const s = parseSourceStructure('1. See table [1] and x^2 and the *starred* word*.\n');
    expect(s.units.map((u) => u.text)).toEqual(['See table [1] and x^2 and the *starred* word*.']);
  });

  it('tells a wrapped line from a heading by the line before and after', () => {
    const s = parseSourceStructure('Port Report\n\n1. The ships left the harbour.\nThe tugs followed them out\nto sea before noon.\n');
    expect(s.units.map((u) => u.text)).toEqual(['The ships left the harbour.\nThe tugs followed them out\nto sea before noon.']);
  });

  it('reads a list numbered from 1 again inside a paragraph as its steps, and bullets without punctuation', () => {
    const s = parseSourceStructure(
      '1. The situation is calm.\n\n2. There are two points:\n   1. first point;\n   2. second point.\n3. A third paragraph:\n- one bullet\n- another bullet\n',
    );
    expect(s.units.map((u) => [u.locator, u.text])).toEqual([
      ['1', 'The situation is calm.'],
      ['2', 'There are two points:'],
      ['2.1', 'first point;'],
      ['2.2', 'second point.'],
      ['3', 'A third paragraph:'],
      ['3.1', 'one bullet'],
      ['3.2', 'another bullet'],
    ]);
  });

  it('reads decimal paragraph numbers under numbered headings, and a wrapped line that starts with a number', () => {
    const s = parseSourceStructure(readFileSync('test/fixtures/init/decimal-report.txt', 'utf8'));
    expect(s.units.map((u) => u.locator)).toEqual(['1.1', '1.2', '2.1', '2.1.a', '2.1.b', '2.2', '3.1']);
    expect(s.unit('1.2')?.text).toBe('The archive holds some 3,000 boxes of records, of which about\n1,200 date from before 1900.');
    expect(s.marks.map((m) => m.text)).toEqual(['INSPECTION OF THE COUNTY ARCHIVE', '1. INTRODUCTION', '2. Findings', '3. Recommendations']);
    const wrapped = parseSourceStructure('1. The treaty was signed in\n1953. It held.\n2. Apples\n3. Pears\n');
    expect(wrapped.units.map((u) => [u.locator, u.text])).toEqual([
      ['1', 'The treaty was signed in\n1953. It held.'],
      ['2', 'Apples'],
      ['3', 'Pears'],
    ]);
  });
});
