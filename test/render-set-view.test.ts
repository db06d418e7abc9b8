import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { loadMap, loadMapText, type LoadedMap } from '../src/io/load.js';
import { renderSvg } from '../src/render/render.js';
import { RATING_STYLES } from '../src/render/style.js';

const EXAMPLE = 'arguments/examples/harbour.yaml';
const MEMO = 'arguments/soviet-policies-1953.yaml';

const CASES: { file: string; set: string }[] = [{ file: EXAMPLE, set: 'purpose' }, ...(existsSync(MEMO) ? [{ file: MEMO, set: 'change-or-retreat' }] : [])];

/** Attribute sets of every `<g class="edge" …>` of the drawing. */
function edgeGroups(svg: string): Record<string, string>[] {
  return [...svg.matchAll(/<g class="edge"([^>]*)>/g)].map((m) => Object.fromEntries([...m[1]!.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
}

/** The ratings the view should draw, from the map (not from the SVG under test). */
function expectedRatings(loaded: LoadedMap, set: string): string[] {
  const s = loaded.map.hypothesisSets!.find((x) => x.id === set)!;
  return s
    .ratings!.filter((r) => r.rating !== 'N' && r.rating !== 'NA')
    .map((r) => `${r.evidence} ${r.rating} ${r.hypothesis}`)
    .sort();
}

// The labels' geometry in Chromium is checked in render-browser.test.ts, beside the other drawing checks.
/** Hypotheses side by side at the top (one top edge), left to right in the set's order; their corners. */
function expectRow(svg: string, hypotheses: string[]): { x: number; y: number }[] {
  const top = hypotheses.map((h) => {
    const m = new RegExp(`data-id="${h}" data-kind="hypothesis"[^]*?class="shape" d="M([\\d.]+),([\\d.]+)`).exec(svg)!;
    return { x: Number(m[1]), y: Number(m[2]) };
  });
  expect(new Set(top.map((t) => t.y)).size, hypotheses.join(' ')).toBe(1);
  expect(top.map((t) => t.x)).toEqual([...top.map((t) => t.x)].sort((a, b) => a - b));
  return top;
}

const ALL_SETS = [EXAMPLE, ...(existsSync(MEMO) ? [MEMO] : [])].flatMap((file) => (loadMap(file).map.hypothesisSets ?? []).map((s) => ({ file, set: s.id })));

// Two parts joined by nothing, a step of support and relations between hypotheses: each once broke the row.
const AWKWARD = `title: Awkward set
nodes:
  - { id: h1, kind: hypothesis, text: First }
  - { id: h2, kind: hypothesis, text: "Second, with a label long enough to wrap over three lines of the box" }
  - { id: h3, kind: hypothesis, text: Third }
  - { id: h4, kind: hypothesis, text: Fourth }
  - { id: e1, kind: evidence, text: Evidence one }
  - { id: e2, kind: evidence, text: Evidence two }
  - { id: e3, kind: evidence, text: Evidence three }
inferences:
  - { id: i1, premises: [h1], conclusion: h2 }
  - { id: i2, premises: [e3], conclusion: e2 }
relations:
  - { type: contradicts, from: h1, to: h3 }
  - { type: contradicts, from: h2, to: h3 }
  - { type: attacks, from: h4, to: h1 }
hypothesisSets:
  - id: s
    question: Which?
    hypotheses: [h1, h2, h3, h4]
    evidence: [e1, e2, e3]
    ratings:
      - { evidence: e1, hypothesis: h1, rating: CC }
      - { evidence: e1, hypothesis: h2, rating: II }
      - { evidence: e2, hypothesis: h3, rating: C }
      - { evidence: e3, hypothesis: h4, rating: I }
      - { evidence: e2, hypothesis: h4, rating: N }
`;

describe('hypothesis-set view draws the ACH ratings', () => {
  it('keeps the row when the view falls into parts and hypotheses support or contradict one another', async () => {
    const loaded = loadMapText(AWKWARD, 'awkward.yaml');
    const { svg } = await renderSvg(loaded, { hypothesisSet: 's' });
    const top = expectRow(svg, ['h1', 'h2', 'h3', 'h4']);
    // The links among hypotheses are still drawn, as brackets over the row.
    const among = edgeGroups(svg)
      .filter((e) => e['data-type'] !== 'rating')
      .map((e) => `${e['data-from']} ${e['data-type']} ${e['data-to']}`)
      .sort();
    expect(among).toEqual(['e3 support e2', 'h1 contradicts h3', 'h1 support h2', 'h2 contradicts h3', 'h4 attacks h1']);
    const brackets = [...svg.matchAll(/<g class="edge" data-type="(?:contradicts|attacks|support)" data-from="h\d"[^]*?<path d="M([\d.]+),([\d.]+)L[\d.]+,([\d.]+)/g)];
    expect(brackets).toHaveLength(4);
    for (const m of brackets) {
      expect(Number(m[2])).toBe(top[0]!.y);
      expect(Number(m[3])).toBeLessThan(top[0]!.y);
    }
    expect(
      edgeGroups(svg)
        .filter((e) => e['data-type'] === 'rating')
        .map((e) => `${e['data-from']} ${e['data-rating']} ${e['data-to']}`)
        .sort(),
    ).toEqual(expectedRatings(loaded, 's'));
  });

  it('keeps the hypotheses of every set of both maps in one row, in the set order, whatever their heights', async () => {
    for (const { file, set } of ALL_SETS) {
      const loaded = loadMap(file);
      const { svg } = await renderSvg(loaded, { hypothesisSet: set });
      expectRow(svg, loaded.map.hypothesisSets!.find((x) => x.id === set)!.hypotheses);
      expect(
        edgeGroups(svg)
          .filter((e) => e['data-type'] === 'rating')
          .map((e) => `${e['data-from']} ${e['data-rating']} ${e['data-to']}`)
          .sort(),
        set,
      ).toEqual(expectedRatings(loaded, set));
    }
  });

  for (const { file, set } of CASES) {
    it(`${file} set ${set}: one edge per C/CC/I/II rating, none for N/NA, hypotheses in one row, legend`, async () => {
      const loaded = loadMap(file);
      const [{ svg }, again] = await Promise.all([renderSvg(loaded, { hypothesisSet: set }), renderSvg(loaded, { hypothesisSet: set })]);
      expect(svg).toBe(again.svg);
      const edges = edgeGroups(svg);
      for (const e of edges) expect(e['data-type'] && e['data-from'] && e['data-to'], JSON.stringify(e)).toBeTruthy();
      const rated = edges.filter((e) => e['data-type'] === 'rating');
      expect(rated.map((e) => `${e['data-from']} ${e['data-rating']} ${e['data-to']}`).sort()).toEqual(expectedRatings(loaded, set));
      const s = loaded.map.hypothesisSets!.find((x) => x.id === set)!;
      expect(s.ratings!.some((r) => r.rating === 'N')).toBe(true);

      const top = expectRow(svg, s.hypotheses);
      const ys = [...svg.matchAll(/<g class="node" data-id="[^"]*" data-kind="(?!hypothesis)[^]*?class="shape" (?:x="[\d.]+" y="([\d.]+)"|d="M[\d.]+,([\d.]+))/g)].map((m) =>
        Number(m[1] ?? m[2]),
      );
      expect(ys.length).toBeGreaterThan(s.hypotheses.length);
      for (const y of ys) expect(y).toBeGreaterThan(top[0]!.y);

      // The legend names the rating styles drawn, and only those, and says what is left out.
      const legend = /<g class="legend"[^]*?<\/g>/.exec(svg)![0];
      const drawn = new Set(rated.map((e) => e['data-rating']!));
      for (const [r, style] of Object.entries(RATING_STYLES)) expect(legend.includes(`>${style.label}: `), r).toBe(drawn.has(r));
      expect(legend).toContain('N and NA ratings not drawn; see the ACH matrix');
      // Consistent and inconsistent differ in dash, not only colour.
      expect(RATING_STYLES.C.dash).toBe('');
      expect(RATING_STYLES.I.dash).not.toBe('');
      expect(RATING_STYLES.CC.width).toBeGreaterThan(RATING_STYLES.C.width);
    });
  }
});
