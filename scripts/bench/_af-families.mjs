// Seeded framework families for the Dung benches (not a bench itself: the name starts with `_`).
// Each returns { n, attacks: [[from, to], ...] } over arguments 1..n.
import { prng } from './_lib.mjs';

/** Erdős–Rényi: every ordered pair (self-attacks included) is an attack with probability p. */
export function erdosRenyi(n, p, seed) {
  const rand = prng(seed);
  const attacks = [];
  // Geometric skips, so that sparse frameworks cost O(attacks), not O(n²).
  const logq = Math.log(1 - p);
  for (let k = -1; ;) {
    k += 1 + Math.floor(Math.log(1 - rand()) / logq);
    if (k >= n * n) break;
    attacks.push([1 + Math.floor(k / n), 1 + (k % n)]);
  }
  return { n, attacks };
}

/** Barabási–Albert: each new argument links to k earlier ones picked by degree, in a random direction. */
export function barabasiAlbert(n, k, seed) {
  const rand = prng(seed);
  const ends = [];
  const attacks = [];
  for (let a = 1; a <= n; a++) {
    const picked = new Set();
    for (let t = 0; t < Math.min(k, a - 1) * 3 && picked.size < Math.min(k, a - 1); t++)
      picked.add(ends.length > 0 && rand() < 0.9 ? ends[Math.floor(rand() * ends.length)] : 1 + Math.floor(rand() * (a - 1)));
    for (const b of picked) {
      attacks.push(rand() < 0.5 ? [a, b] : [b, a]);
      ends.push(a, b);
    }
  }
  return { n, attacks };
}

/** A w×h grid: each neighbouring pair attacks both ways with probability `mutual`, else one way at random. */
export function grid(w, h, mutual, seed) {
  const rand = prng(seed);
  const attacks = [];
  const id = (x, y) => 1 + y * w + x;
  const link = (a, b) => {
    if (rand() < mutual) attacks.push([a, b], [b, a]);
    else attacks.push(rand() < 0.5 ? [a, b] : [b, a]);
  };
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (x + 1 < w) link(id(x, y), id(x + 1, y));
      if (y + 1 < h) link(id(x, y), id(x, y + 1));
    }
  return { n: w * h, attacks };
}

/**
 * A chain of k strongly connected components of s arguments: each a cycle with random chords, and a
 * few attacks from each component into the next.
 */
export function sccChain(k, s, seed) {
  const rand = prng(seed);
  const attacks = [];
  for (let c = 0; c < k; c++) {
    const base = c * s;
    for (let i = 0; i < s; i++) attacks.push([base + 1 + i, base + 1 + ((i + 1) % s)]);
    for (let i = 0; i < s; i++) attacks.push([base + 1 + Math.floor(rand() * s), base + 1 + Math.floor(rand() * s)]);
    if (c + 1 < k) for (let i = 0; i < 2; i++) attacks.push([base + 1 + Math.floor(rand() * s), base + s + 1 + Math.floor(rand() * s)]);
  }
  return { n: k * s, attacks };
}

/**
 * An admissibility buster: k mutual pairs (x ↔ y) whose choices must break k/2 odd 3-cycles, each
 * cycle argument attacked by two random x's. Many complete labellings, few stable ones: the search
 * has to find a cover, as in a SAT instance.
 */
export function buster(k, seed) {
  const rand = prng(seed);
  const attacks = [];
  for (let i = 0; i < k; i++) attacks.push([2 * i + 1, 2 * i + 2], [2 * i + 2, 2 * i + 1]);
  let next = 2 * k;
  for (let c = 0; c < k / 2; c++) {
    const cyc = [next + 1, next + 2, next + 3];
    next += 3;
    for (let i = 0; i < 3; i++) {
      attacks.push([cyc[i], cyc[(i + 1) % 3]]);
      for (let t = 0; t < 2; t++) attacks.push([2 * Math.floor(rand() * k) + 1 + (rand() < 0.5 ? 1 : 0), cyc[i]]);
    }
  }
  return { n: next, attacks };
}

/** ICCMA 2023 text. */
export function toI23({ n, attacks }) {
  return `p af ${n}\n` + attacks.map(([a, b]) => `${a} ${b}\n`).join('');
}

/** ASP facts for clingo. */
export function toFacts({ n, attacks }) {
  const lines = [];
  for (let a = 1; a <= n; a++) lines.push(`arg(${a}).`);
  for (const [a, b] of attacks) lines.push(`att(${a},${b}).`);
  return lines.join('\n') + '\n';
}
