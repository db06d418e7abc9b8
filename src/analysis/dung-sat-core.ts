/**
 * Assignment, unit propagation and conflict analysis of the SAT core; the search loops that drive them
 * are in `dung-sat.ts`, the clauses in `dung-sat-clauses.ts`. Two watched literals with blockers, binary
 * clauses as implication lists, first-UIP learning with recursive minimisation, VSIDS
 * (`dung-sat-order.ts`) and phase saving. Propagation allocates nothing: every structure it touches is a
 * typed array.
 *
 * Literals are integers: variable v is 2v (true) and 2v+1 (false); `lit ^ 1` negates.
 */

import { ClauseDb, ORIGINAL, USED } from './dung-sat-clauses.js';
import { VarOrder } from './dung-sat-order.js';

/** `reason` of a decision or a level-0 fact; binary reasons are coded below BINARY as BINARY - other literal. */
export const NO_REASON = -1;
/** What `propagate` returns when a binary clause is falsified (its literals in `conflictA/B`). */
export const BIN_CONFLICT = -2;
const BINARY = -3;

export class CdclCore {
  protected nVars = 0;
  protected readonly db = new ClauseDb();
  /** Per literal: 1 true, -1 false, 0 unset (both literals of a variable are written together). */
  protected val = new Int8Array(0);
  protected level = new Int32Array(0);
  protected reason = new Int32Array(0);
  protected phase = new Uint8Array(0);
  /** Per variable, 1 when `preferTrue` made it a maximised one: decided first, and true first always. */
  protected preferred = new Uint8Array(0);
  private seen = new Uint8Array(0);
  /** Per decision level, the conflict that last counted it (LBD without a Set per clause). */
  private levelStamp = new Int32Array(0);
  private stamp = 0;
  protected readonly order = new VarOrder();
  protected trail = new Int32Array(0);
  protected trailLen = 0;
  private qhead = 0;
  /** Per decision level, where it starts on the trail; `levels` is the current level. */
  protected trailLim = new Int32Array(0);
  protected levels = 0;
  private conflictA = 0;
  private conflictB = 0;
  private conflictsSeen = 0;
  /**
   * Scratch of conflict analysis as typed arrays with their own lengths: a JS array whose length is set
   * back to 0 drops its storage and reallocates as it grows again, and on a 200-argument enumeration
   * that (with the decision levels kept the same way) made about 4 KB of garbage per conflict.
   */
  protected learnt = new Int32Array(0);
  protected learntLen = 0;
  private cleared = new Int32Array(0);
  private clearedLen = 0;
  private stack = new Int32Array(0);
  private stackLen = 0;
  private nextReduce = 2000;
  /** Scratch of `addClause`: a stamp per literal, and the clause being added. */
  private litStamp = new Int32Array(0);
  private addStamp = 0;
  private addBuf = new Int32Array(16);
  /** False once the clauses are unsatisfiable without any assumption. */
  protected ok = true;

  /** Adds `count` variables, initially preferring `initialPhase`; returns the first one's number. */
  addVars(count: number, initialPhase = false): number {
    const first = this.nVars;
    const total = first + count;
    if (total > this.level.length) {
      const cap = Math.max(total, this.level.length * 2, 16);
      const grow = <T extends Int8Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T, fill?: number): T => {
        const next = make(cap);
        if (fill !== undefined) next.fill(fill);
        next.set(old as never);
        return next;
      };
      this.val = grow(this.val, () => new Int8Array(2 * cap));
      this.litStamp = grow(this.litStamp, () => new Int32Array(2 * cap));
      this.level = grow(this.level, (n) => new Int32Array(n));
      this.reason = grow(this.reason, (n) => new Int32Array(n), NO_REASON);
      this.phase = grow(this.phase, (n) => new Uint8Array(n));
      this.preferred = grow(this.preferred, (n) => new Uint8Array(n));
      this.seen = grow(this.seen, (n) => new Uint8Array(n));
      this.levelStamp = grow(this.levelStamp, (n) => new Int32Array(n + 1));
      this.trail = grow(this.trail, (n) => new Int32Array(n));
      // Assumption levels can be empty, so there can be up to two levels per variable.
      this.trailLim = grow(this.trailLim, () => new Int32Array(2 * cap + 2));
      this.learnt = new Int32Array(cap + 1);
      this.cleared = new Int32Array(cap + 1);
      this.stack = new Int32Array(cap + 1);
    }
    this.nVars = total;
    for (let v = first; v < total; v++) this.phase[v] = initialPhase ? 1 : 0;
    this.db.grow(2 * total);
    this.order.grow(total);
    return first;
  }

  /** The value a literal has in the last model (or now): 1 true, 0 false, -1 unset. */
  value(lit: number): number {
    const x = this.val[lit]!;
    return x === 0 ? -1 : x === 1 ? 1 : 0;
  }

  /** Sets which value the next decisions try first for v. */
  setPhase(v: number, value: boolean): void {
    this.phase[v] = value ? 1 : 0;
  }

  /**
   * Makes every model the search finds maximal in v, with the other variables given `preferTrue`: no
   * model of the clauses (and of the assumptions) sets a strict superset of them true. Those variables
   * are decided before any other and always true first; then every one of them that ends false was
   * implied false by true ones the model shares with any superset (Di Rosa, Giunchiglia and Maratea's
   * result for DPLL with learning, which restarts and backjumps keep). Call before solving.
   */
  preferTrue(v: number): void {
    this.preferred[v] = 1;
    this.order.putFirst(v);
  }

  /** The literal to decide for v: true for a maximised variable, else its saved phase. */
  protected decision(v: number): number {
    return 2 * v + (this.preferred[v] || this.phase[v] ? 0 : 1);
  }

  /** Adds a clause for good. Call between solves (it backtracks to the root). */
  addClause(lits: readonly number[]): void {
    if (!this.ok) return;
    this.backtrack(0);
    // The encodings add thousands of clauses before the first decision, in code not yet optimised, so
    // nothing is allocated per clause: repeats and "x or not x" are found by a stamp per literal, and the
    // survivors are sorted in place (clauses are short), in ascending order as the watches expect.
    const stamp = ++this.addStamp;
    const mark = this.litStamp;
    const kept = this.addBuf.length >= lits.length ? this.addBuf : (this.addBuf = new Int32Array(2 * lits.length));
    let len = 0;
    for (let i = 0; i < lits.length; i++) {
      const l = lits[i]!;
      const v = this.val[l]!;
      if (v === 1 || mark[l ^ 1] === stamp) return;
      if (mark[l] === stamp) continue;
      mark[l] = stamp;
      if (v === -1) continue;
      let k = len++;
      for (; k > 0 && kept[k - 1]! > l; k--) kept[k] = kept[k - 1]!;
      kept[k] = l;
    }
    if (len === 0) {
      this.ok = false;
      return;
    }
    if (len === 1) {
      this.enqueue(kept[0]!, NO_REASON);
      if (this.propagate() !== NO_REASON) this.ok = false;
      return;
    }
    this.db.add(kept, len, ORIGINAL);
  }

  /**
   * Adds a clause that the current (complete) assignment falsifies, backjumping only as far as it needs:
   * to the level where it asserts its deepest literal, or, with two literals on its deepest level, to
   * just above it. False when no model is left. Then `resume` goes on from there.
   */
  block(lits: readonly number[]): boolean {
    if (!this.ok) return false;
    // Level-0 literals are false for good. Only the two deepest need their places (first two, watched);
    // sorting the whole clause cost a tenth of a preferred enumeration that blocks after every model.
    const level = this.level;
    const c: number[] = [];
    for (let k = 0; k < lits.length; k++) {
      const l = lits[k]!;
      const lv = level[l >> 1]!;
      if (lv === 0) continue;
      c.push(l);
      const last = c.length - 1;
      if (last > 0 && lv > level[c[0]! >> 1]!) {
        c[last] = c[1]!;
        c[1] = c[0]!;
        c[0] = l;
      } else if (last > 1 && lv > level[c[1]! >> 1]!) {
        c[last] = c[1]!;
        c[1] = l;
      }
    }
    if (c.length === 0) return (this.ok = false);
    if (c.length === 1) {
      this.backtrack(0);
      this.enqueue(c[0]!, NO_REASON);
      return true;
    }
    const deepest = this.level[c[0]! >> 1]!;
    const next = this.level[c[1]! >> 1]!;
    if (deepest === next) {
      this.backtrack(deepest - 1);
      this.db.add(c, c.length, ORIGINAL);
      return true;
    }
    this.backtrack(next);
    const ref = this.db.add(c, c.length, ORIGINAL);
    this.enqueue(c[0]!, ref < 0 ? BINARY - c[1]! : ref);
    return true;
  }

  protected enqueue(lit: number, reason: number): void {
    const v = lit >> 1;
    this.val[lit] = 1;
    this.val[lit ^ 1] = -1;
    this.level[v] = this.levels;
    this.reason[v] = reason;
    this.trail[this.trailLen++] = lit;
  }

  /**
   * Unit propagation to a fixpoint: NO_REASON, or the falsified clause (BIN_CONFLICT for a binary one).
   * A watch list holds pairs (clause, blocker): another literal of the clause, and while it is true the
   * clause is not read.
   */
  protected propagate(): number {
    const val = this.val;
    const { bins, watches } = this.db;
    while (this.qhead < this.trailLen) {
      const falseLit = this.trail[this.qhead++]! ^ 1;
      const implied = bins.lists[falseLit]!;
      for (let i = 0, n = bins.len[falseLit]!; i < n; i++) {
        const other = implied[i]!;
        const v = val[other]!;
        if (v === 1) continue;
        if (v === -1) {
          this.conflictA = falseLit;
          this.conflictB = other;
          this.qhead = this.trailLen;
          return BIN_CONFLICT;
        }
        this.enqueue(other, BINARY - falseLit);
      }
      const arena = this.db.arena;
      const ws = watches.lists[falseLit]!;
      const n = watches.len[falseLit]!;
      let i = 0;
      let j = 0;
      while (i < n) {
        const ref = ws[i]!;
        const blocker = ws[i + 1]!;
        i += 2;
        if (val[blocker] === 1) {
          ws[j++] = ref;
          ws[j++] = blocker;
          continue;
        }
        // A deleted learnt clause: drop the watch.
        if (arena[ref + 1]! < 0) continue;
        const base = ref + 2;
        let first = arena[base]!;
        if (first === falseLit) {
          first = arena[base + 1]!;
          arena[base] = first;
          arena[base + 1] = falseLit;
        }
        if (first !== blocker && val[first] === 1) {
          ws[j++] = ref;
          ws[j++] = first;
          continue;
        }
        const end = base + arena[ref]!;
        let k = base + 2;
        while (k < end && val[arena[k]!] === -1) k++;
        if (k < end) {
          const lit = arena[k]!;
          arena[base + 1] = lit;
          arena[k] = falseLit;
          // lit is not falseLit, so this never moves the list being walked.
          watches.push2(lit, ref, first);
          continue;
        }
        ws[j++] = ref;
        ws[j++] = first;
        if (val[first] === -1) {
          while (i < n) ws[j++] = ws[i++]!;
          watches.len[falseLit] = j;
          this.qhead = this.trailLen;
          return ref;
        }
        this.enqueue(first, ref);
      }
      watches.len[falseLit] = j;
    }
    return NO_REASON;
  }

  /** Opens a decision level. */
  protected newLevel(): void {
    this.trailLim[this.levels++] = this.trailLen;
  }

  /** Marks literal q of a clause met in analysis; 1 when it is on the current level (one more path to the UIP). */
  private meet(q: number, current: number): number {
    const v = q >> 1;
    if (this.seen[v] || this.level[v] === 0) return 0;
    this.order.bump(v);
    this.seen[v] = 1;
    if (this.level[v]! >= current) return 1;
    this.learnt[this.learntLen++] = q;
    return 0;
  }

  /**
   * First-UIP learning: the learnt clause in `learnt[0 .. learntLen)` (asserting literal first, backjump
   * literal second); returns the level to backjump to. The clause is a buffer reused by the next
   * conflict: store it before then.
   */
  protected analyze(conflict: number): number {
    const learnt = this.learnt;
    this.learntLen = 1;
    const current = this.levels;
    const arena = this.db.arena;
    let pathCount = 0;
    let idx = this.trailLen - 1;
    let confl = conflict;
    let p = -1;
    do {
      if (confl === BIN_CONFLICT) pathCount += this.meet(this.conflictA, current) + this.meet(this.conflictB, current);
      else if (confl <= BINARY) pathCount += this.meet(BINARY - confl, current);
      // A long reason has the literal it implied first.
      else {
        if (arena[confl + 1]! > 0 && arena[confl + 1]! < USED) arena[confl + 1]! += USED;
        for (let k = confl + (p === -1 ? 2 : 3), end = confl + 2 + arena[confl]!; k < end; k++) pathCount += this.meet(arena[k]!, current);
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
    const len = this.learntLen;
    const cleared = this.cleared;
    for (let k = 1; k < len; k++) cleared[k - 1] = learnt[k]! >> 1;
    this.clearedLen = len - 1;
    let levels = 0;
    for (let k = 1; k < len; k++) levels |= 1 << (this.level[learnt[k]! >> 1]! & 31);
    let kept = 1;
    for (let k = 1; k < len; k++) {
      const q = learnt[k]!;
      if (this.reason[q >> 1] === NO_REASON || !this.redundant(q, levels)) learnt[kept++] = q;
    }
    for (let k = 0; k < this.clearedLen; k++) this.seen[cleared[k]!] = 0;
    this.learntLen = kept;
    let backjump = 0;
    let at = 1;
    for (let k = 1; k < kept; k++) {
      const l = this.level[learnt[k]! >> 1]!;
      if (l > backjump) {
        backjump = l;
        at = k;
      }
    }
    if (kept > 1) {
      const q = learnt[1]!;
      learnt[1] = learnt[at]!;
      learnt[at] = q;
    }
    return backjump;
  }

  /** Whether q's reasons lead back only to seen literals; marks what it proves on the way (listed in `cleared`). */
  private redundant(q: number, levels: number): boolean {
    const stack = this.stack;
    stack[0] = q;
    this.stackLen = 1;
    const top = this.clearedLen;
    while (this.stackLen > 0) {
      const r = this.reason[stack[--this.stackLen]! >> 1]!;
      let ok = true;
      if (r <= BINARY) ok = this.implied(BINARY - r, levels);
      else {
        const arena = this.db.arena;
        for (let k = r + 3, end = r + 2 + arena[r]!; ok && k < end; k++) ok = this.implied(arena[k]!, levels);
      }
      if (!ok) {
        for (let t = top; t < this.clearedLen; t++) this.seen[this.cleared[t]!] = 0;
        this.clearedLen = top;
        return false;
      }
    }
    return true;
  }

  /** One literal of a reason in `redundant`: already proved, or to be followed, or (false) a dead end. */
  private implied(lit: number, levels: number): boolean {
    const v = lit >> 1;
    if (this.seen[v] || this.level[v] === 0) return true;
    if (this.reason[v] === NO_REASON || ((1 << (this.level[v]! & 31)) & levels) === 0) return false;
    this.seen[v] = 1;
    this.stack[this.stackLen++] = lit;
    this.cleared[this.clearedLen++] = v;
    return true;
  }

  /**
   * Stores the clause `analyze` learnt and asserts its first literal at the level it backjumped to: as a
   * fact when it is a unit on level 0; a unit above level 0 (enumeration never backjumps past a flipped
   * level) still needs a reason, an unwatched one-literal clause.
   */
  protected assertLearnt(): void {
    const learnt = this.learnt;
    const len = this.learntLen;
    if (len === 1) {
      this.enqueue(learnt[0]!, this.levels === 0 ? NO_REASON : this.db.store(learnt, 1, ORIGINAL));
      return;
    }
    if (len === 2) {
      this.db.add(learnt, 2, ORIGINAL);
      this.enqueue(learnt[0]!, BINARY - learnt[1]!);
      return;
    }
    const stamp = ++this.stamp;
    let lbd = 0;
    for (let k = 0; k < len; k++) {
      const l = this.level[learnt[k]! >> 1]!;
      if (this.levelStamp[l] !== stamp) {
        this.levelStamp[l] = stamp;
        lbd++;
      }
    }
    this.enqueue(learnt[0]!, this.db.add(learnt, len, lbd));
  }

  /** Counts a conflict; every few thousand, halves the learnt clauses (`ClauseDb.reduce`). */
  protected reduceIfDue(): void {
    if (++this.conflictsSeen < this.nextReduce) return;
    this.nextReduce = this.conflictsSeen + 2000 + 300 * Math.floor(this.conflictsSeen / 2000);
    const locked = (ref: number) => {
      const first = this.db.arena[ref + 2]!;
      return this.reason[first >> 1] === ref && this.val[first] === 1;
    };
    if (this.db.reduce(locked)) this.db.compact(this.reason, this.nVars);
  }

  protected backtrack(to: number): void {
    if (this.levels <= to) return;
    const keep = this.trailLim[to]!;
    for (let i = this.trailLen - 1; i >= keep; i--) {
      const v = this.trail[i]! >> 1;
      this.phase[v] = this.val[2 * v] === 1 ? 1 : 0;
      this.val[2 * v] = 0;
      this.val[2 * v + 1] = 0;
      this.reason[v] = NO_REASON;
      this.order.insert(v);
    }
    this.trailLen = keep;
    this.qhead = keep;
    this.levels = to;
  }
}
