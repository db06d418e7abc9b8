import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandInputs } from '../../io/corpus-files.js';
import { visibleText } from '../../io/visible-text.js';
import { EXIT, InputError, UsageError, type CommandSpec, type Io, type ParsedOptions } from '../command.js';
import { FILE_MEMORY_DEFAULT_MB, FILE_TIMEOUT_DEFAULT_S } from './options.js';
import { runPool, type Outcome, type Transport } from './pool.js';
import type { Reply, Task } from './protocol.js';
import { jsonLine, tableLine, totalsLine, worst, type FileRecord } from './records.js';
import { isFolder, type CorpusSpec } from './spec.js';

function positive(o: ParsedOptions, name: string, fallback: number, whole: boolean): number {
  const value = o[name];
  if (value === undefined) return fallback;
  const x = Number(value);
  if (typeof value !== 'string' || !(x > 0) || (whole && !Number.isInteger(x)))
    throw new UsageError(`--${name} expects a positive ${whole ? 'whole number' : 'number'}; found ${JSON.stringify(value)}`);
  return x;
}

/** The output name of `rel`: the same folders and base name, the command's extension. */
const mirrored = (rel: string, extension: string) => join(dirname(rel), basename(rel).replace(/\.[^.]*$/, '') + extension);

/** Temp files a stopped worker may have left beside its target (io/write.ts names them `.<target>.argmap-<hex>.tmp`). */
function removeTemps(target: string): void {
  const prefix = `.${basename(target)}.argmap-`;
  try {
    for (const name of readdirSync(dirname(target))) if (name.startsWith(prefix) && name.endsWith('.tmp')) rmSync(join(dirname(target), name), { force: true });
  } catch {
    // The folder may not exist yet: nothing was left.
  }
}

/**
 * Runs `command` on every file of `inputs` (folders expanded) on a pool of workers, printing one line
 * per file in input order as results come in (JSON Lines or a table), progress on a terminal, and
 * returns the worst exit status. A file that crashes, hangs or runs out of memory is reported and the run
 * goes on.
 */
export async function runCorpus(command: CommandSpec, spec: CorpusSpec, inputs: readonly string[], o: ParsedOptions, io: Io, transport: Transport = 'thread'): Promise<number> {
  for (const name of spec.refuses ?? [])
    if (o[name] !== undefined && o[name] !== false) throw new UsageError(`--${name} is about one map; with several files or a folder, run it on each map alone`, command);
  if (spec.formats && typeof o.format === 'string' && !spec.formats.includes(o.format))
    throw new UsageError(
      `--format ${o.format} makes one report per input; a run over several inputs prints a table, or JSON Lines (its JSON: one object per file, with the file's name) with --format jsonl`,
      command,
    );
  const jobs = positive(o, 'jobs', availableParallelism(), true);
  // setTimeout takes at most 2^31-1 ms (24.8 days); a larger limit would fire at once.
  const timeoutS = Math.min(positive(o, 'file-timeout', FILE_TIMEOUT_DEFAULT_S, false), 2_000_000);
  const memoryMb = positive(o, 'file-memory', FILE_MEMORY_DEFAULT_MB, true);
  const format = o.format === 'jsonl' ? 'jsonl' : 'table';
  const extensions = spec.reads(o);
  const { files, skipped } = expandInputs(inputs, extensions);
  for (const s of skipped) io.stderr(`argmap: skipped ${visibleText(s.path, true)}: ${s.reason}\n`);
  if (files.length === 0) throw new InputError(`no files to ${command.name} in ${inputs.join(', ')}; expected files ending in ${extensions.join(', ')}`);
  const folder = spec.writes ? prepareFolder(spec, o, command) : undefined;
  const tasks: Task[] = files.map((f, index) => ({
    index,
    command: command.name,
    file: f.path,
    options: o,
    format,
    ...(folder !== undefined ? { output: { folder, rel: mirrored(f.rel, spec.writes!.extension) } } : {}),
  }));
  if (folder !== undefined)
    refuseClashes(
      tasks,
      files.map((f) => f.path),
    );

  const lines: (string | undefined)[] = new Array<string | undefined>(tasks.length);
  const statuses: number[] = [];
  let shown = 0;
  let done = 0;
  let lastProgress = 0;
  const progress = (force = false) => {
    if (!io.isTTY) return;
    const now = Date.now();
    if (!force && now - lastProgress < 100) return;
    lastProgress = now;
    io.stderr(`\r\x1b[K${command.name}: ${done}/${tasks.length} files`);
  };
  const settle = (index: number, outcome: Outcome<Reply>) => {
    const task = tasks[index]!;
    let status: number;
    if (outcome.kind === 'done') {
      status = outcome.reply.status;
      lines[index] = outcome.reply.line;
    } else {
      const record = stopped(task, outcome, timeoutS, memoryMb);
      status = record.status;
      lines[index] = format === 'jsonl' ? jsonLine(record) : tableLine(record, '');
      if (task.output) removeTemps(join(task.output.folder, task.output.rel));
    }
    statuses[index] = status;
    done++;
    // Lines go out in input order, each as soon as every line before it is known.
    let out = '';
    while (shown < lines.length && lines[shown] !== undefined) {
      out += lines[shown];
      lines[shown++] = '';
    }
    if (out) {
      if (io.isTTY) io.stderr('\r\x1b[K');
      io.stdout(out);
    }
    progress(out !== '');
  };
  progress(true);
  const entry = new URL('./worker.js', import.meta.url);
  // Workers run compiled JavaScript: from the TypeScript sources (a test calling main) there is none to start.
  if (!existsSync(entry)) throw new Error(`the corpus worker ${fileURLToPath(entry)} is missing; corpus runs need the build (npm run build)`);
  await runPool(tasks, { jobs, timeoutMs: timeoutS * 1000, memoryMb, transport, entry }, settle);
  if (io.isTTY) io.stderr('\r\x1b[K');
  if (format === 'table') io.stdout(totalsLine(statuses, skipped.length));
  return statuses.reduce(worst, EXIT.ok);
}

/** What to say for a file whose worker gave no answer. */
function stopped(task: Task, outcome: Exclude<Outcome<Reply>, { kind: 'done' }>, timeoutS: number, memoryMb: number): FileRecord {
  const errors = (message: string) => [{ file: task.file, severity: 'error', message }];
  if (outcome.kind === 'timeout')
    return { file: task.file, status: EXIT.usage, errors: errors(`stopped after ${timeoutS} s (--file-timeout); expected a file that ${task.command} finishes in time`) };
  if (outcome.kind === 'memory')
    return { file: task.file, status: EXIT.usage, errors: errors(`stopped: it needed more than ${memoryMb} MB of heap (--file-memory); expected a smaller file`) };
  return { file: task.file, status: EXIT.internal, errors: errors(`internal error (a bug in argmap, not in your input): ${outcome.message}`) };
}

/** The output folder of a command that writes per file: named (never a default), created, a folder. */
function prepareFolder(spec: CorpusSpec, o: ParsedOptions, command: CommandSpec): string {
  const folder = spec.writes!.folder(o);
  if (folder === undefined || folder === '' || folder === '-')
    throw new UsageError(`with several files or a folder, ${command.name} writes one file per input: name the output folder with --out-dir <dir>`, command);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new InputError(`cannot create the output folder ${folder} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); expected a writable folder`);
  }
  if (!isFolder(folder)) throw new InputError(`cannot write into ${folder}: it is not a folder; expected an output folder`);
  return folder;
}

/** Two inputs writing one output, or an output that is an input, are refused before anything runs. */
function refuseClashes(tasks: readonly Task[], inputs: readonly string[]): void {
  const byTarget = new Map<string, string>();
  const inputIds = new Map<string, string>();
  for (const file of inputs) {
    try {
      const st = statSync(file);
      inputIds.set(`${st.dev}:${st.ino}`, file);
    } catch {
      // A missing input is the command's to report.
    }
  }
  for (const t of tasks) {
    const target = join(t.output!.folder, t.output!.rel);
    const other = byTarget.get(target);
    if (other !== undefined) throw new UsageError(`${other} and ${t.file} would both be written to ${target}; run them into different output folders`);
    byTarget.set(target, t.file);
    try {
      const st = statSync(target);
      const input = inputIds.get(`${st.dev}:${st.ino}`);
      if (input !== undefined) throw new UsageError(`${target} is the input ${input}; expected an output folder that does not overwrite the inputs`);
    } catch (e) {
      if (e instanceof UsageError) throw e;
    }
  }
}
