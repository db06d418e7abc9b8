/**
 * VSIDS for the SAT core (`dung-sat.ts`): an activity per variable, bumped when the variable takes part
 * in a conflict and decaying by raising the bump instead of lowering every score, and a binary max-heap
 * on activity from which the next decision variable is taken. Variables marked `first` come out of the
 * heap before every other one, whatever the activities (the maximal-model search needs that).
 */
export class VarOrder {
  private activity = new Float64Array(0);
  private inc = 1;
  /** The heap in `heap[0 .. size)`: a typed array, as a JS array shrunk by pop reallocates when it grows back. */
  private heap = new Int32Array(0);
  private size = 0;
  private index = new Int32Array(0);
  private first = new Uint8Array(0);
  private n = 0;

  /** Makes room for variables up to `count` (exclusive) and puts the new ones in the heap. */
  grow(count: number): void {
    if (count > this.index.length) {
      const cap = Math.max(count, this.index.length * 2, 16);
      const activity = new Float64Array(cap);
      activity.set(this.activity);
      const index = new Int32Array(cap).fill(-1);
      index.set(this.index);
      const first = new Uint8Array(cap);
      first.set(this.first);
      const heap = new Int32Array(cap);
      heap.set(this.heap);
      this.heap = heap;
      this.activity = activity;
      this.index = index;
      this.first = first;
    }
    for (let v = this.n; v < count; v++) this.insert(v);
    this.n = count;
  }

  /** Puts v back (after backtracking unassigns it), unless it is already in. */
  insert(v: number): void {
    if (this.index[v]! >= 0) return;
    this.index[v] = this.size;
    this.heap[this.size++] = v;
    this.siftUp(this.size - 1);
  }

  /** Makes v come out before every variable not so marked. */
  putFirst(v: number): void {
    this.first[v] = 1;
    const i = this.index[v]!;
    if (i >= 0) this.siftUp(i);
  }

  /** Heap order: marked variables first, then by activity. */
  private above(u: number, v: number): boolean {
    const fu = this.first[u]!;
    const fv = this.first[v]!;
    return fu !== fv ? fu > fv : this.activity[u]! > this.activity[v]!;
  }

  bump(v: number): void {
    if ((this.activity[v]! += this.inc) > 1e100) {
      for (let u = 0; u < this.n; u++) this.activity[u]! *= 1e-100;
      this.inc *= 1e-100;
    }
    const i = this.index[v]!;
    if (i >= 0) this.siftUp(i);
  }

  /** After each conflict: later bumps weigh more, so recent conflicts lead. */
  decay(): void {
    this.inc /= 0.95;
  }

  /**
   * The most active variable still unassigned in `val` (per literal, 0 when unset; assigned ones are
   * dropped on the way), or -1. An array rather than a predicate: a closure made per solver is a new
   * call target for every solver, and the decomposed search makes one solver per component.
   */
  next(val: Int8Array): number {
    while (this.size > 0) {
      const v = this.pop();
      if (val[2 * v] === 0) return v;
    }
    return -1;
  }

  private siftUp(i: number): void {
    const { heap, index } = this;
    const v = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const u = heap[parent]!;
      if (!this.above(v, u)) break;
      heap[i] = u;
      index[u] = i;
      i = parent;
    }
    heap[i] = v;
    index[v] = i;
  }

  private pop(): number {
    const { heap, index } = this;
    const top = heap[0]!;
    const size = --this.size;
    const last = heap[size]!;
    index[top] = -1;
    if (size > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && this.above(heap[child + 1]!, heap[child]!)) child++;
        if (!this.above(heap[child]!, last)) break;
        heap[i] = heap[child]!;
        index[heap[i]!] = i;
        i = child;
      }
      heap[i] = last;
      index[last] = i;
    }
    return top;
  }
}
