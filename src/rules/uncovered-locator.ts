import type { Rule } from './rule.js';

export const uncoveredLocator: Rule = {
  meta: {
    id: 'uncovered-locator',
    severity: 'error',
    description: 'a paragraph, item or footnote of the source has no node in the map',
    docs: 'Provenance: a map of a document should account for every unit of it, footnotes included; a unit with no node is reasoning left out of the map.',
    messages: {
      uncovered: '{{unit}} of document {{document}} has no node, so its words are missing from the map.',
    },
    defaults: {},
  },
  needsSources: true,
  check(ctx) {
    const coverage = ctx.coverage();
    if (!coverage) return [];
    const docIndex = new Map((ctx.map.documents ?? []).map((d, i) => [d.id, i]));
    return coverage.uncovered.map((u) => ({
      messageId: 'uncovered',
      data: { unit: describeUnit(u.locator), document: u.document },
      nodes: [],
      at: ['documents', docIndex.get(u.document) ?? 0],
    }));
  },
};

function describeUnit(locator: string): string {
  if (/^fn\d+$/.test(locator)) return `Footnote ${locator.slice(2)}`;
  if (/^\d+$/.test(locator)) return `Paragraph ${locator}`;
  return `Unit ${locator}`;
}
