/**
 * Complete, preferred and stable semantics as SAT questions over one encoding (`dung-encoding.ts`) of
 * the part of the framework the grounded labelling leaves undecided: every complete labelling extends
 * the grounded one. This is the plain search; `dung-scc.ts` decomposes enumeration by strongly
 * connected components and is what `dung.ts` uses for it, with this one kept as its yardstick.
 *
 * Acceptance questions are one run of related calls on one solver, stopping at the first witness,
 * never an enumeration. For complete and preferred they look only at the query's ancestors (the
 * arguments with an attack path to it): their complete labellings are exactly the restrictions of the
 * whole framework's (the ancestors are closed under attackers, and every complete labelling of them
 * extends downstream), and so, preferred being decomposable along SCCs, are their preferred ones.
 */
import { IN, UNDEC, groundedLabels, IndexSlab, mergeAscending, type IndexedFramework } from './dung-core.js';
import { Encoding, Stopped, deadlineOf, type SearchLimit, type SearchMode, type StopReason } from './dung-encoding.js';

export type { SearchLimit, SearchMode, StopReason } from './dung-encoding.js';

/** The grounded labelling, its IN arguments, and the undecided ones (ascending). */
export function groundedSplit(af: IndexedFramework): { grounded: Uint8Array; groundedIn: Int32Array; undecided: Int32Array } {
  const grounded = groundedLabels(af);
  const ins: number[] = [];
  const open: number[] = [];
  for (let a = 0; a < af.n; a++)
    if (grounded[a] === IN) ins.push(a);
    else if (grounded[a] === UNDEC) open.push(a);
  return { grounded, groundedIn: Int32Array.from(ins), undecided: Int32Array.from(open) };
}

/** Ascending global indices: the grounded IN arguments and the members a part puts IN (`members` ascending, `localIns` ascending). */
function extensionOf(groundedIn: Int32Array, members: Int32Array, localIns: readonly number[], slab: IndexSlab): Int32Array {
  return mergeAscending(slab.take(groundedIn.length + localIns.length), groundedIn, localIns, localIns.length, members);
}

function wholeEncoding(af: IndexedFramework, mode: SearchMode, limit: SearchLimit) {
  const split = groundedSplit(af);
  const enc = new Encoding(af, split.undecided, new Int32Array(af.n).fill(-1), null, mode, deadlineOf(limit));
  return { ...split, enc };
}

/**
 * Calls `found` with each extension (ascending indices), each once, until `found` returns true or a
 * limit passes. Returns why it stopped early, or null when it saw every extension.
 */
export function enumerateExtensions(af: IndexedFramework, mode: SearchMode, found: (ins: Int32Array) => boolean | void, limit: SearchLimit = {}): StopReason | null {
  let count = 0;
  let full = false;
  try {
    const { enc, groundedIn, undecided } = wholeEncoding(af, mode, limit);
    const slab = new IndexSlab();
    enc.each(mode, (ins) => {
      if (limit.maxExtensions !== undefined && count >= limit.maxExtensions) return (full = true);
      count++;
      return found(extensionOf(groundedIn, undecided, ins, slab)) === true;
    });
    return full ? 'max-extensions' : null;
  } catch (e) {
    if (e instanceof Stopped) return 'timeout';
    throw e;
  }
}

/** Answer of a decision task, or why there is none. */
export type Decision = boolean | 'timeout';

export function decide(run: () => boolean): Decision {
  try {
    return run();
  } catch (e) {
    if (e instanceof Stopped) return 'timeout';
    throw e;
  }
}

/** The undecided arguments with an attack path to `a` (`a` included), ascending. */
function undecidedAncestors(af: IndexedFramework, grounded: Uint8Array, a: number): Int32Array {
  const { attackersStart, attackers } = af;
  const seen = new Uint8Array(af.n);
  const queue = [a];
  seen[a] = 1;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let k = attackersStart[v]!, end = attackersStart[v + 1]!; k < end; k++) {
      const b = attackers[k]!;
      if (!seen[b] && grounded[b] === UNDEC) {
        seen[b] = 1;
        queue.push(b);
      }
    }
  }
  return Int32Array.from(queue).sort();
}

/** An encoding of `a`'s undecided ancestors, or null when the grounded labelling decides `a`. */
function ancestorEncoding(
  af: IndexedFramework,
  a: number,
  mode: SearchMode | ((members: number) => SearchMode),
  limit: SearchLimit,
): { grounded: Uint8Array; enc: Encoding | null } {
  const grounded = groundedLabels(af);
  if (grounded[a] !== UNDEC) return { grounded, enc: null };
  const members = undecidedAncestors(af, grounded, a);
  const rules = typeof mode === 'function' ? mode(members.length) : mode;
  return { grounded, enc: new Encoding(af, members, new Int32Array(af.n).fill(-1), null, rules, deadlineOf(limit)) };
}

/**
 * Up to this many undecided ancestors, the credulous question is searched with every IN variable decided
 * first (the preferred encoding; any complete labelling with `a` IN grows to a preferred one, so the answer
 * is the same). Above it the plain complete encoding: each restart re-decides every IN variable, which a
 * long chain of components pays for at every restart. Measured CPU s, IN-first against plain (clingo beside):
 * Erdős–Rényi 1,000 at 0.005 2.3 against 9.7 (1.4), 600 at 0.008 1.0 against 1.65 (0.64); a chain of 2,000
 * components of 8 (16,000 ancestors) 3.8 against 0.6 (1.3).
 */
const IN_FIRST_LIMIT = 4096;

/**
 * Is argument `a` in some extension? Preferred asks the same as complete (every complete one grows to a
 * preferred one). Both search a complete labelling of the ancestors with `a` IN, by VSIDS with IN tried
 * first. Measured on the benches' hardest questions (CPU s): the 1,000-argument Erdős–Rényi one took
 * 8 with this encoding, 1.8 deciding every IN variable first (the preferred encoding), 18 trying IN
 * last, and 29 with an admissible-set encoding (no OUT variables, long defence clauses); the
 * 100,000-argument SCC chain took 1.0 with this one and 1.8 with the admissible one, while the
 * preferred encoding ran past 20 s, deciding and (at every restart) re-deciding 100,000 IN variables.
 */
/** `inFirstUpTo`: see IN_FIRST_LIMIT; tests set it to 0 to keep the plain complete search checked too. */
export function credulousIndex(af: IndexedFramework, mode: SearchMode, a: number, limit: SearchLimit = {}, inFirstUpTo = IN_FIRST_LIMIT): Decision {
  return decide(() => {
    if (mode !== 'stable') {
      const { grounded, enc } = ancestorEncoding(af, a, (members) => (members <= inFirstUpTo ? 'preferred' : 'complete'), limit);
      return enc ? enc.sat([enc.inLit(a)!]) : grounded[a] === IN;
    }
    const { grounded, enc } = wholeEncoding(af, mode, limit);
    const lit = enc.inLit(a);
    if (lit === null) return grounded[a] === IN && enc.sat();
    return enc.sat([lit]);
  });
}

/**
 * Is `a` in every extension? Complete asks the grounded labelling. With no stable extension every
 * argument is skeptically accepted (as ICCMA rules). Preferred first asks whether `a` is in some
 * extension at all, then looks for a preferred extension without `a`: a complete one without it, grown;
 * if the grown one holds `a`, later searches must leave it.
 */
export function skepticalIndex(af: IndexedFramework, mode: SearchMode, a: number, limit: SearchLimit = {}): Decision {
  return decide(() => {
    if (mode === 'complete') return groundedLabels(af)[a] === IN;
    if (mode === 'preferred') {
      const { grounded, enc } = ancestorEncoding(af, a, 'preferred', limit);
      if (!enc) return grounded[a] === IN;
      const lit = enc.inLit(a)!;
      // Sceptical implies credulous (a preferred extension always exists), and refuting the credulous
      // question is often far shorter than finding a preferred extension without `a`: 1.4k conflicts
      // against 5.6k on the bench's 200-argument Erdős–Rényi framework. When it succeeds, its model is
      // IN-maximal among the labellings holding `a`, so a preferred extension, which later searches leave.
      if (!enc.sat([lit])) return false;
      enc.solver.addClause(enc.leave(enc.modelIn()));
      for (;;) {
        if (!enc.sat([lit ^ 1])) return true;
        const ins = enc.maximise();
        if (!ins.includes(enc.localOf[a]!)) return false;
        enc.solver.addClause(enc.leave(ins));
      }
    }
    const { grounded, enc } = wholeEncoding(af, mode, limit);
    if (grounded[a] === IN) return true;
    const lit = enc.inLit(a);
    if (lit === null) return !enc.sat();
    return !enc.sat([lit ^ 1]);
  });
}
