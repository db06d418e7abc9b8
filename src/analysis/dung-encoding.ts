/**
 * Complete labellings of a part of a framework as a SAT problem (`dung-sat.ts`). The part is a set of
 * arguments whose outside attackers are already labelled; what those labels mean for each member is
 * its input: FREE (every outside attacker OUT), NOT_IN (some outside attacker UNDEC, none IN: the member
 * cannot be IN) or FORCED_OUT (some outside attacker IN). The whole undecided part of the grounded
 * labelling is such a part with every input FREE (an argument the grounded labelling leaves undecided
 * is attacked by no grounded-IN argument, and its grounded-OUT attackers constrain nothing); so is each
 * strongly connected component once the components before it are labelled.
 */
import type { IndexedFramework } from './dung-core.js';
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

/** Thrown through the search when the deadline passes; the entry points turn it into 'timeout'. */
export class Stopped extends Error {}

export const FREE = 0;
export const NOT_IN = 1;
export const FORCED_OUT = 2;

export function deadlineOf(limit: SearchLimit): SatLimit {
  return limit.deadline === undefined ? {} : { deadline: limit.deadline };
}

/**
 * For member i (local index), variable i is "IN" and m+i is "OUT" (neither is UNDEC). Clauses are the
 * complete-labelling rules over the attacks inside the part: IN iff every attacker OUT, OUT iff some
 * attacker IN. Stable has the IN variables only (`stableClauses`).
 */
export class Encoding {
  readonly solver = new SatSolver();
  readonly m: number;
  /** Preferred: every model the solver finds has a maximal IN set (`SatSolver.preferTrue`). */
  readonly maximal: boolean;

  /**
   * `localOf` is scratch shared between encodings: -1 everywhere outside `members`; this constructor
   * writes the members' local indices into it and `release` puts the -1s back.
   */
  constructor(
    af: IndexedFramework,
    readonly members: Int32Array,
    readonly localOf: Int32Array,
    input: Uint8Array | null,
    rules: SearchMode,
    private readonly limit: SatLimit,
  ) {
    this.maximal = rules === 'preferred';
    const m = (this.m = members.length);
    for (let i = 0; i < m; i++) localOf[members[i]!] = i;
    // Trying IN first finds large (often preferred or stable) extensions early.
    this.solver.addVars(m, true);
    if (rules === 'stable') this.stableClauses(af, input);
    else this.completeClauses(af, input);
    if (this.maximal) for (let i = 0; i < m; i++) this.solver.preferTrue(i);
  }

  private completeClauses(af: IndexedFramework, input: Uint8Array | null): void {
    const { attackersStart, attackers } = af;
    const { m, members, localOf, solver: s } = this;
    s.addVars(m, false);
    for (let i = 0; i < m; i++) {
      const a = members[i]!;
      const inA = 2 * i;
      const outA = 2 * (m + i);
      const given = input ? input[i]! : FREE;
      s.addClause([inA ^ 1, outA ^ 1]);
      if (given === FORCED_OUT) {
        s.addClause([outA]);
        continue;
      }
      if (given === NOT_IN) s.addClause([inA ^ 1]);
      const someAttackerNotOut = [inA];
      const someAttackerIn = [outA ^ 1];
      for (let k = attackersStart[a]!, end = attackersStart[a + 1]!; k < end; k++) {
        const j = localOf[attackers[k]!]!;
        if (j < 0) continue;
        s.addClause([inA ^ 1, 2 * (m + j)]);
        s.addClause([(2 * j) ^ 1, outA]);
        someAttackerNotOut.push(2 * (m + j) + 1);
        someAttackerIn.push(2 * j);
      }
      if (given === FREE) s.addClause(someAttackerNotOut);
      s.addClause(someAttackerIn);
    }
  }

  /**
   * Stable labellings have no UNDEC, so OUT is not-IN and needs no variable of its own: conflict-free,
   * and every member not IN attacked by an IN one. Half the variables and a third of the clauses of the
   * complete encoding (whose extra rules stable implies): on a 200-argument question that needs 1,400
   * conflicts, about half the CPU.
   */
  private stableClauses(af: IndexedFramework, input: Uint8Array | null): void {
    const { attackersStart, attackers } = af;
    const { m, members, localOf, solver: s } = this;
    for (let i = 0; i < m; i++) {
      const a = members[i]!;
      const inA = 2 * i;
      const given = input ? input[i]! : FREE;
      if (given !== FREE) s.addClause([inA ^ 1]);
      // An IN attacker outside: attacked already.
      if (given === FORCED_OUT) continue;
      const attackedOrIn = [inA];
      for (let k = attackersStart[a]!, end = attackersStart[a + 1]!; k < end; k++) {
        const j = localOf[attackers[k]!]!;
        if (j < 0) continue;
        s.addClause([inA ^ 1, (2 * j) ^ 1]);
        attackedOrIn.push(2 * j);
      }
      s.addClause(attackedOrIn);
    }
  }

  release(): void {
    for (let i = 0; i < this.m; i++) this.localOf[this.members[i]!] = -1;
  }

  inLit(a: number): number | null {
    const i = this.localOf[a]!;
    return i < 0 ? null : 2 * i;
  }

  /**
   * Solves under assumptions, or (`resume`) goes on from the last model after `SatSolver.block`; throws
   * Stopped past the deadline.
   */
  sat(assumptions: readonly number[] = [], resume = false): boolean {
    // Enumeration makes many short calls, each under the solver's own check interval.
    if (this.limit.deadline !== undefined && Date.now() > this.limit.deadline) throw new Stopped();
    const answer = resume ? this.solver.resume(this.limit) : this.solver.solve(assumptions, this.limit);
    if (answer === 'stopped') throw new Stopped();
    return answer === 'sat';
  }

  /** The members IN in the last model (local indices, ascending). */
  modelIn(): number[] {
    const ins: number[] = [];
    for (let i = 0; i < this.m; i++) if (this.solver.value(2 * i) === 1) ins.push(i);
    return ins;
  }

  /** A clause: some member outside `localIns` is IN (the next extension is no subset). */
  leave(localIns: readonly number[]): number[] {
    const inside = new Uint8Array(this.m);
    for (const i of localIns) inside[i] = 1;
    const clause: number[] = [];
    for (let i = 0; i < this.m; i++) if (!inside[i]) clause.push(2 * i);
    return clause;
  }

  /**
   * Grows the last model's complete labelling to one whose IN set is maximal (local IN members): one
   * search under the IN members as assumptions, whose model is maximal among their supersets.
   */
  maximise(): number[] {
    if (!this.maximal) throw new Error('maximise needs an encoding made for preferred semantics');
    const ins = this.modelIn();
    if (!this.sat(ins.map((i) => 2 * i))) throw new Error('a model stopped being one');
    return this.modelIn();
  }

  /**
   * Calls `found` with the IN members of each labelling of the part (for preferred: the IN-maximal
   * ones, as clingo's domain-heuristic enumeration finds them: each search gives a maximal one, and
   * a clause then asks the next to leave it), each once, until `found` returns true or the solver finds
   * no more. Returns true when `found` stopped it.
   */
  each(mode: SearchMode, found: (localIns: number[]) => boolean | void): boolean {
    if (mode !== 'preferred') {
      // Given the input, a labelling is fixed by its IN members, and the variables are exactly the
      // labels: the solver's models are the labellings, each once.
      const answer = this.solver.enumerate(() => found(this.modelIn()), this.limit);
      if (answer === 'stopped') throw new Stopped();
      return answer === 'halted';
    }
    // Without assumptions each model is maximal already.
    if (!this.sat()) return false;
    for (;;) {
      const ins = this.modelIn();
      if (found(ins) === true) return true;
      // Growing the empty set just failed: no member can be IN in any labelling, so this was the only one.
      if (ins.length === 0) return false;
      // Later preferred extensions are not subsets of this one.
      if (!this.solver.block(this.leave(ins)) || !this.sat([], true)) return false;
    }
  }
}
