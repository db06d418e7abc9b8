/**
 * A compact CDCL SAT solver, written for the Dung encodings in `dung-encoding.ts`: the search loops over
 * the core of `dung-sat-core.ts` (propagation, learning) and `dung-sat-clauses.ts` (clause database).
 * Luby restarts and assumptions (MiniSat's scheme), so that one solver answers a run of related
 * questions and keeps what it learnt; and enumeration of every model without blocking clauses.
 *
 * Literals are integers: variable v is 2v (true) and 2v+1 (false); `lit ^ 1` negates.
 */

import { CdclCore, NO_REASON } from './dung-sat-core.js';

export type SatAnswer = 'sat' | 'unsat' | 'stopped';

/** When a call must give up: a wall-clock deadline (ms since the epoch). */
export interface SatLimit {
  deadline?: number;
}

export class SatSolver extends CdclCore {
  /**
   * Looks for a model in which every assumption holds. 'sat' leaves the model readable through
   * `value` until the next call; 'stopped' means the limit passed first.
   */
  solve(assumptions: readonly number[] = [], limit: SatLimit = {}): SatAnswer {
    if (!this.ok) return 'unsat';
    this.backtrack(0);
    if (this.propagate() !== NO_REASON) {
      this.ok = false;
      return 'unsat';
    }
    return this.search(assumptions, limit);
  }

  /**
   * After `block`, looks for the next model from where the last one left the search, instead of from
   * the root: a run of models (preferred extensions one after another) each costs a short descent.
   */
  resume(limit: SatLimit = {}): SatAnswer {
    return this.ok ? this.search([], limit) : 'unsat';
  }

  private search(assumptions: readonly number[], limit: SatLimit): SatAnswer {
    let conflicts = 0;
    let restartAt = 100;
    let restarts = 0;
    let steps = 0;
    for (;;) {
      if (limit.deadline !== undefined && (++steps & 1023) === 0 && Date.now() > limit.deadline) return 'stopped';
      const conflict = this.propagate();
      if (conflict !== NO_REASON) {
        conflicts++;
        if (this.levels === 0) {
          this.ok = false;
          return 'unsat';
        }
        this.backtrack(this.analyze(conflict));
        this.assertLearnt();
        this.order.decay();
        this.reduceIfDue();
        continue;
      }
      if (conflicts >= restartAt) {
        restarts++;
        restartAt = conflicts + 100 * luby(restarts);
        this.backtrack(0);
        continue;
      }
      const depth = this.levels;
      if (depth < assumptions.length) {
        const p = assumptions[depth]!;
        const v = this.val[p]!;
        if (v === -1) return 'unsat';
        this.newLevel();
        if (v === 0) this.enqueue(p, NO_REASON);
        continue;
      }
      const next = this.order.next(this.val);
      if (next < 0) return 'sat';
      this.newLevel();
      this.enqueue(this.decision(next), NO_REASON);
    }
  }

  /**
   * Calls `onModel` for every model, each once, until it returns true ('halted') or the limit passes
   * ('stopped'); 'done' when there are no more. No blocking clauses: after a model the deepest decision
   * not yet flipped is flipped, on a level of its own that backjumps never undo (Gebser, Kaufmann,
   * Neumann and Schaub's conflict-driven enumeration), so each model costs one descent however many
   * came before. Learnt clauses stay: they follow from the clauses alone.
   */
  enumerate(onModel: () => boolean | void, limit: SatLimit = {}): 'done' | 'halted' | 'stopped' {
    if (!this.ok) return 'done';
    this.backtrack(0);
    if (this.propagate() !== NO_REASON) {
      this.ok = false;
      return 'done';
    }
    /** flipped[d]: level d holds a flipped decision; no level at or below `bound` may be backjumped over. */
    const flipped = new Uint8Array(this.trailLim.length + 1);
    let bound = 0;
    // The subtree under the deepest unflipped decision is done: flip it, or report the end.
    const flipDeepest = (): boolean => {
      let d = this.levels;
      while (d > 0 && flipped[d]) d--;
      if (d === 0) return false;
      const decision = this.trail[this.trailLim[d - 1]!]!;
      this.backtrack(d - 1);
      this.newLevel();
      this.enqueue(decision ^ 1, NO_REASON);
      flipped[d] = 1;
      bound = d;
      return true;
    };
    let steps = 0;
    for (;;) {
      if (limit.deadline !== undefined && (++steps & 1023) === 0 && Date.now() > limit.deadline) return (this.backtrack(0), 'stopped');
      const conflict = this.propagate();
      if (conflict !== NO_REASON) {
        if (this.levels === 0) {
          // Level 0 holds only what the clauses imply: they have no model (left).
          this.ok = false;
          return 'done';
        }
        if (this.levels <= bound) {
          if (!flipDeepest()) return (this.backtrack(0), 'done');
          continue;
        }
        // A level reopened later is marked again (unflipped by a decision, flipped by flipDeepest).
        this.backtrack(Math.max(this.analyze(conflict), bound));
        this.assertLearnt();
        this.order.decay();
        this.reduceIfDue();
        continue;
      }
      const next = this.order.next(this.val);
      if (next < 0) {
        if (onModel() === true) return 'halted';
        if (!flipDeepest()) return (this.backtrack(0), 'done');
        continue;
      }
      this.newLevel();
      flipped[this.levels] = 0;
      this.enqueue(this.decision(next), NO_REASON);
    }
  }
}

/** The Luby sequence 1 1 2 1 1 2 4 …, for restart intervals (i from 1). */
function luby(i: number): number {
  let size = 1;
  let seq = 0;
  while (size < i + 1) {
    seq++;
    size = 2 * size + 1;
  }
  let x = i;
  while (size - 1 !== x) {
    size = (size - 1) >> 1;
    seq--;
    x = x % size;
  }
  return 2 ** seq;
}
