/**
 * Text from a map on its way to a terminal or a plain-text report. A label may hold bytes a terminal
 * obeys rather than shows: ESC starts CSI sequences (clear the screen, hide text, move the cursor) and
 * OSC ones (ESC ] 52 writes the clipboard), a lone CR overwrites the line, C1 controls are 8-bit forms of
 * the same, and the bidirectional overrides (U+202A–U+202E, U+2066–U+2069) reorder what is shown so a
 * reviewer reads something else than the bytes say. Each becomes its escape, written out (`\x1b`,
 * `\u202e`), so the reader sees that it is there and nothing acts on it.
 */

// C0 except tab and line feed, DEL, C1, the bidi embeddings, overrides and isolates.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// The same with line feed, for text that must stay on its line.
const CONTROL_OR_NEWLINE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function spelled(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Map text made inert for a terminal: controls and bidi overrides spelled out. Line feeds stay unless
 * `oneLine`, where they are spelled out too, so a label cannot start a line of its own (a forged finding).
 */
export function visibleText(text: string, oneLine = false): string {
  return text.replace(oneLine ? CONTROL_OR_NEWLINE : CONTROL, spelled);
}

// What JSON.stringify leaves raw of the above: it escapes C0 already.
const JSON_RAW_CONTROL = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** JSON text with the controls JSON.stringify leaves raw written as `\uXXXX`: the same value, inert on a terminal. */
export function visibleJson(json: string): string {
  return json.replace(JSON_RAW_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
