/**
 * Dung's abstract argumentation semantics over named arguments: grounded, complete, preferred, stable.
 * Names are mapped to indices once; the work is done over integers (`dung-core.ts`; enumeration by strongly
 * connected components in `dung-scc.ts`, acceptance in `dung-solve.ts`, both over the SAT encoding in `dung-encoding.ts`).
 *
 * Output order, so that results are byte-identical run to run: each extension is sorted by argument
 * name in plain UTF-16 code-unit order (JavaScript's default string order, not locale order), and the
 * list of extensions is sorted lexicographically on those sorted lists (a proper prefix comes first).
 */
import type { ArgumentationFramework } from '../graph/attack-framework.js';
import { IN, OUT, indexFramework, groundedLabels, type IndexedFramework } from './dung-core.js';
import { credulousIndex, skepticalIndex, type Decision, type SearchLimit, type SearchMode, type StopReason } from './dung-solve.js';
import { enumerateBest as enumerateExtensions, someExtensionIndex } from './dung-scc.js';
import type { Semantics } from './dung-tasks.js';

export type { SearchLimit, StopReason } from './dung-solve.js';

export { indexFramework, groundedLabels, type IndexedFramework } from './dung-core.js';

export type { ArgumentationFramework } from '../graph/attack-framework.js';

export type Label = 'in' | 'out' | 'undec';

export { SEMANTICS, TASKS, type Semantics, type Task } from './dung-tasks.js';

/** A framework in both forms: its argument names, and the integer core over indices into them. */
export interface NamedFramework {
  names: string[];
  core: IndexedFramework;
}

/** Indexes a named framework; a repeated argument or an attack on an unknown one is a programming error. */
export function toIndexed(af: ArgumentationFramework): NamedFramework {
  const index = new Map<string, number>();
  af.arguments.forEach((name, i) => {
    if (index.has(name)) throw new Error(`argument ${JSON.stringify(name)} is listed twice`);
    index.set(name, i);
  });
  const from = new Int32Array(af.attacks.length);
  const to = new Int32Array(af.attacks.length);
  af.attacks.forEach(([a, b], i) => {
    const f = index.get(a);
    const t = index.get(b);
    if (f === undefined || t === undefined) throw new Error(`attack (${JSON.stringify(a)}, ${JSON.stringify(b)}) names an argument the framework does not list`);
    from[i] = f;
    to[i] = t;
  });
  return { names: af.arguments.slice(), core: indexFramework(af.arguments.length, from, to) };
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareExtensions(a: string[], b: string[]): number {
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) {
    const c = byCodeUnits(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function named(names: string[], ins: ArrayLike<number>): string[] {
  const out: string[] = new Array(ins.length);
  for (let i = 0; i < ins.length; i++) out[i] = names[ins[i]!]!;
  return out.sort(byCodeUnits);
}

/** Sorts a list of extensions the documented way (each already sorted). */
export function sortExtensions(extensions: string[][]): string[][] {
  return extensions.sort(compareExtensions);
}

/** The grounded extension of an indexed framework, sorted by name. */
export function groundedOf(nf: NamedFramework): string[] {
  const label = groundedLabels(nf.core);
  const ins: number[] = [];
  for (let a = 0; a < label.length; a++) if (label[a] === IN) ins.push(a);
  return named(nf.names, ins);
}

/** Extensions found before a limit passed, and which limit (null: the list is whole). */
export interface Bounded<T> {
  result: T;
  stopped: StopReason | null;
}

/** Complete, preferred or stable extensions of an indexed framework, sorted as documented. */
export function extensionsOf(nf: NamedFramework, mode: SearchMode, limit: SearchLimit = {}): Bounded<string[][]> {
  const sets: Int32Array[] = [];
  const stopped = enumerateExtensions(
    nf.core,
    mode,
    (ins) => {
      sets.push(ins);
    },
    limit,
  );
  return { result: sortExtensions(sets.map((s) => named(nf.names, s))), stopped };
}

/** Extensions of any of the four semantics; grounded gives exactly one. */
export function extensionsWithin(nf: NamedFramework, semantics: Semantics, limit: SearchLimit = {}): Bounded<string[][]> {
  return semantics === 'grounded' ? { result: [groundedOf(nf)], stopped: null } : extensionsOf(nf, semantics, limit);
}

/** Extensions of any of the four semantics, with no limit. */
export function extensions(nf: NamedFramework, semantics: Semantics): string[][] {
  return extensionsWithin(nf, semantics).result;
}

function indexOf(nf: NamedFramework, argument: string): number {
  const a = nf.names.indexOf(argument);
  if (a < 0) throw new RangeError(`argument ${JSON.stringify(argument)} is not in the framework`);
  return a;
}

function settled(d: Decision): boolean {
  if (d === 'timeout') throw new Error('a search without a deadline cannot time out');
  return d;
}

/** Is `argument` in some extension? One search, stopping at the first witness; 'timeout' past the deadline. */
export function credulousWithin(nf: NamedFramework, semantics: Semantics, argument: string, limit: SearchLimit = {}): Decision {
  const a = indexOf(nf, argument);
  if (semantics === 'grounded') return groundedLabels(nf.core)[a] === IN;
  return credulousIndex(nf.core, semantics, a, limit);
}

export function credulous(nf: NamedFramework, semantics: Semantics, argument: string): boolean {
  return settled(credulousWithin(nf, semantics, argument));
}

/**
 * Is `argument` in every extension? The skeptically accepted arguments of complete semantics are the
 * grounded extension. With no stable extension every argument is skeptically accepted (as ICCMA rules).
 */
export function skepticalWithin(nf: NamedFramework, semantics: Semantics, argument: string, limit: SearchLimit = {}): Decision {
  const a = indexOf(nf, argument);
  if (semantics === 'grounded') return groundedLabels(nf.core)[a] === IN;
  return skepticalIndex(nf.core, semantics, a, limit);
}

export function skeptical(nf: NamedFramework, semantics: Semantics, argument: string): boolean {
  return settled(skepticalWithin(nf, semantics, argument));
}

/** One extension (sorted by name); null when there is none (only stable); 'timeout' past the deadline. */
export function someExtensionWithin(nf: NamedFramework, semantics: Semantics, limit: SearchLimit = {}): string[] | null | 'timeout' {
  if (semantics === 'grounded') return groundedOf(nf);
  const found = someExtensionIndex(nf.core, semantics, limit);
  return found === null || found === 'timeout' ? found : named(nf.names, found);
}

export function someExtension(nf: NamedFramework, semantics: Semantics): string[] | null {
  const found = someExtensionWithin(nf, semantics);
  if (found === 'timeout') throw new Error('a search without a deadline cannot time out');
  return found;
}

/** How many extensions there are, without keeping them (a lower bound when stopped). */
export function countWithin(nf: NamedFramework, semantics: Semantics, limit: SearchLimit = {}): Bounded<number> {
  if (semantics === 'grounded') return { result: 1, stopped: null };
  let count = 0;
  const stopped = enumerateExtensions(
    nf.core,
    semantics,
    () => {
      count++;
    },
    limit,
  );
  return { result: count, stopped };
}

export function countExtensions(nf: NamedFramework, semantics: Semantics): number {
  return countWithin(nf, semantics).result;
}

/** A complete labelling spelled out: IN, OUT (attacked by an IN argument) and UNDEC (the rest), each sorted. */
export interface Labelling {
  in: string[];
  out: string[];
  undec: string[];
}

/**
 * The labelling of a complete extension (every extension of the four semantics is complete): Caminada's
 * view of the same answer, which shows why each argument is left out.
 */
export function labellingOf(nf: NamedFramework, extension: readonly string[]): Labelling {
  const { n, targetsStart, targets } = nf.core;
  const label = new Uint8Array(n);
  const ins = extension.map((name) => indexOf(nf, name));
  for (const a of ins) label[a] = IN;
  for (const a of ins) for (let i = targetsStart[a]!, end = targetsStart[a + 1]!; i < end; i++) if (label[targets[i]!] !== IN) label[targets[i]!] = OUT;
  const outs: number[] = [];
  const undec: number[] = [];
  for (let a = 0; a < n; a++)
    if (label[a] === OUT) outs.push(a);
    else if (label[a] !== IN) undec.push(a);
  return { in: named(nf.names, ins), out: named(nf.names, outs), undec: named(nf.names, undec) };
}

/** The grounded extension (sorted by name) and every argument's grounded label. */
export function grounded(af: ArgumentationFramework): { extension: string[]; labels: Map<string, Label> } {
  const nf = toIndexed(af);
  const label = groundedLabels(nf.core);
  const labels = new Map<string, Label>();
  const ins: number[] = [];
  // Map in argument order, so that iterating it follows the input.
  nf.names.forEach((name, a) => {
    const l = label[a];
    labels.set(name, l === IN ? 'in' : l === OUT ? 'out' : 'undec');
    if (l === IN) ins.push(a);
  });
  return { extension: named(nf.names, ins), labels };
}

/** Every complete extension. */
export function complete(af: ArgumentationFramework): string[][] {
  return extensionsOf(toIndexed(af), 'complete').result;
}

/** Every preferred extension (maximal admissible sets); there is always at least one. */
export function preferred(af: ArgumentationFramework): string[][] {
  return extensionsOf(toIndexed(af), 'preferred').result;
}

/** Every stable extension; the list may be empty. */
export function stable(af: ArgumentationFramework): string[][] {
  return extensionsOf(toIndexed(af), 'stable').result;
}
