import type { OptionSpec } from '../command.js';

/** Defaults of the per-file limits: far above any ordinary file, low enough that a hostile one cannot stall a run. */
export const FILE_TIMEOUT_DEFAULT_S = 120;
export const FILE_MEMORY_DEFAULT_MB = 4096;

/** The options every command that runs over a corpus takes (any of them starts a corpus run). */
export const CORPUS_OPTIONS = {
  jobs: { type: 'string', short: 'j', arg: '<n>', description: 'with several inputs: run n files at a time (default: the number of cores)' },
  'file-timeout': {
    type: 'string',
    arg: '<seconds>',
    description: `with several inputs: stop a file that runs longer and report it (exit 2) (default ${FILE_TIMEOUT_DEFAULT_S})`,
  },
  'file-memory': {
    type: 'string',
    arg: '<MB>',
    description: `with several inputs: stop a file whose heap grows past this and report it (exit 2) (default ${FILE_MEMORY_DEFAULT_MB})`,
  },
} as const satisfies Record<string, OptionSpec>;

/** `--format` for commands with no output format of their own: how a corpus run reports. */
export const CORPUS_FORMAT_OPTION = {
  type: 'string',
  arg: '<format>',
  description: 'with several inputs: a table (one line per file, then totals) or jsonl (one JSON object per file)',
  choices: ['table', 'jsonl'],
} as const satisfies OptionSpec;
