import { describe, expect, it } from 'vitest';
import { harbourFindings } from './fixtures/harbour.js';
import { findings, mapYaml } from './fixtures/run.js';

describe('quote-not-in-source', () => {
  it('reports a quote moved to the wrong paragraph, saying where the words really are', () => {
    const f = harbourFindings('quote-not-in-source', (y) =>
      y.replace(
        "source: { locator: '3', quote: there is no evidence of naval vessels in the area }",
        "source: { locator: '2', quote: there is no evidence of naval vessels in the area }",
      ),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual(['no-navy']);
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.message).toBe(
      'no-navy ("No evidence of naval vessels in the area") quotes "there is no evidence of naval vessels in the area" at 2 of document report, but those words are not there; the words stand at 3 instead.',
    );
  });
  it('reports a locator the text does not have, and a misquotation', () => {
    const f = harbourFindings('quote-not-in-source', (y) =>
      y
        .replace("source: { locator: '4', quote: look for the quay closing on or about 8 March }", "source: { locator: '9', quote: look for the quay closing on or about 8 March }")
        .replace('quote: the quay would close for repairs a week after the night shifts began', 'quote: the quay would shut for repairs a week after the night shifts began'),
    );
    expect(f.map((x) => x.nodes[0])).toEqual(['closure-announced', 'closes-8-march']);
    expect(f[1]!.message).toContain('points at "9", which document report does not have');
  });
  it('is silent on the example map as written, and skips maps without documents', () => {
    expect(harbourFindings('quote-not-in-source')).toEqual([]);
    expect(findings('quote-not-in-source', mapYaml({ nodes: ["{ id: a, kind: claim, text: A, source: { locator: '1', quote: Not checked } }"] }))).toEqual([]);
  });
});
