/**
 * The clause database of the SAT core (`dung-sat-core.ts`). Two-literal clauses, most of what the Dung
 * encodings produce, are kept as implication lists (for literal l, the literals that become true when l
 * turns false) and are never read from memory during propagation beyond those lists. Longer clauses live
 * in one flat Int32Array arena, each as [size, lbd, literals...] at its reference, watched on its first
 * two literals. Both kinds of list are keyed by the literal whose turning false wakes them. Watch lists are growable Int32Arrays of (clause, blocker) pairs with a length beside them.
 * Flat typed storage rather than an Int32Array object per clause and JS arrays for watches: on a
 * 1,000-argument credulous question needing 40k conflicts that was 270 µs per conflict, most of it in
 * propagation walking objects and resizing arrays.
 */

/** lbd word of a clause in the input (never deleted), and of a deleted learnt clause. */
export const ORIGINAL = 0;
export const DELETED = -1;
/** Added to a learnt clause's lbd word when conflict analysis uses it; the next reduction spares it once. */
export const USED = 1 << 24;

/** Growable list of int32 per literal: storage and length, kept apart so that a push is one store. */
export class LitLists {
  lists: Int32Array[] = [];
  len = new Int32Array(0);

  grow(literals: number): void {
    if (literals > this.len.length) {
      const len = new Int32Array(Math.max(literals, this.len.length * 2, 32));
      len.set(this.len);
      this.len = len;
    }
    while (this.lists.length < literals) this.lists.push(new Int32Array(4));
  }

  push(lit: number, x: number): void {
    const n = this.len[lit]!;
    let list = this.lists[lit]!;
    if (n === list.length) {
      const bigger = new Int32Array(2 * n);
      bigger.set(list);
      this.lists[lit] = list = bigger;
    }
    list[n] = x;
    this.len[lit] = n + 1;
  }

  push2(lit: number, x: number, y: number): void {
    const n = this.len[lit]!;
    let list = this.lists[lit]!;
    if (n + 2 > list.length) {
      const bigger = new Int32Array(2 * list.length + 2);
      bigger.set(list);
      this.lists[lit] = list = bigger;
    }
    list[n] = x;
    list[n + 1] = y;
    this.len[lit] = n + 2;
  }
}

export class ClauseDb {
  arena = new Int32Array(1 << 12);
  /** First free word of the arena. */
  top = 0;
  /** Words held by deleted clauses: once they are half the arena, it is compacted. */
  private wasted = 0;
  /** Learnt long clauses, by reference, oldest first. */
  learnts: number[] = [];
  readonly bins = new LitLists();
  readonly watches = new LitLists();

  grow(literals: number): void {
    this.bins.grow(literals);
    this.watches.grow(literals);
  }

  /** Stores a clause of two literals or more; returns its arena reference, or -1 for a binary one. */
  add(lits: ArrayLike<number>, n: number, lbd: number): number {
    if (n === 2) {
      // Either literal false makes the other true.
      this.bins.push(lits[0]!, lits[1]!);
      this.bins.push(lits[1]!, lits[0]!);
      return -1;
    }
    const ref = this.store(lits, n, lbd);
    this.watches.push2(lits[0]!, ref, lits[1]!);
    this.watches.push2(lits[1]!, ref, lits[0]!);
    if (lbd !== ORIGINAL) this.learnts.push(ref);
    return ref;
  }

  /** Stores a clause nobody watches (a unit learnt above level 0, kept only to be a reason). */
  store(lits: ArrayLike<number>, n: number, lbd: number): number {
    if (this.top + n + 2 > this.arena.length) {
      const bigger = new Int32Array(Math.max(2 * this.arena.length, this.top + n + 2));
      bigger.set(this.arena.subarray(0, this.top));
      this.arena = bigger;
    }
    const ref = this.top;
    const a = this.arena;
    a[ref] = n;
    a[ref + 1] = lbd;
    for (let k = 0; k < n; k++) a[ref + 2 + k] = lits[k]!;
    this.top += n + 2;
    return ref;
  }

  /**
   * Deletes half the learnt clauses, those of highest LBD (oldest first among equals), sparing LBD 2 or
   * less and the clauses `locked` says are reasons now. Without it propagation slows with every conflict:
   * on a 1,000-argument acceptance question that needs tens of thousands of conflicts, it was the
   * difference between 1.5 and over 25 CPU seconds. Returns true when the arena should be compacted.
   */
  reduce(locked: (ref: number) => boolean): boolean {
    const a = this.arena;
    const candidates: number[] = [];
    for (const ref of this.learnts) {
      const word = a[ref + 1]!;
      if (word >= USED) a[ref + 1] = word - USED;
      else if (word > 2 && !locked(ref)) candidates.push(ref);
    }
    candidates.sort((x, y) => a[y + 1]! - a[x + 1]! || x - y);
    const drop = candidates.slice(0, candidates.length >> 1);
    for (const ref of drop) {
      a[ref + 1] = DELETED;
      this.wasted += a[ref]! + 2;
    }
    this.learnts = this.learnts.filter((ref) => a[ref + 1] !== DELETED);
    return this.wasted * 2 > this.top;
  }

  /**
   * Moves the live clauses together and rebuilds the watch lists (a clause is always watched on its first
   * two literals, so they can be rebuilt from the arena at any point of the search). `reason` is remapped.
   */
  compact(reason: Int32Array, nVars: number): void {
    const old = this.arena;
    const next = new Int32Array(Math.max(1 << 12, 2 * (this.top - this.wasted)));
    let top = 0;
    for (let ref = 0; ref < this.top; ref += old[ref]! + 2) {
      if (old[ref + 1] === DELETED) continue;
      const size = old[ref]!;
      next.set(old.subarray(ref, ref + size + 2), top);
      // The old arena is dropped after this: its first literal slot remembers where the clause went.
      if (size > 0) old[ref + 2] = top;
      top += size + 2;
    }
    for (let v = 0; v < nVars; v++) if (reason[v]! >= 0) reason[v] = old[reason[v]! + 2]!;
    this.learnts = this.learnts.map((ref) => old[ref + 2]!);
    this.arena = next;
    this.top = top;
    this.wasted = 0;
    this.watches.len.fill(0);
    for (let ref = 0; ref < top; ref += next[ref]! + 2)
      if (next[ref]! >= 2) {
        this.watches.push2(next[ref + 2]!, ref, next[ref + 3]!);
        this.watches.push2(next[ref + 3]!, ref, next[ref + 2]!);
      }
  }
}
