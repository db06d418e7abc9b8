/**
 * The labelling search behind complete, preferred and stable semantics, over the integer core.
 */
import { ANY, IN, OUT, UNDEC, groundedLabels, indexFramework, type IndexedFramework } from './dung-core.js';

export type SearchMode = 'complete' | 'preferred' | 'stable';

/**
 * How many of the newest preferred extensions the pruning test compares against. Pruning is only an
 * economy (every extension is still reported exactly once without it), and comparing against thousands
 * of extensions at every step costs more than the branches it saves: 256 measured best on random
 * frameworks with thousands of preferred extensions.
 */
const PRUNE_WINDOW = 256;

/**
 * A non-empty admissible set of the reduct of `members` (an admissible set): the arguments neither in
 * it nor attacked by it, with the attacks among them. Null when the reduct has none. Such a set joins
 * `members` into a larger admissible set, and a larger one always leaves one in the reduct (Baumann,
 * Brewka & Ulbricht 2020), so null means `members` is preferred. Returns original indices.
 */
function reductAdmissible(af: IndexedFramework, members: Uint8Array): Int32Array | null {
  const { n, attackersStart, attackers, targetsStart, targets } = af;
  const gone = members.slice();
  for (let a = 0; a < n; a++)
    if (members[a]) for (let i = targetsStart[a]!, end = targetsStart[a + 1]!; i < end; i++) gone[targets[i]!] = 1;
  const local = new Int32Array(n).fill(-1);
  const global: number[] = [];
  for (let a = 0; a < n; a++)
    if (!gone[a]) {
      local[a] = global.length;
      global.push(a);
    }
  if (global.length === 0) return null;
  const from: number[] = [];
  const to: number[] = [];
  for (const a of global)
    for (let i = attackersStart[a]!, end = attackersStart[a + 1]!; i < end; i++) {
      const b = attackers[i]!;
      if (local[b]! >= 0) {
        from.push(local[b]!);
        to.push(local[a]!);
      }
    }
  let first: Int32Array | null = null;
  // The first non-empty complete extension of the reduct will do; the search stops there.
  searchLabellings(indexFramework(global.length, Int32Array.from(from), Int32Array.from(to)), 'complete', (ins) => {
    if (ins.length > 0) first = ins.map((i) => global[i]!);
    return first !== null;
  });
  return first;
}

/**
 * Enumerates complete labellings by backtracking over label domains (Modgil & Caminada's labelling
 * view): each argument holds the set of labels still possible; a decision fixes one argument, and
 * propagation narrows its neighbours by the complete-labelling rules (IN iff every attacker OUT, OUT iff
 * some attacker IN, UNDEC otherwise) until a fixpoint or an empty set (dead end). The search starts
 * from the grounded labelling, which every complete labelling extends.
 *
 * - `stable` removes UNDEC from every domain first, so only labellings without UNDEC are reached.
 * - `preferred` grows the IN set of each labelling reached to a preferred extension (by admissible
 *   sets of its reduct, see reductAdmissible) and reports each such extension once. It tries IN first
 *   and prunes a branch whose possible-IN arguments all lie inside an extension already found: such a
 *   branch can only reach that extension or subsets of it.
 *
 * Calls `found` with the IN arguments (ascending indices) of each labelling reached, each once; the
 * search stops when `found` returns true. With `requireIn`, only labellings where that argument is IN
 * are searched (in preferred mode: preferred extensions containing it).
 */
export function searchLabellings(
  af: IndexedFramework,
  mode: SearchMode,
  found: (inArgs: Int32Array) => boolean | void,
  /** Only labellings with this argument IN (credulous acceptance). */
  requireIn?: number,
): void {
  const { n, attackersStart, attackers, targetsStart, targets } = af;
  const dom = new Uint8Array(n);
  const grounded = groundedLabels(af);
  for (let a = 0; a < n; a++) dom[a] = grounded[a] === UNDEC ? (mode === 'stable' ? IN | OUT : ANY) : grounded[a]!;

  // Undo trail: (argument, previous domain) pairs.
  let trailArg = new Int32Array(Math.max(16, n));
  let trailDom = new Uint8Array(Math.max(16, n));
  let trailLen = 0;
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let qHead = 0;
  let qCount = 0;

  const enqueue = (a: number): void => {
    if (queued[a]) return;
    queued[a] = 1;
    queue[(qHead + qCount++) % n] = a;
  };
  // The rule of argument a involves a and its attackers; a change to x touches x's rule and its targets'.
  const changed = (a: number): void => {
    enqueue(a);
    for (let i = targetsStart[a]!, end = targetsStart[a + 1]!; i < end; i++) enqueue(targets[i]!);
  };
  const narrow = (a: number, keep: number): boolean => {
    const old = dom[a]!;
    const next = old & keep;
    if (next === old) return true;
    if (trailLen === trailArg.length) {
      const grownArg = new Int32Array(trailLen * 2);
      grownArg.set(trailArg);
      trailArg = grownArg;
      const grownDom = new Uint8Array(trailLen * 2);
      grownDom.set(trailDom);
      trailDom = grownDom;
    }
    trailArg[trailLen] = a;
    trailDom[trailLen++] = old;
    dom[a] = next;
    if (next === 0) return false;
    changed(a);
    return true;
  };
  const undo = (mark: number): void => {
    while (trailLen > mark) {
      trailLen--;
      dom[trailArg[trailLen]!] = trailDom[trailLen]!;
    }
  };
  const clearQueue = (): void => {
    while (qCount > 0) {
      queued[queue[qHead]!] = 0;
      qHead = (qHead + 1) % n;
      qCount--;
    }
  };

  /** Applies argument a's rule in both directions; false on a dead end. */
  const revise = (a: number): boolean => {
    const s = attackersStart[a]!;
    const e = attackersStart[a + 1]!;
    let allCanBeOut = true;
    let allCanBeNotIn = true;
    let canBeIn = 0;
    let lastCanBeIn = -1;
    let canBeUndec = 0;
    let lastCanBeUndec = -1;
    let canBeNotOut = 0;
    let lastCanBeNotOut = -1;
    for (let i = s; i < e; i++) {
      const b = attackers[i]!;
      const d = dom[b]!;
      if (!(d & OUT)) allCanBeOut = false;
      if (!(d & (OUT | UNDEC))) allCanBeNotIn = false;
      if (d & IN) {
        canBeIn++;
        lastCanBeIn = b;
      }
      if (d & UNDEC) {
        canBeUndec++;
        lastCanBeUndec = b;
      }
      if (d & (IN | UNDEC)) {
        canBeNotOut++;
        lastCanBeNotOut = b;
      }
    }
    const allowed = (allCanBeOut ? IN : 0) | (canBeIn > 0 ? OUT : 0) | (allCanBeNotIn && canBeUndec > 0 ? UNDEC : 0);
    if (!narrow(a, allowed)) return false;
    const d = dom[a]!;
    if (d === IN) {
      for (let i = s; i < e; i++) if (!narrow(attackers[i]!, OUT)) return false;
      return true;
    }
    if (!(d & OUT)) for (let i = s; i < e; i++) if (!narrow(attackers[i]!, OUT | UNDEC)) return false;
    if (d === OUT && canBeIn === 1 && !narrow(lastCanBeIn, IN)) return false;
    if (d === UNDEC && canBeUndec === 1 && !narrow(lastCanBeUndec, UNDEC)) return false;
    if (!(d & IN) && canBeNotOut === 1 && !narrow(lastCanBeNotOut, IN | UNDEC)) return false;
    return true;
  };
  const propagate = (): boolean => {
    while (qCount > 0) {
      const a = queue[qHead]!;
      queued[a] = 0;
      qHead = (qHead + 1) % n;
      qCount--;
      if (!revise(a)) {
        clearQueue();
        return false;
      }
    }
    return true;
  };

  // Preferred extensions found so far, as bitsets, for the pruning test and to report each once.
  const words = (n + 31) >>> 5;
  let store = new Uint32Array(words * 16);
  let stored = 0;
  const seen = new Set<string>();
  const possible = new Uint32Array(words);
  const coveredByFound = (): boolean => {
    if (stored === 0) return false;
    possible.fill(0);
    for (let a = 0; a < n; a++) if (dom[a]! & IN) possible[a >>> 5]! |= 1 << (a & 31);
    // Newest first: the depth-first search mostly lands near the sets it found last.
    for (let k = stored - 1; k >= Math.max(0, stored - PRUNE_WINDOW); k--) {
      let inside = true;
      for (let w = 0, base = k * words; w < words && inside; w++) if (possible[w]! & ~store[base + w]!) inside = false;
      if (inside) return true;
    }
    return false;
  };
  /** Grows a complete IN set to a preferred extension; records and returns it, or null if seen before. */
  const maximise = (members: Uint8Array): Int32Array | null => {
    for (let more = reductAdmissible(af, members); more; more = reductAdmissible(af, members)) for (const a of more) members[a] = 1;
    if ((stored + 1) * words > store.length) {
      const grown = new Uint32Array(store.length * 2);
      grown.set(store);
      store = grown;
    }
    const base = stored * words;
    const out: number[] = [];
    for (let a = 0; a < n; a++)
      if (members[a]) {
        store[base + (a >>> 5)]! |= 1 << (a & 31);
        out.push(a);
      }
    const key = store.subarray(base, base + words).join(',');
    if (seen.has(key)) {
      store.fill(0, base, base + words);
      return null;
    }
    seen.add(key);
    stored++;
    return Int32Array.from(out);
  };
  let stopped = false;
  const emit = (): void => {
    let set: Int32Array | null;
    if (mode === 'preferred') {
      const members = new Uint8Array(n);
      for (let a = 0; a < n; a++) if (dom[a] === IN) members[a] = 1;
      // A leaf that is not maximal still points at a preferred extension above it: report that one
      // (once), so that the pruning test has it from now on.
      set = maximise(members);
      if (!set) return;
    } else {
      const ins: number[] = [];
      for (let a = 0; a < n; a++) if (dom[a] === IN) ins.push(a);
      set = Int32Array.from(ins);
    }
    if (found(set) === true) stopped = true;
  };

  if (n === 0) {
    found(new Int32Array(0));
    return;
  }
  if (requireIn !== undefined) {
    if (!(dom[requireIn]! & IN)) return;
    dom[requireIn] = IN;
  }
  for (let a = 0; a < n; a++) enqueue(a);
  // Fails when no labelling of the kind asked for extends the grounded one.
  if (!propagate()) return;

  // Explicit stack of decisions, so that deep searches do not hit the call-stack limit. A decision
  // splits an open domain in two: {IN} against the rest, or, for an argument that cannot be IN, {OUT}
  // against {UNDEC}. A complete labelling is fixed by its IN set, so deciding IN / not IN for every
  // argument that could be IN is enough; propagation settles OUT against UNDEC (the second split is a
  // safety net). Arguments that could be IN are decided first, so that preferred extensions come early.
  const stackArg: number[] = [];
  const stackStage: number[] = [];
  const stackMark: number[] = [];
  const stackScanIn: number[] = [];
  const stackScanAny: number[] = [];
  // Lower bounds for the scans: domains only narrow going down the stack, so an argument that was not
  // open when a frame was pushed stays so below it.
  let scanIn = 0;
  let scanAny = 0;
  const descend = (): void => {
    if (mode === 'preferred' && coveredByFound()) return;
    let a = -1;
    let si = scanIn;
    for (; si < n; si++) {
      const d = dom[si]!;
      if (d & IN && d !== IN) {
        a = si;
        break;
      }
    }
    let sa = scanAny;
    if (a < 0)
      for (; sa < n; sa++) {
        const d = dom[sa]!;
        if (d !== IN && d !== OUT && d !== UNDEC) {
          a = sa;
          break;
        }
      }
    if (a < 0) {
      emit();
      return;
    }
    stackArg.push(a);
    stackStage.push(0);
    stackMark.push(trailLen);
    stackScanIn.push(si);
    stackScanAny.push(sa);
  };
  descend();
  while (stackArg.length > 0 && !stopped) {
    const top = stackArg.length - 1;
    undo(stackMark[top]!);
    const stage = stackStage[top]!;
    if (stage === 2) {
      stackArg.pop();
      stackStage.pop();
      stackMark.pop();
      stackScanIn.pop();
      stackScanAny.pop();
      continue;
    }
    stackStage[top] = stage + 1;
    const a = stackArg[top]!;
    const d = dom[a]!;
    const lowest = d & -d;
    scanIn = stackScanIn[top]!;
    scanAny = stackScanAny[top]!;
    narrow(a, stage === 0 ? lowest : d & ~lowest);
    if (propagate()) descend();
  }
}
