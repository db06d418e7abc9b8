/**
 * Complete, preferred and stable semantics as SAT questions (`dung-sat.ts`), over the part of the
 * framework the grounded labelling leaves undecided: every complete labelling extends the grounded one,
 * and an undecided argument is attacked by no grounded-IN argument, so the rest of the framework only
 * adds constants. Preferred extensions come from complete ones grown until no larger complete extension
 * exists, each later search required to leave every preferred extension found so far (Cerutti et
 * al.'s PrefSAT scheme). Acceptance questions are one run of related calls on one solver, stopping at
 * the first witness, never an enumeration.
 */
import { IN, UNDEC, groundedLabels, type IndexedFramework } from './dung-core.js';
import { SatSolver, type SatLimit } from './dung-sat.js';

export type SearchMode = 'complete' | 'preferred' | 'stable';

/** Why a search ended before it was done. */
export type StopReason = 'timeout' | 'max-extensions';

export interface SearchLimit {
  /** Wall-clock deadline, ms since the epoch. */
  deadline?: number;
  /** Stop after this many extensions. */
  maxExtensions?: number;
}

class Stopped extends Error {}

/**
 * The undecided part as a SAT problem: for undecided argument i (local index), variable i is "IN" and
 * m+i is "OUT" (neither is UNDEC). Clauses are the complete-labelling rules: IN iff every attacker OUT,
 * OUT iff some attacker IN; stable adds IN or OUT.
 */
class Encoding {
  readonly solver = new SatSolver();
  readonly grounded: Uint8Array;
  /** Global index of each local (undecided) argument, and back (-1 for decided ones). */
  readonly global: Int32Array;
  readonly local: Int32Array;
  readonly m: number;
  private readonly groundedIn: number[] = [];

  constructor(
    af: IndexedFramework,
    stable: boolean,
    private readonly limit: SatLimit,
  ) {
    const { n, attackersStart, attackers } = af;
    this.grounded = groundedLabels(af);
    this.local = new Int32Array(n).fill(-1);
    const global: number[] = [];
    for (let a = 0; a < n; a++)
      if (this.grounded[a] === UNDEC) {
        this.local[a] = global.length;
        global.push(a);
      } else if (this.grounded[a] === IN) this.groundedIn.push(a);
    this.global = Int32Array.from(global);
    const m = (this.m = global.length);
    // Trying IN first finds large (often preferred or stable) extensions early.
    this.solver.addVars(m, true);
    this.solver.addVars(m, false);
    const s = this.solver;
    for (let i = 0; i < m; i++) {
      const a = global[i]!;
      const inA = 2 * i;
      const outA = 2 * (m + i);
      s.addClause([inA ^ 1, outA ^ 1]);
      if (stable) s.addClause([inA, outA]);
      const someAttackerNotOut = [inA];
      const someAttackerIn = [outA ^ 1];
      for (let k = attackersStart[a]!, end = attackersStart[a + 1]!; k < end; k++) {
        const j = this.local[attackers[k]!]!;
        // Attackers outside the undecided part are grounded OUT: they constrain nothing.
        if (j < 0) continue;
        s.addClause([inA ^ 1, 2 * (m + j)]);
        s.addClause([(2 * j) ^ 1, outA]);
        someAttackerNotOut.push(2 * (m + j) + 1);
        someAttackerIn.push(2 * j);
      }
      s.addClause(someAttackerNotOut);
      s.addClause(someAttackerIn);
    }
  }

  inLit(a: number): number | null {
    const i = this.local[a]!;
    return i < 0 ? null : 2 * i;
  }

  /** Solves under assumptions; throws Stopped past the deadline. */
  sat(assumptions: readonly number[] = []): boolean {
    // Enumeration makes many short calls, each under the solver's own check interval.
    if (this.limit.deadline !== undefined && Date.now() > this.limit.deadline) throw new Stopped();
    const answer = this.solver.solve(assumptions, this.limit);
    if (answer === 'stopped') throw new Stopped();
    return answer === 'sat';
  }

  /** The undecided arguments IN in the last model (local indices). */
  modelIn(): number[] {
    const ins: number[] = [];
    for (let i = 0; i < this.m; i++) if (this.solver.value(2 * i) === 1) ins.push(i);
    return ins;
  }

  /** The full extension (ascending global indices) of a set of local IN arguments. */
  extension(localIns: readonly number[]): Int32Array {
    const all = this.groundedIn.concat(localIns.map((i) => this.global[i]!));
    return Int32Array.from(all).sort();
  }

  /** A clause: some undecided argument outside `localIns` is IN (the next extension is no subset). */
  leave(localIns: readonly number[]): number[] {
    const inside = new Uint8Array(this.m);
    for (const i of localIns) inside[i] = 1;
    const clause: number[] = [];
    for (let i = 0; i < this.m; i++) if (!inside[i]) clause.push(2 * i);
    return clause;
  }

  /** Grows the last model's complete extension to a preferred one (local IN arguments). */
  maximise(): number[] {
    let ins = this.modelIn();
    for (;;) {
      const larger = this.leave(ins);
      if (larger.length === 0) return ins;
      // A fresh switch variable makes "strictly larger" a clause that holds for this growth only.
      const sw = this.solver.addVars(1);
      this.solver.addClause([2 * sw + 1, ...larger]);
      const found = this.sat([2 * sw, ...ins.map((i) => 2 * i)]);
      const next = found ? this.modelIn() : ins;
      this.solver.addClause([2 * sw + 1]);
      if (!found) return ins;
      ins = next;
    }
  }
}

function deadlineOf(limit: SearchLimit): SatLimit {
  return limit.deadline === undefined ? {} : { deadline: limit.deadline };
}

/**
 * Calls `found` with each extension (ascending indices), each once, until `found` returns true or a
 * limit passes. Returns why it stopped early, or null when it saw every extension.
 */
export function enumerateExtensions(af: IndexedFramework, mode: SearchMode, found: (ins: Int32Array) => boolean | void, limit: SearchLimit = {}): StopReason | null {
  let count = 0;
  try {
    const enc = new Encoding(af, mode === 'stable', deadlineOf(limit));
    for (;;) {
      if (limit.maxExtensions !== undefined && count >= limit.maxExtensions) return 'max-extensions';
      if (!enc.sat()) return null;
      const ins = mode === 'preferred' ? enc.maximise() : enc.modelIn();
      count++;
      if (found(enc.extension(ins)) === true) return null;
      if (mode === 'preferred') {
        // Later preferred extensions are not subsets of this one.
        const clause = enc.leave(ins);
        if (clause.length === 0) return null;
        enc.solver.addClause(clause);
      } else {
        // Blocks exactly this IN set: a complete labelling is fixed by its IN arguments.
        const inside = new Uint8Array(enc.m);
        for (const i of ins) inside[i] = 1;
        const block: number[] = [];
        for (let i = 0; i < enc.m; i++) block.push(inside[i] ? 2 * i + 1 : 2 * i);
        if (block.length === 0) return null;
        enc.solver.addClause(block);
      }
    }
  } catch (e) {
    if (e instanceof Stopped) return 'timeout';
    throw e;
  }
}

/** Answer of a decision task, or why there is none. */
export type Decision = boolean | 'timeout';

function decide(run: () => boolean): Decision {
  try {
    return run();
  } catch (e) {
    if (e instanceof Stopped) return 'timeout';
    throw e;
  }
}

/** Is argument `a` in some extension? Preferred asks the same as complete (every complete one grows to a preferred one). */
export function credulousIndex(af: IndexedFramework, mode: SearchMode, a: number, limit: SearchLimit = {}): Decision {
  return decide(() => {
    const enc = new Encoding(af, mode === 'stable', deadlineOf(limit));
    if (enc.grounded[a] !== UNDEC && mode !== 'stable') return enc.grounded[a] === IN;
    const lit = enc.inLit(a);
    if (lit === null) return enc.grounded[a] === IN && enc.sat();
    return enc.sat([lit]);
  });
}

/**
 * Is `a` in every extension? Complete asks the grounded labelling. With no stable extension every
 * argument is skeptically accepted (as ICCMA rules). Preferred looks for a preferred extension without
 * `a`: a complete one without it, grown; if the grown one holds `a`, later searches must leave it.
 */
export function skepticalIndex(af: IndexedFramework, mode: SearchMode, a: number, limit: SearchLimit = {}): Decision {
  return decide(() => {
    const enc = new Encoding(af, mode === 'stable', deadlineOf(limit));
    if (mode === 'complete' || enc.grounded[a] === IN) return enc.grounded[a] === IN;
    const lit = enc.inLit(a);
    if (lit === null) return mode === 'stable' ? !enc.sat() : false;
    if (mode === 'stable') return !enc.sat([lit ^ 1]);
    for (;;) {
      if (!enc.sat([lit ^ 1])) return true;
      const ins = enc.maximise();
      if (!ins.includes(enc.local[a]!)) return false;
      enc.solver.addClause(enc.leave(ins));
    }
  });
}

/** Some extension, null when there is none (stable only), or the reason it gave up. */
export function someExtensionIndex(af: IndexedFramework, mode: SearchMode, limit: SearchLimit = {}): Int32Array | null | 'timeout' {
  let first: Int32Array | null = null;
  const stop = enumerateExtensions(
    af,
    mode,
    (ins) => {
      first = ins;
      return true;
    },
    { ...(limit.deadline !== undefined ? { deadline: limit.deadline } : {}) },
  );
  return stop === 'timeout' ? 'timeout' : first;
}
