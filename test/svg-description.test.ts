import { describe, expect, it } from 'vitest';
import { loadMapText } from '../src/io/load.js';
import { renderSvg } from '../src/render/render.js';

// The drawing's <desc> is what a screen reader says of it: its counts must read as English, one or many.
const ONE_STEP = `
title: Should the allotment society buy a second water tank?
nodes:
  - { id: buy-tank, kind: conclusion, text: 'Buy a second water tank before the summer' }
  - { id: dry-summers, kind: evidence, text: 'The last three summers each had a hosepipe ban' }
  - { id: tank-price, kind: evidence, text: 'A 1,000 litre tank costs 180 pounds' }
inferences:
  - { id: i-buy, premises: [dry-summers, tank-price], conclusion: buy-tank }
`;

const description = (svg: string): string => /<desc id="map-desc">([^<]*)<\/desc>/.exec(svg)![1]!;

describe('the description of a drawing', () => {
  it('says "1 inference", not "1 inferences", for a map with one linked step', async () => {
    const { svg } = await renderSvg(loadMapText(ONE_STEP, 'one-step.yaml'));
    // Two premises meet at one junction: three lines, two into it and one out to the conclusion.
    expect(description(svg)).toMatch(/^Argument map: 3 nodes, 1 inference and 3 links\. /);
  });

  it('says "1 node" for a map of one node', async () => {
    const { svg } = await renderSvg(loadMapText(ONE_STEP.replace(/ {2}- \{ id: (dry|tank)[^\n]*\n/g, '').replace(/inferences:\n.*\n/, ''), 'alone.yaml'));
    expect(description(svg)).toMatch(/^Argument map: 1 node, 0 inferences and 0 links\. /);
  });
});
