/**
 * Enumeration decomposed along strongly connected components (Baroni, Giacomin and Guida's
 * SCC-recursiveness; Liao's decomposition of labellings): the components of the grounded-undecided
 * part are labelled in topological order, each by its own small SAT search conditioned on the labels
 * its attackers in earlier components already have (`dung-encoding.ts` inputs), and the extensions are
 * the combinations. Complete, preferred and stable labellings all decompose this way; for preferred
 * each component's labelling is IN-maximal among those with the same input. A component's labellings
 * depend only on its input, so each (component, input) pair is solved once: independent components
 * cost their sum, not their product, and no enumeration carries blocking clauses for every extension
 * found so far. Complete and preferred never meet a dead end (every input admits a labelling); stable
 * may, and backs up.
 */
import { stronglyConnected, type Components } from '../graph/algorithms/scc.js';
import { IN, OUT, UNDEC, IndexSlab, mergeAscending, type IndexedFramework } from './dung-core.js';
import { Encoding, FORCED_OUT, FREE, NOT_IN, Stopped, deadlineOf, type SearchLimit, type SearchMode, type StopReason } from './dung-encoding.js';
import { enumerateExtensions, groundedSplit } from './dung-solve.js';

/**
 * The labels a component can take for one input, each listing its members' labels in member order;
 * `cut` when the search stopped at as many as were wanted, so there may be more.
 */
interface Solutions {
  list: Uint8Array[];
  cut: boolean;
}

class Decomposition {
  readonly comps: Components;
  /** Current label of every argument: the grounded one, overwritten per branch on the undecided part. */
  readonly label: Uint8Array;
  readonly groundedIn: Int32Array;
  /** The undecided part, ascending, and room for its IN members: an extension is a merge, not a sort. */
  private readonly undecided: Int32Array;
  private readonly scratch: Int32Array;
  private readonly slab = new IndexSlab();
  private readonly localOf: Int32Array;
  private readonly cache: Map<string, Solutions>[];
  private readonly incoming: (Int32Array | undefined)[];

  constructor(
    private readonly af: IndexedFramework,
    private readonly mode: SearchMode,
    private readonly limit: SearchLimit,
  ) {
    const split = groundedSplit(af);
    this.label = split.grounded;
    this.groundedIn = split.groundedIn;
    this.undecided = split.undecided;
    this.scratch = new Int32Array(split.undecided.length);
    const open = new Uint8Array(af.n);
    for (const a of split.undecided) open[a] = 1;
    this.comps = stronglyConnected({ start: af.targetsStart, succ: af.targets }, open);
    this.localOf = new Int32Array(af.n).fill(-1);
    this.cache = Array.from({ length: this.comps.count }, () => new Map());
    this.incoming = new Array(this.comps.count);
  }

  /** Per component, its members' attacks from earlier components: (member's local index, attacker) pairs. */
  private incomingOf(c: number): Int32Array {
    const cached = this.incoming[c];
    if (cached) return cached;
    const { attackersStart, attackers } = this.af;
    const { of, start, members } = this.comps;
    const pairs: number[] = [];
    for (let i = start[c]!, k = 0; i < start[c + 1]!; i++, k++) {
      const a = members[i]!;
      for (let j = attackersStart[a]!, end = attackersStart[a + 1]!; j < end; j++) {
        const cb = of[attackers[j]!]!;
        if (cb >= 0 && cb !== c) pairs.push(k, attackers[j]!);
      }
    }
    return (this.incoming[c] = Int32Array.from(pairs));
  }

  /** What the labels of earlier components say about each member of component c. */
  private input(c: number, size: number): Uint8Array {
    const input = new Uint8Array(size);
    const pairs = this.incomingOf(c);
    for (let p = 0; p < pairs.length; p += 2) {
      const l = this.label[pairs[p + 1]!]!;
      const i = pairs[p]!;
      if (l === IN) input[i] = FORCED_OUT;
      else if (l === UNDEC && input[i] === FREE) input[i] = NOT_IN;
    }
    return input;
  }

  /** Labels of a lone argument: no search needed. */
  private single(a: number, given: number): Uint8Array[] {
    const { attackersStart, attackers } = this.af;
    let selfAttack = false;
    for (let k = attackersStart[a]!, end = attackersStart[a + 1]!; k < end; k++) if (attackers[k] === a) selfAttack = true;
    const l = given === FORCED_OUT ? OUT : given === FREE && !selfAttack ? IN : UNDEC;
    // Stable wants every argument IN or OUT.
    return this.mode === 'stable' && l === UNDEC ? [] : [Uint8Array.of(l)];
  }

  /**
   * Component c's labellings for the input the earlier components give it, at most `want` of them: one
   * big component may have more than any budget allows, so the budget is heard inside its search too.
   */
  solutions(c: number, want: number): Solutions {
    const { start, members: all } = this.comps;
    const members = all.subarray(start[c]!, start[c + 1]!);
    const input = this.input(c, members.length);
    // Members without attackers from earlier components are FREE whatever happens: only the rest tell inputs apart.
    const key = this.incomingOf(c).length === 0 ? '' : input.join('');
    const cached = this.cache[c]!.get(key);
    if (cached && (!cached.cut || cached.list.length >= want)) return cached;
    let found: Solutions;
    if (members.length === 1) found = { list: this.single(members[0]!, input[0]!), cut: false };
    else {
      const list: Uint8Array[] = [];
      const enc = new Encoding(this.af, members, this.localOf, input, this.mode, deadlineOf(this.limit));
      try {
        const cut = enc.each(this.mode, (ins) => {
          list.push(this.labelsOf(members, input, ins));
          return list.length >= want;
        });
        found = { list, cut };
      } finally {
        enc.release();
      }
    }
    this.cache[c]!.set(key, found);
    return found;
  }

  /** Member labels from the IN members: OUT when forced or attacked by an IN member, else UNDEC. */
  private labelsOf(members: Int32Array, input: Uint8Array, ins: number[]): Uint8Array {
    const { attackersStart, attackers } = this.af;
    const labels = new Uint8Array(members.length).fill(UNDEC);
    for (const i of ins) labels[i] = IN;
    for (let i = 0; i < members.length; i++) {
      if (labels[i] === IN) continue;
      if (input[i] === FORCED_OUT) {
        labels[i] = OUT;
        continue;
      }
      const a = members[i]!;
      for (let k = attackersStart[a]!, end = attackersStart[a + 1]!; k < end; k++) {
        const j = this.localOf[attackers[k]!]!;
        if (j >= 0 && labels[j] === IN) {
          labels[i] = OUT;
          break;
        }
      }
    }
    return labels;
  }

  apply(c: number, labels: Uint8Array): void {
    const { start, members } = this.comps;
    for (let i = start[c]!, k = 0; i < start[c + 1]!; i++, k++) this.label[members[i]!] = labels[k]!;
  }

  extension(): Int32Array {
    const { undecided, scratch, label } = this;
    let k = 0;
    for (let i = 0; i < undecided.length; i++) if (label[undecided[i]!] === IN) scratch[k++] = undecided[i]!;
    return mergeAscending(this.slab.take(this.groundedIn.length + k), this.groundedIn, scratch, k);
  }
}

/**
 * Calls `found` with each extension (ascending indices), each once, until `found` returns true or a
 * limit passes. Returns why it stopped early, or null when it saw every extension. Same contract as
 * the plain search's `enumerateExtensions`; the order of extensions differs.
 */
export function enumerateDecomposed(af: IndexedFramework, mode: SearchMode, found: (ins: Int32Array) => boolean | void, limit: SearchLimit = {}): StopReason | null {
  try {
    const d = new Decomposition(af, mode, limit);
    const count = d.comps.count;
    let emitted = 0;
    const emit = (): boolean => {
      emitted++;
      return found(d.extension()) === true;
    };
    if (count === 0) {
      if (limit.maxExtensions !== undefined && limit.maxExtensions <= 0) return 'max-extensions';
      emit();
      return null;
    }
    // Under --max-extensions a component need give one labelling more than the extensions still allowed:
    // complete and preferred meet no dead end, so each labelling leads to at least one extension, and the
    // one more shows the budget, not the search, ended the list.
    const want = (): number => (limit.maxExtensions === undefined ? Infinity : limit.maxExtensions - emitted + 1);
    // An explicit stack of (component, which of its solutions): chains of many components are deep.
    const sols: Solutions[] = new Array(count);
    const choice = new Int32Array(count);
    let c = 0;
    sols[0] = d.solutions(0, want());
    choice[0] = -1;
    let steps = 0;
    while (c >= 0) {
      if (limit.deadline !== undefined && (++steps & 255) === 0 && Date.now() > limit.deadline) return 'timeout';
      const k = ++choice[c]!;
      if (k >= sols[c]!.list.length) {
        // Stable can meet dead ends: a list cut short and used up may hide extensions the budget left unseen.
        if (sols[c]!.cut) return 'max-extensions';
        c--;
        continue;
      }
      d.apply(c, sols[c]!.list[k]!);
      if (c + 1 < count) {
        c++;
        sols[c] = d.solutions(c, want());
        choice[c] = -1;
        continue;
      }
      if (limit.maxExtensions !== undefined && emitted >= limit.maxExtensions) return 'max-extensions';
      if (emit()) return null;
    }
    return null;
  } catch (e) {
    if (e instanceof Stopped) return 'timeout';
    throw e;
  }
}

/**
 * Enumeration as `dung.ts` does it. Preferred goes by components: its "not a subset of any found so
 * far" clauses grow with every extension, and per component they stay few. Complete and stable go by
 * the plain search, whose conflict-driven enumeration already pays one descent per extension: on the
 * af-clingo bench's families the decomposed search was no faster for them (complete on the 7×7 grid,
 * 75,944 extensions: 0.09 s plain, 0.21 s by components), and for stable it can walk
 * into components with no labelling for the input it was given, which the plain search learns to avoid.
 */
export function enumerateBest(af: IndexedFramework, mode: SearchMode, found: (ins: Int32Array) => boolean | void, limit: SearchLimit = {}): StopReason | null {
  return mode === 'preferred' ? enumerateDecomposed(af, mode, found, limit) : enumerateExtensions(af, mode, found, limit);
}

/**
 * Some extension, null when there is none (stable only), or the reason it gave up. Complete gives the
 * grounded extension, the least complete one, without a search: the search tries IN first and can
 * take a second to find any complete labelling of a 1,000-argument framework.
 */
export function someExtensionIndex(af: IndexedFramework, mode: SearchMode, limit: SearchLimit = {}): Int32Array | null | 'timeout' {
  if (mode === 'complete') return groundedSplit(af).groundedIn;
  let first: Int32Array | null = null;
  const stop = enumerateBest(
    af,
    mode,
    (ins) => {
      first = ins;
      return true;
    },
    // One is asked for: a big component then stops its search at its second labelling, not its last.
    { ...(limit.deadline !== undefined ? { deadline: limit.deadline } : {}), maxExtensions: 1 },
  );
  return stop === 'timeout' ? 'timeout' : first;
}
