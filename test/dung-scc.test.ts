import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexFramework, type IndexedFramework } from '../src/analysis/dung-core.js';
import { enumerateExtensions, credulousIndex, skepticalIndex } from '../src/analysis/dung-solve.js';
import { enumerateDecomposed, someExtensionIndex } from '../src/analysis/dung-scc.js';
import { Encoding, type SearchMode } from '../src/analysis/dung-encoding.js';
import { stronglyConnected } from '../src/graph/algorithms/scc.js';
import { csrFromPairs } from '../src/graph/algorithms/csr.js';
import { prng } from '../scripts/bench/_lib.mjs';

const MODES: SearchMode[] = ['complete', 'preferred', 'stable'];

/**
 * A framework built to have many components: k groups of s arguments, each a cycle with random chords
 * (some mutual), and random attacks from earlier groups into later ones; `back` adds attacks against
 * the grain, which merge groups into bigger components.
 */
function layered(rand: () => number, k: number, s: number, forward: number, back: number): IndexedFramework {
  const pairs: [number, number][] = [];
  const n = k * s;
  for (let g = 0; g < k; g++) {
    const base = g * s;
    if (s > 1 && rand() < 0.8) for (let i = 0; i < s; i++) pairs.push([base + i, base + ((i + 1) % s)]);
    for (let i = 0; i < s; i++) {
      const a = base + Math.floor(rand() * s);
      const b = base + Math.floor(rand() * s);
      // Self-attacks rule out stable extensions: keep them rare.
      if (a === b && rand() < 0.8) continue;
      pairs.push([a, b]);
      if (rand() < 0.4) pairs.push([b, a]);
    }
  }
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) {
      const ga = Math.floor(a / s);
      const gb = Math.floor(b / s);
      if ((ga < gb && rand() < forward) || (ga > gb && rand() < back)) pairs.push([a, b]);
    }
  return indexFramework(
    n,
    Int32Array.from(pairs, (p) => p[0]),
    Int32Array.from(pairs, (p) => p[1]),
  );
}

function all(enumerate: typeof enumerateExtensions, af: IndexedFramework, mode: SearchMode): string[] {
  const found: string[] = [];
  expect(enumerate(af, mode, (ins) => void found.push(Array.from(ins).join(',')))).toBeNull();
  return found.sort();
}

/** Extensions straight from Dung's definitions, by trying every subset (n ≤ 12). */
function bruteForce(af: IndexedFramework, mode: SearchMode): string[] {
  const { n, attackersStart, attackers } = af;
  const attacked = (s: number, b: number) => {
    for (let k = attackersStart[b]!; k < attackersStart[b + 1]!; k++) if ((s >> attackers[k]!) & 1) return true;
    return false;
  };
  const defended = (s: number, a: number) => {
    for (let k = attackersStart[a]!; k < attackersStart[a + 1]!; k++) if (!attacked(s, attackers[k]!)) return false;
    return true;
  };
  const out: number[] = [];
  for (let s = 0; s < 1 << n; s++) {
    let ok = true;
    for (let a = 0; a < n && ok; a++) {
      const inS = ((s >> a) & 1) === 1;
      if (inS && attacked(s, a)) ok = false;
      else if (mode === 'stable') ok = inS || attacked(s, a);
      else ok = inS === defended(s, a);
    }
    if (ok) out.push(s);
  }
  const kept = mode === 'preferred' ? out.filter((s) => !out.some((t) => t !== s && (s & t) === s)) : out;
  return kept
    .map((s) =>
      Array.from({ length: n }, (_, a) => a)
        .filter((a) => (s >> a) & 1)
        .join(','),
    )
    .sort();
}

describe('stronglyConnected', () => {
  it('puts two vertices together exactly when each reaches the other, numbered so every edge goes forward', () => {
    const rand = prng(77);
    for (let t = 0; t < 60; t++) {
      const n = 1 + Math.floor(rand() * 25);
      const from: number[] = [];
      const to: number[] = [];
      for (let e = 0; e < n * (0.5 + rand() * 1.5); e++) {
        from.push(Math.floor(rand() * n));
        to.push(Math.floor(rand() * n));
      }
      const g = csrFromPairs(n, Int32Array.from(from), Int32Array.from(to));
      const reach = Array.from({ length: n }, (_, v) => {
        const seen = new Set([v]);
        const queue = [v];
        while (queue.length) {
          const u = queue.pop()!;
          for (let i = g.start[u]!; i < g.start[u + 1]!; i++)
            if (!seen.has(g.succ[i]!)) {
              seen.add(g.succ[i]!);
              queue.push(g.succ[i]!);
            }
        }
        return seen;
      });
      const { of, count, start, members } = stronglyConnected(g);
      for (let u = 0; u < n; u++) for (let v = 0; v < n; v++) expect(of[u] === of[v], `${u} ${v}`).toBe(reach[u]!.has(v) && reach[v]!.has(u));
      for (let e = 0; e < from.length; e++) expect(of[from[e]!]!).toBeLessThanOrEqual(of[to[e]!]!);
      expect(start[count]).toBe(n);
      for (let c = 0; c < count; c++) for (let i = start[c]!; i < start[c + 1]!; i++) expect(of[members[i]!]).toBe(c);
    }
  });
  it('leaves out what `include` does not mark, and walks a 300k-long chain without recursion', () => {
    const n = 300_000;
    const from = Int32Array.from({ length: n - 1 }, (_, i) => i);
    const to = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    const g = csrFromPairs(n, from, to);
    const include = new Uint8Array(n).fill(1);
    include[5] = 0;
    const { of, count } = stronglyConnected(g, include);
    expect(count).toBe(n - 1);
    expect(of[5]).toBe(-1);
    expect(of[4]!).toBeLessThan(of[3]! + 2);
    expect(of[n - 1]!).toBeGreaterThan(of[6]!);
  });
});

describe('property: enumeration by components equals the plain search and brute force', () => {
  it('on 80 small frameworks (≤ 12 arguments) against brute force, every semantics', () => {
    const rand = prng(5150);
    let multi = 0;
    for (let t = 0; t < 80; t++) {
      const s = 1 + Math.floor(rand() * 4);
      const k = 1 + Math.floor(rand() * Math.floor(12 / s));
      const af = layered(rand, k, s, 0.15, t % 3 === 0 ? 0.05 : 0);
      if (stronglyConnected({ start: af.targetsStart, succ: af.targets }).count > 2) multi++;
      for (const mode of MODES) expect(all(enumerateDecomposed, af, mode), `${mode} #${t}`).toEqual(bruteForce(af, mode));
    }
    expect(multi).toBeGreaterThan(40);
  });
  it('on 60 frameworks of 20–60 arguments in many components, against the plain search', () => {
    const rand = prng(6160);
    let several = 0;
    let skipped = 0;
    for (let t = 0; t < 60; t++) {
      const s = 2 + Math.floor(rand() * 4);
      const k = Math.floor((20 + rand() * 40) / s);
      const af = layered(rand, k, s, 1.5 / (k * s), t % 4 === 0 ? 0.3 / (k * s) : 0);
      for (const mode of MODES) {
        // The plain search is slow on tens of thousands of complete extensions: those are left out.
        if (enumerateDecomposed(af, mode, () => undefined, { maxExtensions: 2000 }) !== null) {
          skipped++;
          continue;
        }
        const plain = all(enumerateExtensions, af, mode);
        expect(all(enumerateDecomposed, af, mode), `${mode} #${t}`).toEqual(plain);
        if (mode !== 'complete' && plain.length > 3) several++;
      }
    }
    expect(several).toBeGreaterThan(25);
    expect(skipped).toBeLessThan(36);
  });
});

describe('property: acceptance tasks agree with enumeration', () => {
  it('DC, DS and SE on 50 frameworks of 10–40 arguments, every argument and semantics', () => {
    const rand = prng(7170);
    let yes = 0;
    let no = 0;
    for (let t = 0; t < 50; t++) {
      const s = 2 + Math.floor(rand() * 4);
      const k = Math.floor((10 + rand() * 30) / s);
      const af = layered(rand, k, s, 2 / (k * s), t % 3 === 0 ? 0.4 / (k * s) : 0);
      for (const mode of MODES) {
        const exts = all(enumerateDecomposed, af, mode).map((e) => new Set(e === '' ? [] : e.split(',').map(Number)));
        for (let a = 0; a < af.n; a++) {
          const dc = exts.some((e) => e.has(a));
          expect(credulousIndex(af, mode, a), `DC ${mode} ${a} #${t}`).toBe(dc);
          // The same question by the plain complete search, which frameworks with many ancestors get.
          expect(credulousIndex(af, mode, a, {}, 0), `DC ${mode} ${a} #${t}, plain`).toBe(dc);
          expect(skepticalIndex(af, mode, a), `DS ${mode} ${a} #${t}`).toBe(exts.every((e) => e.has(a)));
          if (dc) yes++;
          else no++;
        }
        const some = someExtensionIndex(af, mode);
        if (exts.length === 0) expect(some, `SE ${mode} #${t}`).toBeNull();
        else expect(exts.map((e) => [...e].sort((x, y) => x - y).join(','))).toContain(Array.from(some as Int32Array).join(','));
      }
    }
    expect(Math.min(yes, no)).toBeGreaterThan(500);
  });
});

describe('limits on the decomposed search', () => {
  // 40 independent mutual pairs: 2^40 stable extensions, found one component at a time.
  const pairs = Array.from({ length: 40 }, (_, i) => [2 * i, 2 * i + 1]);
  const af = indexFramework(80, Int32Array.from(pairs.flatMap(([a, b]) => [a!, b!])), Int32Array.from(pairs.flatMap(([a, b]) => [b!, a!])));
  it('stops at --max-extensions with that reason, having given exactly that many', () => {
    let seen = 0;
    expect(enumerateDecomposed(af, 'stable', () => void seen++, { maxExtensions: 1000 })).toBe('max-extensions');
    expect(seen).toBe(1000);
  });
  it('stops at a deadline already past with timeout', () => {
    expect(enumerateDecomposed(af, 'complete', () => undefined, { deadline: Date.now() - 1 })).toBe('timeout');
  });
  it('stops at a deadline that passes while one component yields its preferred extensions', () => {
    // A 7×7 grid of mutual attacks is one component with more preferred extensions (its maximal
    // independent sets) than minutes allow; each comes from a short search resumed after the last, and
    // the deadline must be heard between them, not only inside one.
    expect(enumerateDecomposed(gridOf(7), 'preferred', () => undefined, { deadline: Date.now() + 200 })).toBe('timeout');
  });
});

/** A w×w grid of mutual attacks between right and down neighbours: one component, its preferred extensions its maximal independent sets. */
function gridOf(w: number): IndexedFramework {
  const from: number[] = [];
  const to: number[] = [];
  for (let y = 0; y < w; y++)
    for (let x = 0; x < w; x++)
      for (const b of [x + 1 < w ? y * w + x + 1 : -1, y + 1 < w ? (y + 1) * w + x : -1])
        if (b >= 0) {
          from.push(y * w + x, b);
          to.push(b, y * w + x);
        }
  return indexFramework(w * w, Int32Array.from(from), Int32Array.from(to));
}

describe('--max-extensions inside one component', () => {
  // 5×5: one strongly connected component with hundreds of preferred extensions.
  const grid = gridOf(5);
  afterEach(() => void vi.restoreAllMocks());

  /** Extensions given and labellings the SAT search read (one per model it found) for one enumeration. */
  function run(mode: SearchMode, limit: { maxExtensions?: number }): { stop: string | null; seen: number; models: number } {
    const models = vi.spyOn(Encoding.prototype, 'modelIn');
    let seen = 0;
    const stop = enumerateDecomposed(grid, mode, () => void seen++, limit);
    const read = models.mock.calls.length;
    models.mockRestore();
    return { stop, seen, models: read };
  }

  it('is one component with many preferred extensions', () => {
    expect(stronglyConnected({ start: grid.targetsStart, succ: grid.targets }, new Uint8Array(grid.n).fill(1)).count).toBe(1);
    expect(run('preferred', {}).seen).toBeGreaterThan(100);
  });

  it('stops the component’s own search at the budget: 3 extensions from a handful of models, not all of them', () => {
    const all = run('preferred', {});
    const cut = run('preferred', { maxExtensions: 3 });
    expect(cut).toMatchObject({ stop: 'max-extensions', seen: 3 });
    // Each preferred labelling costs a model and its growth to a maximal one: 4 labellings (3 and the one more).
    expect(cut.models).toBeLessThanOrEqual(2 * 4);
    expect(all.models).toBeGreaterThan(10 * cut.models);
  });

  it('still says the list is whole when the budget is not reached', () => {
    const all = run('complete', {});
    expect(run('complete', { maxExtensions: all.seen })).toMatchObject({ stop: null, seen: all.seen });
    expect(run('complete', { maxExtensions: all.seen - 1 })).toMatchObject({ stop: 'max-extensions', seen: all.seen - 1 });
  });
});
