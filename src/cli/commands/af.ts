import { SEMANTICS, extensions, type Semantics } from '../../analysis/dung.js';
import { FRAMEWORK_FORMATS, readFramework, toNamedFramework, type FrameworkFormat } from '../../interop/iccma.js';
import { EXIT, type Command } from '../command.js';

/** One extension as ICCMA solvers answer it: `[a,b]`. */
function iccmaText(ext: string[]): string {
  return `[${ext.join(',')}]`;
}

export const afCommand: Command = {
  name: 'af',
  summary: 'Dung semantics (grounded, complete, preferred, stable) of an abstract framework in ICCMA format',
  usage: '<file>',
  positionals: { min: 1, max: 1 },
  options: {
    semantics: { type: 'string', short: 's', arg: '<name>', description: 'which extensions to compute', choices: SEMANTICS, default: 'grounded' },
    format: { type: 'string', short: 'f', arg: '<format>', description: 'output: JSON {"semantics","extensions"}, or one [a,b] line per extension', choices: ['json', 'text'], default: 'json' },
    'input-format': {
      type: 'string',
      arg: '<format>',
      description: 'read the file as apx (arg(a). att(a,b).), tgf, or i23 (ICCMA 2023 "p af N"); default: by extension (.apx .tgf .af .i23), else by content',
      choices: FRAMEWORK_FORMATS,
    },
  },
  async run([file], options, io) {
    const parsed = readFramework(file!, options['input-format'] as FrameworkFormat | undefined);
    const semantics = options.semantics as Semantics;
    // Extensions come sorted: names by UTF-16 code units, the list lexicographically (see analysis/dung.ts).
    const result = extensions(toNamedFramework(parsed), semantics);
    if (options.format === 'text') io.stdout(result.map(iccmaText).join('\n') + (result.length > 0 ? '\n' : ''));
    else io.stdout(JSON.stringify({ semantics, extensions: result }) + '\n');
    return EXIT.ok;
  },
};
