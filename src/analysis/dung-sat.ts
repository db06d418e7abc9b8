/**
 * A compact CDCL SAT solver, written for the Dung encodings in `dung-encoding.ts`: two watched literals,
 * first-UIP clause learning with non-chronological backjumping, VSIDS (`dung-sat-order.ts`), phase saving,
 * Luby restarts, and assumptions (MiniSat's scheme) so that one solver answers a run of related
 * questions and keeps what it learnt. No clause deletion: the calls it serves are short-lived.
 *
 * Literals are integers: variable v is 2v (true) and 2v+1 (false); `lit ^ 1` negates.
 */

import { VarOrder } from './dung-sat-order.js';

export type SatAnswer = 'sat' | 'unsat' | 'stopped';

/** When a call must give up: a wall-clock deadline (ms since the epoch). */
export interface SatLimit {
  deadline?: number;
}

const UNSET = -1;
/** What a deleted clause becomes: propagation drops its watches when it meets them. */
const DELETED = new Int32Array(0);

export class SatSolver {
  private nVars = 0;
  private clauses: Int32Array[] = [];
  /** Learnt clauses (indices) and their LBD, the number of decision levels they spanned when learnt. */
  private learnts: number[] = [];
  private lbd: number[] = [];
  private conflictsSeen = 0;
  private nextReduce = 2000;
  private watches: number[][] = [];
  /** Per variable: -1 unset, 0 false, 1 true. */
  private assign = new Int8Array(0);
  private level = new Int32Array(0);
  private reason = new Int32Array(0);
  private phase = new Uint8Array(0);
  private seen = new Uint8Array(0);
  private readonly order = new VarOrder();
  private trail = new Int32Array(0);
  private trailLen = 0;
  private qhead = 0;
  private trailLim: number[] = [];
  private readonly unset = (v: number): boolean => this.assign[v] === UNSET;
  /** False once the clauses are unsatisfiable without any assumption. */
  private ok = true;

  /** Adds `count` variables, initially preferring `initialPhase`; returns the first one's number. */
  addVars(count: number, initialPhase = false): number {
    const first = this.nVars;
    const total = first + count;
    if (total > this.assign.length) {
      const cap = Math.max(total, this.assign.length * 2, 16);
      const grow = <T extends Int8Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T, fill?: number): T => {
        const next = make(cap);
        if (fill !== undefined) next.fill(fill);
        next.set(old as never);
        return next;
      };
      this.assign = grow(this.assign, (n) => new Int8Array(n), UNSET);
      this.level = grow(this.level, (n) => new Int32Array(n));
      this.reason = grow(this.reason, (n) => new Int32Array(n), -1);
      this.phase = grow(this.phase, (n) => new Uint8Array(n));
      this.seen = grow(this.seen, (n) => new Uint8Array(n));
      this.trail = grow(this.trail, (n) => new Int32Array(n));
    }
    this.nVars = total;
    for (let v = first; v < total; v++) {
      this.phase[v] = initialPhase ? 1 : 0;
      this.watches.push([], []);
    }
    this.order.grow(total);
    return first;
  }

  /** The value a literal has in the last model (or now): 1 true, 0 false, -1 unset. */
  value(lit: number): number {
    const a = this.assign[lit >> 1]!;
    return a === UNSET ? UNSET : a ^ (lit & 1);
  }

  /** Sets which value the next decisions try first for v. */
  setPhase(v: number, value: boolean): void {
    this.phase[v] = value ? 1 : 0;
  }

  /** Adds a clause for good. Call between solves (it backtracks to the root). */
  addClause(lits: readonly number[]): void {
    if (!this.ok) return;
    this.backtrack(0);
    const sorted = [...new Set(lits)].sort((a, b) => a - b);
    const kept: number[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const l = sorted[i]!;
      if (i + 1 < sorted.length && sorted[i + 1] === (l ^ 1)) return; // x or not x: always true
      const v = this.value(l);
      if (v === 1) return;
      if (v === UNSET) kept.push(l);
    }
    if (kept.length === 0) {
      this.ok = false;
      return;
    }
    if (kept.length === 1) {
      this.enqueue(kept[0]!, -1);
      if (this.propagate() >= 0) this.ok = false;
      return;
    }
    this.attach(Int32Array.from(kept));
  }

  private attach(c: Int32Array): number {
    const ci = this.clauses.length;
    this.clauses.push(c);
    this.watches[c[0]!]!.push(ci, c[1]!);
    this.watches[c[1]!]!.push(ci, c[0]!);
    return ci;
  }

  private learn(learnt: number[]): number {
    const ci = this.attach(Int32Array.from(learnt));
    const levels = new Set<number>();
    for (const q of learnt) levels.add(this.level[q >> 1]!);
    this.learnts.push(ci);
    this.lbd[ci] = levels.size;
    return ci;
  }

  /**
   * Every few thousand conflicts, deletes half the learnt clauses, those of highest LBD (oldest first
   * among equals), keeping those of LBD 2 or less and those that are the reason of a current literal.
   * Without it propagation slows with every conflict: on a 1,000-argument acceptance question that
   * needs tens of thousands of conflicts, it was the difference between 1.5 and over 25 CPU seconds.
   */
  private reduceIfDue(): void {
    if (++this.conflictsSeen < this.nextReduce) return;
    this.nextReduce = this.conflictsSeen + 2000 + 300 * Math.floor(this.conflictsSeen / 2000);
    const { clauses, lbd, reason } = this;
    const locked = (ci: number) => {
      const c = clauses[ci]!;
      return reason[c[0]! >> 1] === ci && this.value(c[0]!) === 1;
    };
    const candidates = this.learnts.filter((ci) => lbd[ci]! > 2 && !locked(ci)).sort((x, y) => lbd[y]! - lbd[x]! || x - y);
    const drop = new Set(candidates.slice(0, candidates.length >> 1));
    for (const ci of drop) clauses[ci] = DELETED;
    this.learnts = this.learnts.filter((ci) => !drop.has(ci));
  }

  private enqueue(lit: number, reason: number): void {
    const v = lit >> 1;
    this.assign[v] = 1 ^ (lit & 1);
    this.level[v] = this.trailLim.length;
    this.reason[v] = reason;
    this.trail[this.trailLen++] = lit;
  }

  /**
   * Unit propagation to a fixpoint; the index of a falsified clause, or -1. A watch list holds pairs
   * (clause, blocker): another literal of the clause, and while it is true the clause is not read.
   */
  private propagate(): number {
    const { clauses, watches } = this;
    while (this.qhead < this.trailLen) {
      const falseLit = this.trail[this.qhead++]! ^ 1;
      const ws = watches[falseLit]!;
      let i = 0;
      let j = 0;
      while (i < ws.length) {
        const ci = ws[i]!;
        const blocker = ws[i + 1]!;
        i += 2;
        if (this.value(blocker) === 1) {
          ws[j++] = ci;
          ws[j++] = blocker;
          continue;
        }
        const c = clauses[ci]!;
        // A deleted learnt clause: drop the watch.
        if (c.length === 0) continue;
        if (c[0] === falseLit) {
          c[0] = c[1]!;
          c[1] = falseLit;
        }
        const first = c[0]!;
        if (first !== blocker && this.value(first) === 1) {
          ws[j++] = ci;
          ws[j++] = first;
          continue;
        }
        let moved = false;
        for (let k = 2; k < c.length; k++)
          if (this.value(c[k]!) !== 0) {
            c[1] = c[k]!;
            c[k] = falseLit;
            watches[c[1]!]!.push(ci, first);
            moved = true;
            break;
          }
        if (moved) continue;
        ws[j++] = ci;
        ws[j++] = first;
        if (this.value(first) === 0) {
          while (i < ws.length) ws[j++] = ws[i++]!;
          ws.length = j;
          this.qhead = this.trailLen;
          return ci;
        }
        this.enqueue(first, ci);
      }
      ws.length = j;
    }
    return -1;
  }

  /** First-UIP learning: the learnt clause (asserting literal first, backjump literal second) and its level. */
  private analyze(conflict: number): { learnt: number[]; backjump: number } {
    const learnt: number[] = [0];
    const current = this.trailLim.length;
    let pathCount = 0;
    let p = -1;
    let idx = this.trailLen - 1;
    let confl = conflict;
    do {
      const c = this.clauses[confl]!;
      for (let k = p === -1 ? 0 : 1; k < c.length; k++) {
        const q = c[k]!;
        const v = q >> 1;
        if (this.seen[v] || this.level[v] === 0) continue;
        this.order.bump(v);
        this.seen[v] = 1;
        if (this.level[v]! >= current) pathCount++;
        else learnt.push(q);
      }
      while (!this.seen[this.trail[idx]! >> 1]) idx--;
      p = this.trail[idx--]!;
      confl = this.reason[p >> 1]!;
      this.seen[p >> 1] = 0;
      pathCount--;
    } while (pathCount > 0);
    learnt[0] = p ^ 1;
    // Drop a literal implied by the others (MiniSat's recursive minimisation): follow its reasons back
    // while they stay on the clause's decision levels; it is redundant if they all end in the clause.
    const cleared = learnt.slice(1).map((q) => q >> 1);
    let levels = 0;
    for (let k = 1; k < learnt.length; k++) levels |= 1 << (this.level[learnt[k]! >> 1]! & 31);
    let kept = 1;
    for (let k = 1; k < learnt.length; k++) {
      const q = learnt[k]!;
      if (this.reason[q >> 1]! < 0 || !this.redundant(q, levels, cleared)) learnt[kept++] = q;
    }
    for (const v of cleared) this.seen[v] = 0;
    learnt.length = kept;
    let backjump = 0;
    let at = 1;
    for (let k = 1; k < learnt.length; k++) {
      const l = this.level[learnt[k]! >> 1]!;
      if (l > backjump) {
        backjump = l;
        at = k;
      }
    }
    if (learnt.length > 1) [learnt[1], learnt[at]] = [learnt[at]!, learnt[1]!];
    return { learnt, backjump };
  }

  /** Whether q's reasons lead back only to seen literals; marks what it proves on the way (listed in `cleared`). */
  private redundant(q: number, levels: number, cleared: number[]): boolean {
    const stack = [q];
    const top = cleared.length;
    while (stack.length > 0) {
      const c = this.clauses[this.reason[stack.pop()! >> 1]!]!;
      for (let k = 1; k < c.length; k++) {
        const v = c[k]! >> 1;
        if (this.seen[v] || this.level[v] === 0) continue;
        if (this.reason[v]! >= 0 && ((1 << (this.level[v]! & 31)) & levels) !== 0) {
          this.seen[v] = 1;
          stack.push(c[k]!);
          cleared.push(v);
          continue;
        }
        for (let t = top; t < cleared.length; t++) this.seen[cleared[t]!] = 0;
        cleared.length = top;
        return false;
      }
    }
    return true;
  }

  private backtrack(to: number): void {
    if (this.trailLim.length <= to) return;
    const keep = this.trailLim[to]!;
    for (let i = this.trailLen - 1; i >= keep; i--) {
      const v = this.trail[i]! >> 1;
      this.phase[v] = this.assign[v]!;
      this.assign[v] = UNSET;
      this.reason[v] = -1;
      this.order.insert(v);
    }
    this.trailLen = keep;
    this.qhead = keep;
    this.trailLim.length = to;
  }

  /**
   * Looks for a model in which every assumption holds. 'sat' leaves the model readable through
   * `value` until the next call; 'stopped' means the limit passed first.
   */
  solve(assumptions: readonly number[] = [], limit: SatLimit = {}): SatAnswer {
    if (!this.ok) return 'unsat';
    this.backtrack(0);
    if (this.propagate() >= 0) {
      this.ok = false;
      return 'unsat';
    }
    let conflicts = 0;
    let restartAt = 100;
    let restarts = 0;
    let steps = 0;
    for (;;) {
      if (limit.deadline !== undefined && (++steps & 1023) === 0 && Date.now() > limit.deadline) return 'stopped';
      const conflict = this.propagate();
      if (conflict >= 0) {
        conflicts++;
        if (this.trailLim.length === 0) {
          this.ok = false;
          return 'unsat';
        }
        const { learnt, backjump } = this.analyze(conflict);
        this.backtrack(backjump);
        if (learnt.length === 1) this.enqueue(learnt[0]!, -1);
        else this.enqueue(learnt[0]!, this.learn(learnt));
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
      const depth = this.trailLim.length;
      if (depth < assumptions.length) {
        const p = assumptions[depth]!;
        const v = this.value(p);
        if (v === 0) return 'unsat';
        this.trailLim.push(this.trailLen);
        if (v === UNSET) this.enqueue(p, -1);
        continue;
      }
      const next = this.order.next(this.unset);
      if (next < 0) return 'sat';
      this.trailLim.push(this.trailLen);
      this.enqueue(2 * next + (this.phase[next] ? 0 : 1), -1);
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
    if (this.propagate() >= 0) {
      this.ok = false;
      return 'done';
    }
    /** flipped[d]: level d holds a flipped decision; no level at or below `bound` may be backjumped over. */
    const flipped: boolean[] = [false];
    let bound = 0;
    // The subtree under the deepest unflipped decision is done: flip it, or report the end.
    const flipDeepest = (): boolean => {
      let d = this.trailLim.length;
      while (d > 0 && flipped[d]) d--;
      if (d === 0) return false;
      const decision = this.trail[this.trailLim[d - 1]!]!;
      this.backtrack(d - 1);
      this.trailLim.push(this.trailLen);
      this.enqueue(decision ^ 1, -1);
      flipped.length = d;
      flipped.push(true);
      bound = d;
      return true;
    };
    let steps = 0;
    for (;;) {
      if (limit.deadline !== undefined && (++steps & 1023) === 0 && Date.now() > limit.deadline) return (this.backtrack(0), 'stopped');
      const conflict = this.propagate();
      if (conflict >= 0) {
        if (this.trailLim.length === 0) {
          // Level 0 holds only what the clauses imply: they have no model (left).
          this.ok = false;
          return 'done';
        }
        if (this.trailLim.length <= bound) {
          if (!flipDeepest()) return (this.backtrack(0), 'done');
          continue;
        }
        const { learnt, backjump } = this.analyze(conflict);
        const to = Math.max(backjump, bound);
        this.backtrack(to);
        flipped.length = to + 1;
        // A unit learnt at a level above 0 still needs a reason: an unwatched one-literal clause.
        const reason = learnt.length === 1 ? this.clauses.push(Int32Array.of(learnt[0]!)) - 1 : this.learn(learnt);
        this.enqueue(learnt[0]!, to === 0 && learnt.length === 1 ? -1 : reason);
        this.order.decay();
        this.reduceIfDue();
        continue;
      }
      const next = this.order.next(this.unset);
      if (next < 0) {
        if (onModel() === true) return 'halted';
        if (!flipDeepest()) return (this.backtrack(0), 'done');
        continue;
      }
      this.trailLim.push(this.trailLen);
      flipped.push(false);
      this.enqueue(2 * next + (this.phase[next] ? 0 : 1), -1);
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
