import type { OptionSpec } from './command.js';

/** The option of every command that reads a map's source texts (`documents[].path`). */
export const ALLOW_OUTSIDE_OPTION = {
  type: 'boolean',
  description: "read source texts outside the map's folder too (absolute paths, ../, links leading out); only for maps you trust",
} as const satisfies OptionSpec;
