import { describe, expect, it } from 'vitest';
import { harbourFindings } from './fixtures/harbour.js';

describe('uncovered-locator', () => {
  it('reports a paragraph no node stands at, located at the document entry', () => {
    // The recommendation and the prediction are the only nodes at paragraph 4; move both elsewhere.
    const f = harbourFindings('uncovered-locator', (y) =>
      y
        .replace("source: { locator: '4', quote: look for the quay closing on or about 8 March }", "source: { locator: '3', quote: The build-up is probably a stockpile }")
        .replace(
          "source: { locator: '4', quote: We recommend that watchers look for the quay closing on or about 8 March. }",
          "source: { locator: '3', quote: The build-up is probably a stockpile }",
        ),
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.nodes).toEqual([]);
    expect(f[0]!.message).toBe('Paragraph 4 of document report has no node, so its words are missing from the map.');
    expect(f[0]!.location).toEqual({ file: 'arguments/examples/harbour.yaml', line: 7, column: 5 });
  });
  it('is silent when every paragraph has a node', () => {
    expect(harbourFindings('uncovered-locator')).toEqual([]);
  });
});
