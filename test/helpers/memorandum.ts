import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { loadMap } from '../../src/io/load.js';
import { checkMap } from '../../src/rules/index.js';
import { analyseMatrix, matricesFromMap } from '../../src/analysis/ach/index.js';

/*
 * The memorandum's map as the pins of each reading (test/memorandum-*.test.ts) look at it: loaded and checked once
 * per file, with lookups by id. Each reading's file used to build these for itself.
 */
export const MEMORANDUM = 'arguments/soviet-policies-1953.yaml';

export function memorandum() {
  const loaded = loadMap(MEMORANDUM);
  const { map } = loaded;
  const inferences = map.inferences ?? [];
  const relations = map.relations ?? [];
  const findings = checkMap(loaded);
  const matrices = matricesFromMap(map);
  const set = (id: string) => map.hypothesisSets!.find((s) => s.id === id)!;
  return {
    loaded,
    map,
    inferences,
    relations,
    findings,
    matrices,
    readme: readFileSync('README.md', 'utf8'),
    yaml: readFileSync(MEMORANDUM, 'utf8'),
    node: (id: string) => map.nodes.find((n) => n.id === id)!,
    inference: (id: string) => inferences.find((i) => i.id === id)!,
    into: (id: string) => inferences.filter((i) => i.conclusion === id),
    relation: (type: string, from: string, to: string) => relations.find((r) => r.type === type && r.from === from && r.to === to),
    finding: (rule: string, id: string) => findings.filter((f) => f.rule === rule && f.nodes[0] === id),
    set,
    analysed: (id: string) => analyseMatrix(matrices.find((s) => s.id === id)!),
    rating: (setId: string, e: string, h: string) => set(setId).ratings!.find((r) => r.evidence === e && r.hypothesis === h)!,
    ratings: (setId: string, e: string) => set(setId).ratings!.filter((r) => r.evidence === e),
  };
}

/**
 * Sets whose facts cannot choose, by the text's own account, so that no I or II is honest and no-inconsistency is the
 * finding a class should see. Since the twenty-third revision, change-or-retreat: C.1 lists the funeral orations among
 * the "steps to secure a détente" and C.2 asks what "These moves" mean; the memorandum answers in C.3, "On general
 * grounds" and by presumption, and every row that would tell against a real change does so only through it.
 */
export const TIED_BY_THE_TEXT: readonly string[] = ['change-or-retreat'];

/**
 * Issue 12's bar for every hypothesis set: one I or II at least, hypotheses of kind hypothesis, no ACH hygiene
 * finding; a set tied by the text (above) has no I or II, and no-inconsistency reports it and nothing else.
 */
export function expectSetsThatCanChoose(m: ReturnType<typeof memorandum>): void {
  for (const x of m.matrices) {
    expect(
      analyseMatrix(x).cells.some((c) => c.rating === 'I' || c.rating === 'II'),
      x.id,
    ).toBe(!TIED_BY_THE_TEXT.includes(x.id));
    for (const h of m.set(x.id).hypotheses) expect(m.node(h).kind, h).toBe('hypothesis');
  }
  for (const rule of ['overlapping-hypotheses', 'judgement-as-evidence', 'hindsight-rating'])
    expect(
      m.findings.filter((f) => f.rule === rule),
      rule,
    ).toEqual([]);
  expect(m.findings.filter((f) => f.rule === 'no-inconsistency').map((f) => TIED_BY_THE_TEXT.find((id) => f.message.includes(`set ${id} `)))).toEqual([...TIED_BY_THE_TEXT]);
}
