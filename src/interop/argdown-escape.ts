/**
 * Escaping for text written into Argdown, so Argdown's lexer reads back exactly the words given.
 *
 * Argdown gives meaning to many characters inside a line: `[` and `<` open titles and links, `#` a tag,
 * `*` and `_` emphasis, `{` a data block, `//`, `/*` and `<!--` comments, `.x.` and `:x:` shortcodes
 * (`.A.` becomes ∀), `===` front matter. A backslash makes any character plain. Only what Argdown would
 * read differently is escaped, so the file stays readable.
 */
import argdownCore from '@argdown/core';

const SHORTCODES = new Set(Object.keys(argdownCore.shortcodes));
// Argdown's own pattern for a shortcode token, anchored at one position.
const SHORTCODE = /(?:\.[^\s]+?\.[ \t]?)|(?::[^\s]+?:[ \t]?)/y;
/** Characters that end a run of plain text in Argdown's lexer: each starts a token of its own. */
const CONTROL = /[\\@#*_[\],.:;</>\-(){}]/;

/**
 * Text of a statement, an argument description or a heading, on one line. White space runs are kept
 * only where Argdown keeps them: a line break becomes a space.
 */
export function escapeText(text: string, inInference = false): string {
  const s = text.replace(/\r\n?|\n/g, ' ');
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    if (!CONTROL.test(c) && c !== '=') {
      out += c;
      i++;
      continue;
    }
    if (c === '.' || c === ':') {
      SHORTCODE.lastIndex = i;
      const m = SHORTCODE.exec(s);
      if (m && !SHORTCODES.has(m[0].trim()) && s[i + m[0].length] !== ' ') {
        // An unknown shortcode stays as written: copy the whole token so scanning resumes where Argdown's does.
        out += m[0];
        i += m[0].length;
        continue;
      }
      if (m) {
        out += `\\${c}`;
        i++;
        continue;
      }
    }
    const next = s[i + 1];
    const escape =
      '\\[<#*_{'.includes(c) ||
      (c === '/' && (next === '/' || next === '*')) ||
      (c === '=' && s.startsWith('===', i)) ||
      (inInference && (c === ',' || (c === '-' && next === '-')));
    // A control character takes at most one following space with it and Argdown skips the rest, so
    // one followed by two spaces is escaped (an escaped character keeps every space after it).
    const spaces = /^ {2,}/.test(s.slice(i + 1));
    out += escape || spaces ? `\\${c}` : c;
    i++;
  }
  return out;
}

/**
 * A value as a one-line JSON data block (`{…}`) or front-matter value that Argdown's data and front-matter
 * patterns read whole: inside strings, braces and `=` (a `}` followed by a space ends a data block, `===`
 * ends front matter) and the characters YAML refuses raw become `\u` escapes, which YAML reads back.
 */
export function argdownJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/"(?:[^"\\]|\\.)*"/g, (s) =>
    s.replace(/[{}=\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}
