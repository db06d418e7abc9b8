import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceStructure, SourceStructureError, suggestLocator, type SourceStructure } from '../src/io/source-structure.js';
import { findQuote, normaliseForQuote, quoteOccurrences } from '../src/io/quote.js';

const memo = readFileSync('arguments/sources/soviet-policies-1953.txt', 'utf8');
const structure = parseSourceStructure(memo);
const fixture = (name: string) => readFileSync(`test/fixtures/sources/${name}`, 'utf8');

const romans = (n: number) => ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'].slice(0, n);
const under = (parent: string, keys: string[]) => keys.map((k) => `${parent}.${k}`);
const steps = (parent: string, n: number) => under(parent, Array.from({ length: n }, (_, i) => String(i + 1)));

/** The locator scheme the project's brief fixes for the memorandum, in document order. */
const SCHEME = [
  '1', 'fn1', 'fn2', 'fn3', '2', '3',
  '3.A.i', '3.A.ii', 'fn4', '3.A.iii', '3.A.iv', '3.A.v', '3.A.v.1', 'fn5', ...steps('3.A.v', 5).slice(1),
  '4', '4.i', '4.ii', 'fn6', '4.iii', 'fn7', '4.iv', 'fn8', '5', 'fn9', '6', 'fn10', '7', '8',
  'C.1', 'C.1.i', 'C.1.ii', 'fn11', 'C.1.iii', 'fn12', 'C.1.iv', 'C.1.v', 'C.1.vi', 'C.2', 'C.3', 'fn13',
  'C.4', ...under('C.4', romans(3)), 'C.5', 'fn14', 'C.5.i', 'C.5.ii', 'C.5.iii', ...steps('C.5.iii', 3),
  ...under('C.5', romans(7).slice(3)), 'C.7', ...under('C.7', romans(4)),
  ...steps('D', 4), 'D.5', 'fn15', 'D.6', 'D.7',
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
      expect(pieces.some((p) => /footnoteRef/.test(p)), u.locator).toBe(false);
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
    expect(failure('prose.txt').message).toMatch(/^no numbered paragraphs, items or footnotes found; expected/);
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
    const r = findQuote(structure, '1', "the 19th Party Congress held in Moscow");
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
    for (const q of ['Stalin’s Death', 'a detente in international affairs', 'the generation of the Five-Year Plans - ', 'a respite, however; while', 'One of the main functions of the 19th Party Congress [1]'])
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
