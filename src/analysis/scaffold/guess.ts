/**
 * A first guess at what a unit of a text is: a recommendation is a `conclusion`, words on the
 * estimative lexicon make a `claim` (with its phrases and the band the lexicon gives them), a
 * statement that there is no evidence is `evidence` carrying that phrase, a footnote is a `source`,
 * anything else `evidence`. Every guess goes to a person for review.
 */
import type { Band, Hedge, NodeKind } from '../../model/types.js';
import { matchEstimativeLanguage } from '../estimative-language.js';

export type Yardstick = Band['yardstick'];

// "should" and "must" advise when someone is told to act; "must be expected" and "should have
// little effect" are expectations, which the lexicon's judgement words cover instead, and "in the
// interests of both that the alliance should continue" is a wish, not advice.
const RECOMMENDATION =
  /(?:(?<!\bthat\s+)\b(?:[Ww]e|HMG|[Tt]he\s+[\p{L}-]+|[Ii]t|[Tt]hey|[Yy]ou|\p{Lu}[\p{L}-]+)\s+(?:should|must|ought\s+to)(?!\s+(?:be\s+(?:expected|presumed|assumed|wise)|have\b|not\s+be\s+expected))|\b[Ii]t\s+is\s+recommended\b|\b[Ww]e\s+recommend\b|\brecommends?\s+that\b)/u;
const ICD_ONLY = /\b(?:roughly even chance|very likely|very unlikely|almost no chance)\b/i;

/** The yardstick a text's own words lean to: ICD 203 when it uses terms only ICD 203 has, else PHIA. */
export function yardstickOf(text: string): Yardstick {
  return ICD_ONLY.test(text) ? 'ICD203' : 'PHIA';
}

export interface Guess {
  kind: NodeKind;
  hedge?: Hedge;
}

export function isRecommendation(text: string): boolean {
  return RECOMMENDATION.test(text);
}

/** The guessed kind and hedge of words from a paragraph or item (`footnote` for a note's words). */
export function guessKind(words: string, footnote: boolean, yardstick: Yardstick): Guess {
  if (footnote) return { kind: 'source' };
  if (isRecommendation(words)) return { kind: 'conclusion' };
  const matches = matchEstimativeLanguage(words);
  if (matches.length === 0) return { kind: 'evidence' };
  const phrases = [...new Set(matches.map((m) => m.text))];
  const hedge: Hedge = { phrases };
  for (const m of matches) {
    const term = yardstick === 'PHIA' ? m.entry.phia : m.entry.icd203;
    if (term === undefined) continue;
    hedge.band = yardstick === 'PHIA' ? { yardstick, term: m.entry.phia! } : { yardstick, term: m.entry.icd203! };
    break;
  }
  const absence = matches.every((m) => m.entry.kind === 'absence-of-evidence');
  return { kind: absence ? 'evidence' : 'claim', hedge };
}
