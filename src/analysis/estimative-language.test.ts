import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICD203_RANGES, LEXICON, PHIA_RANGES, lexiconEntry, matchEstimativeLanguage } from './estimative-language.js';
import { loadMap } from '../io/load.js';

const MEMO_TEXT = 'arguments/sources/soviet-policies-1953.txt';
const MEMO_MAP = 'arguments/soviet-policies-1953.yaml';

describe('estimative-language lexicon', () => {
  it('finds every estimative phrase the memorandum uses, in its own text', () => {
    const text = readFileSync(MEMO_TEXT, 'utf8');
    // A phrase counts as found when it, or a longer phrase containing it ("it seems unlikely"), matched.
    const found = matchEstimativeLanguage(text).map((m) => m.entry.phrase);
    const used = [
      'it looked as though',
      'probably',
      'may well',
      'it is quite possible',
      'there is no evidence',
      'no doubt',
      'must be presumed',
      'it would be unwise to expect',
      'seems',
      'seems unlikely',
      'there seems no reason to think',
      'could',
      'may',
      'might well',
      'appears',
      'so little is known',
      'much too soon',
      'no more than preliminary reflections',
      'obviously',
      'there are no grounds for believing',
      'more likely',
      'most likely',
      'it is not yet clear',
      'there has been no evidence',
      'there is also the possibility that',
      'can only be regarded as',
      'it has now become clear',
      'must be expected',
      'perhaps',
      'might',
      'it is also possible',
    ];
    expect(used.filter((p) => !found.some((f) => f === p || f.includes(p)))).toEqual([]);
  });
  it.runIf(existsSync(MEMO_MAP))('knows every hedge phrase the memorandum map records', () => {
    const { map } = loadMap(MEMO_MAP);
    const phrases = map.nodes.flatMap((n) => n.hedge?.phrases ?? []);
    expect(phrases.length).toBeGreaterThan(20);
    expect(phrases.filter((p) => !lexiconEntry(p))).toEqual([]);
  });
  it('matches longest first, whole words, case-insensitively, and skips the month of May', () => {
    const m = matchEstimativeLanguage('In May 1953 they may well feel it; the mayor, Probably not.');
    expect(m.map((x) => [x.text, x.start, x.entry.phrase])).toEqual([
      ['may well', 17, 'may well'],
      ['Probably not', 46, 'probably not'],
    ]);
    expect(matchEstimativeLanguage('As might, therefore, have been expected')[0]!.entry.kind).toBe('judgement-verb');
    expect(matchEstimativeLanguage('we should welcome it')).toEqual([]);
  });
  it('finds every free-text phrase however it is cased, spaced or punctuated around, and passes texts without one', () => {
    for (const entry of LEXICON.filter((e) => e.freeText !== false)) {
      const shouting = entry.phrase.toUpperCase().replace(/ /g, ' \n\t ');
      // The Kelvin sign lower-cases to "k": the matcher reads it as one, so the quick test before it must too.
      const kelvin = entry.phrase.replace(/k/g, '\u212a');
      for (const text of [`(${shouting}.)`, `Said: ${kelvin}; then more`, `${entry.phrase}`]) {
        const found = matchEstimativeLanguage(text);
        expect(found.length, text).toBeGreaterThan(0);
        expect(
          found.map((m) => m.text.length).reduce((a, b) => a + b),
          text,
        ).toBeGreaterThanOrEqual(entry.phrase.length);
      }
    }
    expect(matchEstimativeLanguage('Synthetic claim number 4 of the benchmark map')).toEqual([]);
    expect(matchEstimativeLanguage('unlikelihood, mayhem and probablyx are no phrases')).toEqual([]);
  });

  it('gives possibility words no band, as Kent did not, and maps probably onto likely on both yardsticks', () => {
    for (const e of LEXICON.filter((x) => x.kind === 'possibility')) expect([e.phrase, e.phia, e.icd203]).toEqual([e.phrase, undefined, undefined]);
    expect(lexiconEntry('Probably')).toMatchObject({ phia: 'likely', icd203: 'likely', kind: 'probability' });
    expect(lexiconEntry('there is no evidence')!.kind).toBe('absence-of-evidence');
  });
  // British usage: a parenthetical "no doubt" ("while no doubt maintaining") says "very likely" (Cambridge
  // Dictionary); "there is no doubt that" asserts certainty.
  it('reads a bare "no doubt" as highly likely and "there is no doubt" as almost certain', () => {
    expect(lexiconEntry('no doubt')).toMatchObject({ phia: 'highly likely', icd203: 'very likely', kind: 'probability' });
    expect(lexiconEntry('there is no doubt')).toMatchObject({ phia: 'almost certain', kind: 'certainty' });
  });
  it('holds the published ranges: PHIA with its deliberate gaps, ICD 203 contiguous', () => {
    expect(PHIA_RANGES.likely).toEqual({ min: 0.55, max: 0.75 });
    expect(ICD203_RANGES.unlikely).toEqual({ min: 0.2, max: 0.45 });
    const phia = Object.values(PHIA_RANGES);
    for (let i = 1; i < phia.length; i++) expect(phia[i]!.min).toBeGreaterThan(phia[i - 1]!.max);
    const icd = Object.values(ICD203_RANGES);
    for (let i = 1; i < icd.length; i++) expect(icd[i]!.min).toBe(icd[i - 1]!.max);
  });
});
