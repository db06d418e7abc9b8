/**
 * The sentences of a unit's words, for quoting one verbatim. A full stop after an initial ("M.",
 * "G.K."), a common abbreviation ("Oct.", "No.", "i.e.") or inside a number does not end a sentence.
 */

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st mt no nos vol p pp cf viz vs etc gen col lt capt maj sgt rev prof jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e approx fig para paras art'.split(' '),
);
const END = /[.!?…]["”’')\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])/gu;

/** The text's sentences, in order, each trimmed; white space inside is kept as it stands. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(END)) {
    const before = text.slice(from, m.index + 1);
    const word = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word))) continue;
    out.push(text.slice(from, m.index + m[0].length).trim());
    from = m.index + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}
