import type { Command } from './command.js';
import { validateCommand } from './commands/validate.js';
import { coverageCommand } from './commands/coverage.js';
import { afCommand } from './commands/af.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { renderCommand } from './commands/render.js';
import { achCommand } from './commands/ach.js';
import { assumptionsCommand } from './commands/assumptions.js';
import { htmlCommand } from './commands/html.js';
import { checkCommand } from './commands/check.js';
import { rulesCommand } from './commands/rules.js';
import { compareCommand } from './commands/compare.js';
import { initCommand } from './commands/init.js';
import { watchCommand } from './commands/watch.js';

/** Every command of the CLI, in the order `argmap --help` lists them: the everyday ones first. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  validateCommand,
  checkCommand,
  rulesCommand,
  coverageCommand,
  renderCommand,
  htmlCommand,
  watchCommand,
  achCommand,
  assumptionsCommand,
  compareCommand,
  afCommand,
  exportCommand,
  importCommand,
];
