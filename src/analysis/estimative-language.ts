import type { Icd203Term, PhiaTerm } from '../model/types.js';

/**
 * The lexicon of estimative language: the words an assessment uses to say how likely, how possible or
 * how certain something is, and what each maps onto on the two published yardsticks.
 *
 * Yardsticks (ranges as published; see the tables below):
 * - UK PHIA probability yardstick (2018/19). The gaps between its bands are deliberate.
 * - US ICD 203 (2015) expressions of likelihood. ICD 203 asks analysts to keep to one row of its terms.
 *
 * Kinds of phrase:
 * - `probability`: a likelihood with a band where one fits ("probably" → likely). Comparatives ("more
 *   likely", "most likely") say which of two things is likelier, not how likely either is: no band.
 * - `possibility`: "may", "might", "could", "it is possible". Sherman Kent ("Words of Estimative
 *   Probability", 1964) left "possible" off his scale because it says only that the chance is not zero;
 *   these phrases therefore get no band, deliberately, rather than an invented one.
 * - `certainty`: rhetorical certainty ("obviously", "there is no doubt that"): read as almost certain on both scales.
 * - `absence-of-evidence`: "there is no evidence", "no grounds for believing". Not a probability: a
 *   statement that a search found nothing, which ACH treats as an item of evidence in its own right.
 * - `caveat`: limits on the whole judgement ("so little is known", "much too soon").
 * - `judgement-verb`: verbs that mark an inference from appearances or an assumption ("seems",
 *   "appears", "must be presumed"). They hedge but carry no band of their own.
 *
 * Coverage: every estimative phrase of "Soviet Policies after Stalin's Death" (1953), its annexes and
 * footnotes, plus the yardsticks' own terms. "should" is left out on purpose: in the memorandum it is
 * as often a recommendation ("we should welcome") as an expectation ("should have little effect"), and
 * a word-level matcher cannot tell them apart.
 */

export type EstimativeKind = 'probability' | 'possibility' | 'absence-of-evidence' | 'certainty' | 'caveat' | 'judgement-verb';

export interface LexiconEntry {
  phrase: string;
  phia?: PhiaTerm;
  icd203?: Icd203Term;
  kind: EstimativeKind;
  /** Why the phrase maps as it does, where that is not obvious. */
  note?: string;
  /**
   * False for words too ambiguous to find in running text ("should" is as often advice as
   * expectation); they are still known when a map records them as a hedge's phrase.
   */
  freeText?: false;
  /** True for a comparative ("more likely than"): it ranks alternatives, so no band ever fits it. */
  comparative?: true;
}

/** A probability range as published, in [0, 1]. */
export interface Range {
  min: number;
  max: number;
}

/** UK PHIA probability yardstick (2018/19): term → published range. */
export const PHIA_RANGES: Readonly<Record<PhiaTerm, Range>> = {
  'remote chance': { min: 0, max: 0.05 },
  'highly unlikely': { min: 0.1, max: 0.2 },
  unlikely: { min: 0.25, max: 0.35 },
  'realistic possibility': { min: 0.4, max: 0.5 },
  likely: { min: 0.55, max: 0.75 },
  'highly likely': { min: 0.8, max: 0.9 },
  'almost certain': { min: 0.95, max: 1 },
};

/** US ICD 203 (2015) expressions of likelihood: term → published range. */
export const ICD203_RANGES: Readonly<Record<Icd203Term, Range>> = {
  'almost no chance': { min: 0.01, max: 0.05 },
  'very unlikely': { min: 0.05, max: 0.2 },
  unlikely: { min: 0.2, max: 0.45 },
  'roughly even chance': { min: 0.45, max: 0.55 },
  likely: { min: 0.55, max: 0.8 },
  'very likely': { min: 0.8, max: 0.95 },
  'almost certain': { min: 0.95, max: 0.99 },
};

const KENT = "Kent left 'possible' off his scale: it says the chance is not zero, nothing more";
const COMPARATIVE = 'a comparative: it ranks alternatives and gives no absolute likelihood';
const APPEARANCE = 'marks an inference from appearances; it hedges but names no likelihood';

/** The lexicon. Order does not matter: the matcher always prefers the longest phrase at a position. */
export const LEXICON: readonly LexiconEntry[] = [
  // Probability, with the yardsticks' own terms and their synonyms.
  { phrase: 'almost certain', phia: 'almost certain', icd203: 'almost certain', kind: 'probability' },
  { phrase: 'almost certainly', phia: 'almost certain', icd203: 'almost certain', kind: 'probability' },
  { phrase: 'nearly certain', phia: 'almost certain', icd203: 'almost certain', kind: 'probability' },
  { phrase: 'highly likely', phia: 'highly likely', icd203: 'very likely', kind: 'probability' },
  { phrase: 'very likely', phia: 'highly likely', icd203: 'very likely', kind: 'probability' },
  { phrase: 'highly probable', phia: 'highly likely', icd203: 'very likely', kind: 'probability' },
  { phrase: 'likely', phia: 'likely', icd203: 'likely', kind: 'probability' },
  { phrase: 'probably', phia: 'likely', icd203: 'likely', kind: 'probability' },
  { phrase: 'probable', phia: 'likely', icd203: 'likely', kind: 'probability' },
  { phrase: 'will probably', phia: 'likely', icd203: 'likely', kind: 'probability' },
  {
    phrase: 'realistic possibility',
    phia: 'realistic possibility',
    icd203: 'roughly even chance',
    kind: 'probability',
    note: 'PHIA 40–50 % overlaps ICD 203 roughly even chance 45–55 %',
  },
  { phrase: 'roughly even chance', phia: 'realistic possibility', icd203: 'roughly even chance', kind: 'probability' },
  { phrase: 'roughly even odds', phia: 'realistic possibility', icd203: 'roughly even chance', kind: 'probability' },
  { phrase: 'chances about even', phia: 'realistic possibility', icd203: 'roughly even chance', kind: 'probability', note: "Kent's 50 % (± 10)" },
  { phrase: 'unlikely', phia: 'unlikely', icd203: 'unlikely', kind: 'probability' },
  { phrase: 'improbable', phia: 'unlikely', icd203: 'unlikely', kind: 'probability' },
  { phrase: 'probably not', phia: 'unlikely', icd203: 'unlikely', kind: 'probability', note: "Kent's 30 % (± 10)" },
  { phrase: 'seems unlikely', phia: 'unlikely', icd203: 'unlikely', kind: 'probability', note: "'seems' softens but does not move the band" },
  { phrase: 'it seems unlikely', phia: 'unlikely', icd203: 'unlikely', kind: 'probability' },
  {
    phrase: 'seems in itself sufficient reason to preclude',
    phia: 'highly likely',
    icd203: 'very likely',
    kind: 'probability',
    note: "a judgement that would rule the contrary out ('preclude') softened by 'seems': short of certainty; unlike 'seems unlikely', whose band is already an estimate that 'seems' leaves where it is",
  },
  { phrase: 'highly unlikely', phia: 'highly unlikely', icd203: 'very unlikely', kind: 'probability' },
  { phrase: 'very unlikely', phia: 'highly unlikely', icd203: 'very unlikely', kind: 'probability' },
  { phrase: 'highly improbable', phia: 'highly unlikely', icd203: 'very unlikely', kind: 'probability' },
  { phrase: 'almost certainly not', phia: 'remote chance', icd203: 'almost no chance', kind: 'probability', note: "Kent's 7 % (± 5)" },
  { phrase: 'remote chance', phia: 'remote chance', icd203: 'almost no chance', kind: 'probability' },
  { phrase: 'almost no chance', phia: 'remote chance', icd203: 'almost no chance', kind: 'probability' },
  { phrase: 'must be expected', phia: 'highly likely', icd203: 'very likely', kind: 'probability', note: "'must' makes a strong expectation, short of certainty" },
  {
    phrase: 'it would be unwise to expect',
    phia: 'unlikely',
    icd203: 'unlikely',
    kind: 'probability',
    note: 'litotes: calling it unwise to expect X judges X unlikely',
  },
  {
    phrase: 'should',
    phia: 'likely',
    icd203: 'likely',
    kind: 'probability',
    freeText: false,
    note: "'should' of expectation ('should have little effect'); in running text it is as often advice, so it is only read where a map records it",
  },
  { phrase: 'it would be unwise to', kind: 'caveat', note: 'a warning against a reading; the band depends on what follows' },
  { phrase: 'more likely', kind: 'probability', comparative: true, note: COMPARATIVE },
  { phrase: 'most likely', kind: 'probability', comparative: true, note: COMPARATIVE },
  { phrase: 'is more likely to', kind: 'probability', comparative: true, note: COMPARATIVE },
  // Possibility: no band (Kent).
  { phrase: 'may', kind: 'possibility', note: KENT },
  { phrase: 'may well', kind: 'possibility', note: `stronger than 'may', but ${KENT}` },
  { phrase: 'may have', kind: 'possibility', note: KENT },
  { phrase: 'might', kind: 'possibility', note: KENT },
  { phrase: 'might well', kind: 'possibility', note: `stronger than 'might', but ${KENT}` },
  { phrase: 'could', kind: 'possibility', note: KENT },
  { phrase: 'possible', kind: 'possibility', note: KENT },
  { phrase: 'possibly', kind: 'possibility', note: KENT },
  { phrase: 'perhaps', kind: 'possibility', note: KENT },
  { phrase: 'it is possible', kind: 'possibility', note: KENT },
  { phrase: 'it is also possible', kind: 'possibility', note: KENT },
  { phrase: 'it is quite possible', kind: 'possibility', note: `'quite' adds emphasis, not a band; ${KENT}` },
  { phrase: 'the possibility that', kind: 'possibility', note: KENT },
  { phrase: 'there is also the possibility that', kind: 'possibility', note: KENT },
  { phrase: 'suggested the possibility of', kind: 'possibility', note: KENT },
  { phrase: 'suggested the possibility', kind: 'possibility', note: KENT },
  { phrase: 'there is also the possibility', kind: 'possibility', note: KENT },
  { phrase: 'may indeed', kind: 'possibility', note: KENT },
  { phrase: 'may calculate', kind: 'possibility', note: KENT },
  { phrase: 'may try', kind: 'possibility', note: KENT },
  { phrase: 'does not preclude', kind: 'possibility', note: `leaves a possibility open; ${KENT}` },
  // Certainty, mostly rhetorical.
  // A bare "no doubt" is the parenthetical of British usage ("while no doubt maintaining"): "very likely"
  // (Cambridge Dictionary), weaker than the flat "there is no doubt that".
  { phrase: 'no doubt', phia: 'highly likely', icd203: 'very likely', kind: 'probability', note: 'parenthetical: very likely' },
  { phrase: 'there is no doubt', phia: 'almost certain', icd203: 'almost certain', kind: 'certainty', note: 'rhetorical certainty' },
  { phrase: 'obviously', phia: 'almost certain', icd203: 'almost certain', kind: 'certainty', note: 'rhetorical certainty' },
  { phrase: 'obvious', phia: 'almost certain', icd203: 'almost certain', kind: 'certainty', note: 'rhetorical certainty' },
  { phrase: 'clearly', phia: 'almost certain', icd203: 'almost certain', kind: 'certainty', note: 'rhetorical certainty' },
  { phrase: 'it has now become clear', phia: 'almost certain', icd203: 'almost certain', kind: 'certainty' },
  { phrase: 'certainly', phia: 'almost certain', icd203: 'almost certain', kind: 'certainty' },
  { phrase: 'undoubtedly', phia: 'almost certain', icd203: 'almost certain', kind: 'certainty' },
  { phrase: 'can only be regarded as', phia: 'almost certain', icd203: 'almost certain', kind: 'certainty' },
  { phrase: 'can only be regarded', phia: 'almost certain', icd203: 'almost certain', kind: 'certainty', note: 'excludes any other reading' },
  // Absence of evidence.
  { phrase: 'there is no evidence', kind: 'absence-of-evidence' },
  { phrase: 'there has been no evidence', kind: 'absence-of-evidence' },
  { phrase: 'no evidence', kind: 'absence-of-evidence' },
  { phrase: 'in the absence of strong evidence', kind: 'absence-of-evidence' },
  { phrase: 'in the absence of', kind: 'absence-of-evidence' },
  { phrase: 'in the absence of strong evidence to the contrary', kind: 'absence-of-evidence' },
  { phrase: 'there are no grounds for believing', kind: 'absence-of-evidence' },
  { phrase: 'there can at present be no grounds for believing', kind: 'absence-of-evidence' },
  { phrase: 'no grounds for believing', kind: 'absence-of-evidence' },
  { phrase: 'there seems no reason to think', kind: 'absence-of-evidence', note: 'no reason found to expect the contrary' },
  { phrase: 'no reason to think', kind: 'absence-of-evidence' },
  // Caveats on the whole judgement.
  { phrase: 'so little is known', kind: 'caveat' },
  { phrase: 'much too soon', kind: 'caveat' },
  { phrase: 'it is much too soon', kind: 'caveat' },
  { phrase: 'too soon to', kind: 'caveat' },
  { phrase: 'no more than preliminary reflections', kind: 'caveat' },
  { phrase: 'preliminary', kind: 'caveat' },
  { phrase: 'it is not yet clear', kind: 'caveat' },
  { phrase: 'not yet clear', kind: 'caveat' },
  { phrase: 'it is not yet possible', kind: 'caveat' },
  { phrase: 'speculate', kind: 'caveat' },
  { phrase: 'keep an open mind', kind: 'caveat' },
  { phrase: 'it would be wise to keep an open mind', kind: 'caveat' },
  { phrase: 'not yet possible to do more than speculate', kind: 'caveat' },
  { phrase: 'we cannot assume', kind: 'caveat' },
  { phrase: 'very tentative', kind: 'caveat' },
  { phrase: 'though even here', kind: 'caveat', note: 'concedes a limit to the judgement that follows' },
  // Judgement verbs.
  { phrase: 'it looked as though', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'seems', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'seem', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'seems to have been', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'it seems legitimate to', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'appears', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'appear', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'apparently', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'suggest', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'suggests', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'suggested', kind: 'judgement-verb', note: APPEARANCE },
  { phrase: 'as might, therefore, have been expected', kind: 'judgement-verb', note: 'presents the outcome as what the author foresaw; no band' },
  { phrase: 'as might have been expected', kind: 'judgement-verb', note: 'presents the outcome as what the author foresaw; no band' },
  { phrase: 'we should be wise to assume', kind: 'judgement-verb', note: 'a stated assumption (ICD 203: tell assumptions from judgements)' },
  { phrase: 'must be presumed', kind: 'judgement-verb', note: 'an assumption held until evidence displaces it (ICD 203: tell assumptions from judgements)' },
  { phrase: 'we believe', kind: 'judgement-verb' },
  { phrase: 'we judge', kind: 'judgement-verb' },
  { phrase: 'we assess', kind: 'judgement-verb' },
  { phrase: 'we estimate', kind: 'judgement-verb' },
];

export interface EstimativeMatch {
  entry: LexiconEntry;
  /** The words as they stand in the text. */
  text: string;
  start: number;
  end: number;
}

const byPhrase = new Map(LEXICON.map((e) => [e.phrase, e]));

/** Looks a phrase up, ignoring case and spacing. */
export function lexiconEntry(phrase: string): LexiconEntry | undefined {
  return byPhrase.get(phrase.toLowerCase().replace(/\s+/g, ' ').trim());
}

interface Candidate {
  entry: LexiconEntry;
  words: string[];
  /** What stands between consecutive words in the phrase (a space, or ", "), white space collapsed. */
  gaps: string[];
}

// Phrases by their first word, longest first, so the matcher tries "may well" before "may".
const BY_FIRST_WORD = new Map<string, Candidate[]>();
for (const entry of LEXICON) {
  if (entry.freeText === false) continue;
  const words = [...entry.phrase.matchAll(/[\p{L}\p{N}]+/gu)];
  const gaps = words.slice(1).map((w, k) => entry.phrase.slice(words[k]!.index + words[k]![0].length, w.index));
  const list = BY_FIRST_WORD.get(words[0]![0]) ?? [];
  list.push({ entry, words: words.map((w) => w[0]), gaps });
  BY_FIRST_WORD.set(words[0]![0], list);
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length || b.entry.phrase.length - a.entry.phrase.length);

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Whether a text can hold a phrase at all: every free-text phrase as its words with any non-word run
 * between them, whole words, case folded. It finds whatever the matcher finds (and a little more), and
 * turns away a text with none in one native pass: most texts of a large map hold no estimative words,
 * and splitting each into words first was half of the phrase search on a million-node map.
 */
const MAYBE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...BY_FIRST_WORD.values()]
    .flat()
    .map((c) => c.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

const gapOf = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Every estimative phrase in `text`, left to right, the longest at each position; case-insensitive,
 * whole words only, words of a phrase separated by white space (or the phrase's own punctuation). "May" next to a numeral is the month
 * and is skipped. Works word by word with a first-word index rather than one large regular
 * expression: on 100k-node maps the alternation of every phrase, tried at every character, was the
 * slowest part of `argmap check`.
 */
export function matchEstimativeLanguage(text: string): EstimativeMatch[] {
  const out: EstimativeMatch[] = [];
  if (!MAYBE.test(text)) return out;
  const words: { lower: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) words.push({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  for (let i = 0; i < words.length;) {
    const first = words[i]!;
    let found: Candidate | undefined;
    for (const c of BY_FIRST_WORD.get(first.lower) ?? []) {
      if (i + c.words.length > words.length) continue;
      let ok = true;
      for (let k = 1; ok && k < c.words.length; k++) {
        const w = words[i + k]!;
        ok = w.lower === c.words[k] && gapOf(text.slice(words[i + k - 1]!.end, w.start)) === c.gaps[k - 1];
      }
      if (ok) {
        found = c;
        break;
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const start = first.start;
    const end = words[i + found.words.length - 1]!.end;
    const shown = text.slice(start, end);
    i += found.words.length;
    if (shown === 'May' && isMonth(text, start, end)) continue;
    out.push({ entry: found.entry, text: shown, start, end });
  }
  return out;
}

function isMonth(text: string, start: number, end: number): boolean {
  return /^\s*\d/.test(text.slice(end, end + 4)) || /\d\s*$/.test(text.slice(Math.max(0, start - 4), start));
}

/** The probability range a band term stands for on its yardstick. */
export function bandRange(yardstick: 'PHIA' | 'ICD203', term: string): Range | undefined {
  return yardstick === 'PHIA' ? PHIA_RANGES[term as PhiaTerm] : ICD203_RANGES[term as Icd203Term];
}
