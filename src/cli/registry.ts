import type { Command, CommandEntry, CommandSpec } from './command.js';
import { initSpec } from './specs/init.js';
import { validateSpec } from './specs/validate.js';
import { checkSpec } from './specs/check.js';
import { rulesSpec } from './specs/rules.js';
import { coverageSpec } from './specs/coverage.js';
import { renderSpec } from './specs/render.js';
import { htmlSpec } from './specs/html.js';
import { watchSpec } from './specs/watch.js';
import { achSpec } from './specs/ach.js';
import { assumptionsSpec } from './specs/assumptions.js';
import { compareSpec } from './specs/compare.js';
import { afSpec } from './specs/af.js';
import { exportSpec } from './specs/export.js';
import { importSpec } from './specs/import.js';

/**
 * A command's code is imported only when it runs: the command modules bring the YAML parser and schema
 * validator, graphology, the rules and the renderer, and loading all of them at start cost every run
 * 0.29 s of CPU (and 66 MB) before it did anything; `argmap af` on a small ICCMA file needs none of them
 * (0.10 s and 50 MB, Node alone being 0.06 s and 39 MB: BENCHMARKS.md, `argmap` start-up).
 */
const entry = (spec: CommandSpec, load: () => Promise<Command>): CommandEntry => ({ ...spec, load });

/** Every command of the CLI, in the order `argmap --help` lists them: the everyday ones first. */
export const COMMANDS: readonly CommandEntry[] = [
  entry(initSpec, async () => (await import('./commands/init.js')).initCommand),
  entry(validateSpec, async () => (await import('./commands/validate.js')).validateCommand),
  entry(checkSpec, async () => (await import('./commands/check.js')).checkCommand),
  entry(rulesSpec, async () => (await import('./commands/rules.js')).rulesCommand),
  entry(coverageSpec, async () => (await import('./commands/coverage.js')).coverageCommand),
  entry(renderSpec, async () => (await import('./commands/render.js')).renderCommand),
  entry(htmlSpec, async () => (await import('./commands/html.js')).htmlCommand),
  entry(watchSpec, async () => (await import('./commands/watch.js')).watchCommand),
  entry(achSpec, async () => (await import('./commands/ach.js')).achCommand),
  entry(assumptionsSpec, async () => (await import('./commands/assumptions.js')).assumptionsCommand),
  entry(compareSpec, async () => (await import('./commands/compare.js')).compareCommand),
  entry(afSpec, async () => (await import('./commands/af.js')).afCommand),
  entry(exportSpec, async () => (await import('./commands/export.js')).exportCommand),
  entry(importSpec, async () => (await import('./commands/import.js')).importCommand),
];
