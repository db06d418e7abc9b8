/*
 * Counted words in every message, report and page: one rule, so that "1 step", "2 hypotheses" and
 * "3 evidence" read the same from the CLI, the drawings and the explorer (whose browser script may
 * import only pure modules such as this one).
 */

/** Words of the field that take no plural ending: "3 evidence", as the drawings count items of it. */
const UNCOUNTED = new Set(['evidence']);

/** `word` as said of `n` things: hypothesis → hypotheses, thesis → theses, step → steps. */
export function pluralWord(word: string, n: number): string {
  if (n === 1 || UNCOUNTED.has(word)) return word;
  // Greek plurals of the field's words: hypothesis → hypotheses, thesis → theses.
  if (word.endsWith('is')) return `${word.slice(0, -2)}es`;
  return /(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`;
}

/** `n` and the word, counted: "1 step", "2 steps", "0 hypotheses". */
export function plural(n: number, word: string): string {
  return `${n} ${pluralWord(word, n)}`;
}
