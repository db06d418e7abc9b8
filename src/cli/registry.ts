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
 * A command's code is imported only when it runs: each command module brings its own dependencies (the
 * YAML parser and schema validator, graphology, ELK, the renderer), and Node's start-up with all of them
 * cost `argmap af` on a one-argument file four times what the answer needs.
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
