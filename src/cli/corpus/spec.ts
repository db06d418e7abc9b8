import { statSync } from 'node:fs';
import { plural } from '../../model/plural.js';
import { summaryLine, type Summary } from '../summary-line.js';
import { UsageError, type ParsedOptions } from '../command.js';
import type { Problem } from './records.js';

/**
 * How one command runs over a corpus: which files it reads from a folder, what it writes per file, the
 * options of each file's run (the command's own `run`, so nothing is done differently from one file run
 * alone), and how its output becomes a JSON Lines result and a table line.
 */
export interface CorpusSpec {
  /** Extensions (lower case, with the dot) read from a folder. */
  reads(options: ParsedOptions): readonly string[];
  /** For a command that writes one file per input: the folder option's value and the extension written. */
  writes?: { folder(options: ParsedOptions): string | undefined; extension: string };
  /** Several plain files already make one report (check): only a folder or a corpus option starts a corpus run. */
  mergesFiles?: boolean;
  /** The --format values a corpus run accepts (its default among them, which gives the table), when the command has formats of its own. */
  formats?: readonly string[];
  /** Options that make no sense across many maps (an id inside one of them). */
  refuses?: readonly string[];
  fileOptions(options: ParsedOptions, target: string | undefined): ParsedOptions;
  /** The command's result for one file, from what its run printed. */
  result(stdout: string, messages: Problem[], target: string | undefined): unknown;
  /** The result in a few words for the table. */
  summary(result: unknown): string;
}

const MAPS = ['.yaml', '.yml', '.json'];
const FRAMEWORKS = ['.apx', '.tgf', '.af', '.i23'];

/** A one-file run's messages that are not problems, kept beside the result. */
const withMessages = (result: object, messages: Problem[]) => (messages.length > 0 ? { ...result, messages } : result);

const check: CorpusSpec = {
  reads: () => MAPS,
  mergesFiles: true,
  formats: ['text', 'jsonl'],
  fileOptions: (o) => ({ ...o, format: 'json' }),
  result: (stdout, messages) => withMessages(JSON.parse(stdout) as object, messages),
  summary: (r) => summaryLine((r as { summary: Summary }).summary),
};

const af: CorpusSpec = {
  // --format json is one document per framework: across many, JSON Lines is the JSON (left out, a table).
  formats: ['jsonl'],
  reads: (o) => (o['input-format'] !== undefined ? FRAMEWORKS : [...MAPS, ...FRAMEWORKS]),
  fileOptions: (o) => ({ ...o, format: 'json' }),
  result: (stdout, messages) => withMessages(JSON.parse(stdout) as object, messages),
  summary: (r) => {
    const a = r as { extensions?: unknown[]; labellings?: unknown[]; count?: number; accepted?: boolean; extension?: unknown; labelling?: unknown; partial?: string };
    const partial = a.partial ? ` (partial: ${a.partial})` : '';
    if (a.extensions || a.labellings) return plural((a.extensions ?? a.labellings)!.length, 'extension') + partial;
    if (a.count !== undefined) return `${a.count} counted${partial}`;
    if (a.accepted !== undefined) return a.accepted ? 'accepted' : 'not accepted';
    if ('extension' in a || 'labelling' in a) return (a.extension ?? a.labelling) ? 'an extension found' : 'no extension';
    return 'partial: timeout';
  },
};

/** A command that writes one file per input: the result names it and carries the run's notes and repairs. */
const written = (target: string | undefined, messages: Problem[]) => ({
  output: target,
  repairs: messages.filter((m) => m.severity !== 'note'),
  notes: messages.filter((m) => m.severity === 'note'),
});
const wroteSummary = (r: unknown) => {
  const w = r as ReturnType<typeof written>;
  const repairs = w.repairs.length > 0 ? `, ${plural(w.repairs.length, 'repair')}` : '';
  const notes = w.notes.length > 0 ? `, ${plural(w.notes.length, 'note')}` : '';
  return `wrote ${w.output}${repairs}${notes}`;
};

/** -o names one file, for every command; a corpus run writes many, so its folder is --out-dir, as for render --views. */
function outDir(o: ParsedOptions): string | undefined {
  if (o.output !== undefined) throw new UsageError('-o names one output file, and a run over several inputs writes one per input; give --out-dir <dir> for them');
  return typeof o['out-dir'] === 'string' ? o['out-dir'] : undefined;
}

const importSpec: CorpusSpec = {
  reads: (o) => (o.from === 'aif' ? ['.json'] : o.from === 'argdown' ? ['.argdown', '.ad'] : ['.json', '.argdown', '.ad']),
  writes: { folder: outDir, extension: '.yaml' },
  fileOptions: (o, target) => ({ ...o, output: target, 'out-dir': undefined }),
  result: (_stdout, messages, target) => written(target, messages),
  summary: wroteSummary,
};

const render: CorpusSpec = {
  reads: () => MAPS,
  writes: { folder: outDir, extension: '.svg' },
  refuses: ['focus', 'set', 'views'],
  fileOptions: (o, target) => ({ ...o, output: target, 'out-dir': undefined }),
  result: (_stdout, messages, target) => written(target, messages),
  summary: wroteSummary,
};

export const CORPUS_SPECS: Readonly<Record<string, CorpusSpec>> = { check, af, import: importSpec, render };

export const isFolder = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/**
 * A corpus run: a folder named, a corpus option given, or several files for a command that reads one.
 * Here rather than beside the runner, so that a one-file run decides without loading the worker pool.
 */
export function isCorpusRun(spec: CorpusSpec, files: readonly string[], o: ParsedOptions): boolean {
  if (o.jobs !== undefined || o['file-timeout'] !== undefined || o['file-memory'] !== undefined || o.format === 'jsonl') return true;
  return (files.length > 1 && !spec.mergesFiles) || files.some(isFolder);
}
