import { describe, expect, it } from 'vitest';
import {
  complete,
  countExtensions,
  credulous,
  grounded,
  labellingOf,
  preferred,
  skeptical,
  someExtension,
  stable,
  toIndexed,
  type ArgumentationFramework,
  type Semantics,
} from '../src/analysis/dung.js';
import { attackFramework } from '../src/graph/attack-framework.js';
import { loadMap } from '../src/io/load.js';
import { prng } from '../scripts/bench/_lib.mjs';

function af(names: string, attacks: string): ArgumentationFramework {
  return {
    arguments: names.split(' '),
    attacks: attacks ? attacks.split(' ').map((p) => p.split('>') as [string, string]) : [],
  };
}

function all(f: ArgumentationFramework) {
  return { grounded: grounded(f).extension, complete: complete(f), preferred: preferred(f), stable: stable(f) };
}

describe('standard examples', () => {
  it('mutual attack: grounded empty, two preferred and stable, three complete', () => {
    expect(all(af('a b', 'a>b b>a'))).toEqual({ grounded: [], complete: [[], ['a'], ['b']], preferred: [['a'], ['b']], stable: [['a'], ['b']] });
  });
  it('SE under complete is the grounded extension, the least one, with no search', () => {
    // a ↔ b, and c attacked by both: grounded {} while {a} and {b} are complete too; d unattacked.
    const nf = toIndexed(af('a b c d', 'a>b b>a a>c b>c'));
    expect(complete(af('a b c d', 'a>b b>a a>c b>c'))).toEqual([['a', 'd'], ['b', 'd'], ['d']]);
    expect(someExtension(nf, 'complete')).toEqual(['d']);
  });
  it('chain a→b→c: c is reinstated', () => {
    const f = af('a b c', 'a>b b>c');
    expect(all(f)).toEqual({ grounded: ['a', 'c'], complete: [['a', 'c']], preferred: [['a', 'c']], stable: [['a', 'c']] });
    expect([...grounded(f).labels]).toEqual([
      ['a', 'in'],
      ['b', 'out'],
      ['c', 'in'],
    ]);
  });
  it('odd cycle: grounded and the one preferred extension are empty, no stable extension', () => {
    expect(all(af('a b c', 'a>b b>c c>a'))).toEqual({ grounded: [], complete: [[]], preferred: [[]], stable: [] });
  });
  it('self-attack: the attacker is undecided, and so is what it attacks', () => {
    const f = af('a b c', 'a>a a>b');
    expect(all(f)).toEqual({ grounded: ['c'], complete: [['c']], preferred: [['c']], stable: [] });
    expect(grounded(f).labels.get('b')).toBe('undec');
  });
  it('floating acceptance: d is in every preferred extension but not in the grounded one', () => {
    const f = af('a b c d', 'a>b b>a a>c b>c c>d');
    expect(all(f)).toEqual({
      grounded: [],
      complete: [[], ['a', 'd'], ['b', 'd']],
      preferred: [
        ['a', 'd'],
        ['b', 'd'],
      ],
      stable: [
        ['a', 'd'],
        ['b', 'd'],
      ],
    });
  });
  it('an odd cycle beside a mutual attack leaves preferred extensions that are not stable', () => {
    const f = af('a b c d e', 'a>b b>a b>c c>d d>e e>c');
    expect(preferred(f)).toEqual([['a'], ['b', 'd']]);
    expect(stable(f)).toEqual([['b', 'd']]);
  });
  it('the empty framework has the empty extension under every semantics', () => {
    const f = { arguments: [], attacks: [] };
    expect(all(f)).toEqual({ grounded: [], complete: [[]], preferred: [[]], stable: [[]] });
  });
  it('sorts names by code units, not by locale, and the extension list lexicographically', () => {
    const f = af('b B a10 a9', 'b>B B>b');
    expect(preferred(f)).toEqual([
      ['B', 'a10', 'a9'],
      ['a10', 'a9', 'b'],
    ]);
  });
  it('an even cycle of 2000 arguments has exactly the two alternating stable extensions', () => {
    const n = 2000;
    const names = Array.from({ length: n }, (_, i) => `x${i}`);
    const f = { arguments: names, attacks: names.map((x, i) => [x, names[(i + 1) % n]!] as [string, string]) };
    const evens = names.filter((_, i) => i % 2 === 0).sort();
    const odds = names.filter((_, i) => i % 2 === 1).sort();
    expect(stable(f)).toEqual([evens, odds].sort((p, q) => (p[0]! < q[0]! ? -1 : 1)));
    expect(complete(f)).toHaveLength(3);
  });
  it('labels a 100k-long attack chain without recursion', () => {
    const n = 100_000;
    const names = Array.from({ length: n }, (_, i) => `c${i}`);
    const f = { arguments: names, attacks: names.slice(1).map((x, i) => [names[i]!, x] as [string, string]) };
    const g = grounded(f);
    expect(g.extension).toHaveLength(n / 2);
    expect(g.labels.get('c99999')).toBe('out');
  });
  it('rejects a framework whose attack names an unknown argument', () => {
    expect(() => grounded(af('a', 'a>z'))).toThrow(/does not list/);
  });
});

describe('attackFramework on the example map', () => {
  const { map } = loadMap('arguments/examples/harbour.yaml');
  const f = attackFramework(map);
  it('lists nodes then inferences as arguments, in map order', () => {
    expect(f.arguments).toEqual([...map.nodes.map((n) => n.id), ...(map.inferences ?? []).map((i) => i.id)]);
  });
  it('turns attacks, undercuts and both directions of contradicts into attacks, and nothing else', () => {
    const rel = map.relations ?? [];
    const expected = new Set<string>();
    for (const r of rel) {
      if (r.type === 'attacks' || r.type === 'undercuts') expected.add(`${r.from}>${r.to}`);
      if (r.type === 'contradicts') expected.add(`${r.from}>${r.to}`).add(`${r.to}>${r.from}`);
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(f.attacks.map(([a, b]) => `${a}>${b}`))).toEqual(expected);
    expect(f.attacks).toHaveLength(expected.size);
  });
  it('gives one grounded extension containing every unattacked argument', () => {
    const attacked = new Set(f.attacks.map(([, b]) => b));
    const { extension } = grounded(f);
    for (const a of f.arguments) if (!attacked.has(a)) expect(extension).toContain(a);
  });
});

// ---- Property test: the search against brute force written straight from Dung's definitions. ----

function bruteForce(n: number, att: boolean[][]) {
  const subsets = Array.from({ length: 1 << n }, (_, m) => m);
  const has = (s: number, a: number) => ((s >> a) & 1) === 1;
  const members = (s: number) => Array.from({ length: n }, (_, a) => a).filter((a) => has(s, a));
  const conflictFree = (s: number) => members(s).every((a) => members(s).every((b) => !att[a]![b]));
  const attacksArg = (s: number, b: number) => members(s).some((a) => att[a]![b]);
  const defends = (s: number, a: number) =>
    Array.from({ length: n }, (_, b) => b)
      .filter((b) => att[b]![a])
      .every((b) => attacksArg(s, b));
  const admissible = (s: number) => conflictFree(s) && members(s).every((a) => defends(s, a));
  const isComplete = (s: number) => admissible(s) && Array.from({ length: n }, (_, a) => a).every((a) => !defends(s, a) || has(s, a));
  const adm = subsets.filter(admissible);
  // Grounded: iterate the characteristic function from the empty set to its least fixed point.
  let g = 0;
  for (;;) {
    let next = 0;
    for (let a = 0; a < n; a++) if (defends(g, a)) next |= 1 << a;
    if (next === g) break;
    g = next;
  }
  return {
    grounded: g,
    complete: subsets.filter(isComplete),
    preferred: adm.filter((s) => !adm.some((t) => t !== s && (s & t) === s)),
    stable: subsets.filter((s) => conflictFree(s) && Array.from({ length: n }, (_, b) => b).every((b) => has(s, b) || attacksArg(s, b))),
  };
}

describe('property: agrees with brute-force enumeration on 400 random frameworks of 1–8 arguments', () => {
  // Every semantics and every ICCMA task (EE, SE, DC, DS, CE) is checked on each framework.
  const rand = prng(20261127);
  const cases = Array.from({ length: 400 }, (_, i) => {
    const n = 1 + Math.floor(rand() * 8);
    const density = [0.1, 0.2, 0.3, 0.45][i % 4]!;
    const att = Array.from({ length: n }, () => Array.from({ length: n }, () => rand() < density));
    return { n, att };
  });
  it('matches grounded, complete, preferred and stable, and the tasks, on every framework', () => {
    let stableNone = 0;
    let manyPreferred = 0;
    for (const { n, att } of cases) {
      // Names chosen so that code-unit order differs from index order.
      const names = Array.from({ length: n }, (_, a) => `${String.fromCharCode(104 - a)}${a}`);
      const f: ArgumentationFramework = { arguments: names, attacks: [] };
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (att[a]![b]) f.attacks.push([names[a]!, names[b]!]);
      const bf = bruteForce(n, att);
      const toNames = (s: number) => names.filter((_, a) => (s >> a) & 1).sort();
      const sortList = (l: string[][]) => l.sort((p, q) => (p.join('\u0000') < q.join('\u0000') ? -1 : p.join('\u0000') > q.join('\u0000') ? 1 : 0));
      const label = `framework ${JSON.stringify(f.attacks)} over ${JSON.stringify(names)}`;
      expect(grounded(f).extension, label).toEqual(toNames(bf.grounded));
      expect(
        complete(f)
          .map((e) => e.join(','))
          .sort(),
        label,
      ).toEqual(
        bf.complete
          .map(toNames)
          .map((e) => e.join(','))
          .sort(),
      );
      expect(preferred(f), label).toEqual(sortList(bf.preferred.map(toNames)));
      expect(stable(f), label).toEqual(sortList(bf.stable.map(toNames)));
      // The ICCMA tasks, against the same enumeration.
      const nf = toIndexed(f);
      const bySemantics: Record<Semantics, number[]> = { grounded: [bf.grounded], complete: bf.complete, preferred: bf.preferred, stable: bf.stable };
      for (const [semantics, exts] of Object.entries(bySemantics) as [Semantics, number[]][]) {
        expect(countExtensions(nf, semantics), `CE ${semantics} ${label}`).toBe(exts.length);
        const some = someExtension(nf, semantics);
        if (exts.length === 0) expect(some, `SE ${semantics} ${label}`).toBeNull();
        else
          expect(
            exts.map((e) => toNames(e).join(',')),
            `SE ${semantics} ${label}`,
          ).toContain(some!.join(','));
        names.forEach((name, a) => {
          expect(credulous(nf, semantics, name), `DC ${semantics} ${name} ${label}`).toBe(exts.some((e) => (e >> a) & 1));
          expect(skeptical(nf, semantics, name), `DS ${semantics} ${name} ${label}`).toBe(exts.every((e) => (e >> a) & 1));
        });
      }
      // The grounded labelling spelled out from the extension agrees with the labels the solver gave.
      const l = labellingOf(nf, grounded(f).extension);
      const labels = grounded(f).labels;
      expect([...l.in.map((a) => [a, 'in']), ...l.out.map((a) => [a, 'out']), ...l.undec.map((a) => [a, 'undec'])].sort(), label).toEqual([...labels].sort());
      if (bf.stable.length === 0) stableNone++;
      if (bf.preferred.length > 1) manyPreferred++;
    }
    // The sample must exercise the interesting cases, not only trivial frameworks.
    expect(stableNone).toBeGreaterThan(20);
    expect(manyPreferred).toBeGreaterThan(20);
  });
});

describe('property: 60 random frameworks of 9–12 arguments, where the search goes deeper', () => {
  it('matches brute force on complete, preferred and stable', () => {
    const rand = prng(1953);
    for (let i = 0; i < 60; i++) {
      const n = 9 + Math.floor(rand() * 4);
      const density = 0.12 + rand() * 0.15;
      const att = Array.from({ length: n }, () => Array.from({ length: n }, () => rand() < density));
      const names = Array.from({ length: n }, (_, a) => `a${String(a).padStart(2, '0')}`);
      const f: ArgumentationFramework = { arguments: names, attacks: [] };
      for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (att[a]![b]) f.attacks.push([names[a]!, names[b]!]);
      const bf = bruteForce(n, att);
      const asKeys = (l: number[]) => l.map((e) => names.filter((_, a) => (e >> a) & 1).join(',')).sort();
      const label = `framework ${JSON.stringify(f.attacks)}`;
      expect(
        complete(f)
          .map((e) => e.join(','))
          .sort(),
        label,
      ).toEqual(asKeys(bf.complete));
      expect(
        preferred(f)
          .map((e) => e.join(','))
          .sort(),
        label,
      ).toEqual(asKeys(bf.preferred));
      expect(
        stable(f)
          .map((e) => e.join(','))
          .sort(),
        label,
      ).toEqual(asKeys(bf.stable));
    }
  });
});

describe('property: preferred equals the maximal complete extensions on 40 frameworks of 15–30 arguments', () => {
  it('agrees, and every stable extension is among them', () => {
    const rand = prng(1954);
    let several = 0;
    for (let i = 0; i < 40; i++) {
      const n = 15 + Math.floor(rand() * 16);
      const names = Array.from({ length: n }, (_, a) => `x${a}`);
      const f: ArgumentationFramework = { arguments: names, attacks: [] };
      for (let k = 0; k < n * 2; k++) {
        const a = names[Math.floor(rand() * n)]!;
        const b = names[Math.floor(rand() * n)]!;
        f.attacks.push([a, b]);
        if (rand() < 0.4) f.attacks.push([b, a]);
      }
      const comp = complete(f).map((e) => new Set(e));
      const maximal = comp.filter((e) => !comp.some((o) => o.size > e.size && [...e].every((a) => o.has(a))));
      const key = (e: Iterable<string>) => [...e].sort().join(',');
      const pref = preferred(f).map(key);
      expect(pref, JSON.stringify(f.attacks)).toEqual(maximal.map(key).sort());
      for (const e of stable(f)) expect(pref).toContain(key(e));
      if (pref.length > 1 && comp.length > pref.length) several++;
    }
    // Most frameworks must have several preferred extensions and non-maximal complete ones.
    expect(several).toBeGreaterThan(20);
  });
});
