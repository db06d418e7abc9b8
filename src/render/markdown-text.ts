import { visibleText } from '../io/visible-text.js';

/**
 * Map text inside a line of a Markdown report, shown as written and never as markup: HTML (`<script>`,
 * `<img onerror>`) and entities become plain characters through `&lt;`, `&gt;` and `&amp;` (renderers that
 * allow raw HTML still show them as text), and the characters that start emphasis, code, links, images,
 * strikethrough and table cells are backslash-escaped. White space runs become one space so the text
 * stays in its table cell or list item; terminal controls are spelled out for whoever reads the raw file.
 */
export function markdownText(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const escaped = flat
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&');
  return visibleText(escaped, true);
}
