import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { beforeFirstWrite, removePendingTemps } from '../io/write.js';
import { COMMANDS } from './registry.js';
import { OUTPUT_OPTION_RULE } from './output.js';
import { EXIT, UsageError, type CommandSpec, type Io, type ParsedOptions } from './command.js';
import { reportFailure, usageLine } from './errors.js';
import { CORPUS_SPECS, isCorpusRun } from './corpus/spec.js';

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = [
    'argmap: typed argument maps from written reasoning',
    '',
    'Usage: argmap <command> [options] <args>',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also `argmap <command> --help`)',
    '  -V, --version  print the version',
    '',
    '',
    OUTPUT_OPTION_RULE,
    'Exit codes: 0 ok, 1 error-severity findings, 2 bad input or usage, 70 internal error.',
  ];
  return lines.join('\n') + '\n';
}

export function commandHelp(c: CommandSpec): string {
  const opts = Object.entries(c.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.arg ?? '<value>'}` : ''}`;
    const extra = [o.choices ? `one of ${o.choices.join('|')}` : '', o.default !== undefined ? `default ${o.default}` : ''].filter(Boolean).join('; ');
    return `  ${flag.padEnd(30)} ${o.description}${extra ? ` (${extra})` : ''}`;
  });
  const help = `  ${'    --help'.padEnd(30)} show this help`;
  const rule = Object.values(c.options).some((o) => o.short === 'o') ? ['', OUTPUT_OPTION_RULE] : [];
  return [usageLine(c), '', c.summary, '', 'Options:', ...opts, help, ...rule].join('\n') + '\n';
}

function parse(c: CommandSpec, args: string[]): { positionals: string[]; options: ParsedOptions; help: boolean } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(c.options)) {
    options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional.*$/s, ''), c);
  }
  const values = parsed.values as ParsedOptions;
  if (values.help) return { positionals: [], options: {}, help: true };
  for (const [name, o] of Object.entries(c.options)) {
    const v = values[name];
    if (v === undefined && o.default !== undefined) values[name] = o.default;
    const given = values[name];
    if (o.choices && typeof given === 'string' && !o.choices.includes(given))
      throw new UsageError(`--${name} ${JSON.stringify(given)} is not allowed; expected one of ${o.choices.join(', ')}`, c);
  }
  const n = parsed.positionals.length;
  if (n < c.positionals.min) throw new UsageError(`missing argument: ${c.usage}`, c);
  if (n > c.positionals.max) {
    const expected = c.positionals.max === 0 ? 'none' : c.usage;
    throw new UsageError(`too many arguments (${n}: ${parsed.positionals.map((p) => JSON.stringify(p)).join(' ')}); expected ${expected}`, c);
  }
  return { positionals: parsed.positionals, options: values, help: false };
}

/** Runs the CLI on `argv` (without node and the script); returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    if (first === 'help' && rest[0]) return main([rest[0], '--help'], io);
    io.stdout(mainHelp());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(version() + '\n');
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === first);
  try {
    if (!command) throw new UsageError(first.startsWith('-') ? `unknown option ${first}` : `unknown command ${JSON.stringify(first)}`);
    const { positionals, options, help } = parse(command, rest);
    if (help) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    const corpus = CORPUS_SPECS[command.name];
    if (corpus && isCorpusRun(corpus, positionals, options)) return await (await import('./corpus/run.js')).runCorpus(command, corpus, positionals, options, io);
    return await (await command.load()).run(positionals, options, io);
  } catch (e) {
    return reportFailure(e, command, io);
  }
}

export const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  drained: () => roomIn(process.stdout),
  isTTY: Boolean(process.stderr.isTTY),
};

/**
 * Undefined while a stream takes writes, else a promise settled when it has room again or never will (closed:
 * the EPIPE handler, or whoever owns the stream, takes over).
 */
export function roomIn(stream: Writable): Promise<void> | undefined {
  if (!stream.writableNeedDrain) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/**
 * For the process that runs the CLI (bin/argmap.js), not for callers of `main`: on SIGINT, SIGTERM or
 * SIGHUP, remove any temp file of an unfinished write and exit 128 + the signal's number, as a shell
 * reports a killed command. A target is never half-written either way: it is only ever renamed into
 * place whole. SIGKILL cannot be caught; see io/write.ts for what it can leave. The handlers go in at
 * the first write (see beforeFirstWrite): until then a signal ends the run at once, even mid-search.
 */
export function installSignalCleanup(): void {
  beforeFirstWrite(() => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        removePendingTemps();
        process.stderr.write(`argmap: stopped by ${signal}\n`);
        process.exit(128 + constants.signals[signal]);
      });
    }
  });
  process.on('exit', removePendingTemps);
  // A reader that stops early (`argmap check corpus/ -f jsonl | head`) closes the pipe under a run that is
  // still writing: stop as a shell's SIGPIPE would, not with an unhandled EPIPE and its stack.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    removePendingTemps();
    process.exit(128 + constants.signals.SIGPIPE);
  });
}
