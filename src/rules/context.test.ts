import { describe, expect, it } from 'vitest';
import { shortText } from './context.js';

describe('shortText', () => {
  it('collapses any run of white space to one space and trims, as a label needs, and cuts long text with an ellipsis', () => {
    const cases: [string, string][] = [
      ['One line, single spaces', 'One line, single spaces'],
      ['  leading and trailing  ', 'leading and trailing'],
      [' lead', 'lead'],
      ['trail ', 'trail'],
      ['two  spaces', 'two spaces'],
      ['tab\there', 'tab here'],
      ['line\nbreak \r\n and\u00a0no-break\u2003em', 'line break and no-break em'],
      ['', ''],
    ];
    for (const [text, label] of cases) expect(shortText(text), JSON.stringify(text)).toBe(label);
    expect(shortText('x'.repeat(59) + '  y')).toBe('x'.repeat(59) + '…');
    expect(shortText('word '.repeat(20), 12)).toBe('word word w…');
  });
});
