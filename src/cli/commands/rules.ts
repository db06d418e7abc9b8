import { RULES } from '../../rules/index.js';
import { EXIT, type Command } from '../command.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list the rules `argmap check` applies, with their ids, severities and descriptions',
  usage: '',
  positionals: { min: 0, max: 0 },
  options: {
    format: { type: 'string', short: 'f', arg: '<format>', description: 'output format', choices: FORMATS, default: 'text' },
    verbose: { type: 'boolean', short: 'v', description: 'also print each rule\'s method and sources' },
  },
  async run(_args, options, io) {
    const format = options.format as (typeof FORMATS)[number];
    const verbose = options.verbose === true;
    if (format === 'json') {
      const list = RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description, ...(verbose && r.docs ? { docs: r.docs } : {}) }));
      io.stdout(JSON.stringify({ rules: list }, null, 2) + '\n');
    } else if (format === 'markdown') {
      const cell = (s: string) => s.replace(/\|/g, '\\|');
      const head = verbose ? ['| Rule | Severity | Description | Method |', '|---|---|---|---|'] : ['| Rule | Severity | Description |', '|---|---|---|'];
      const rows = RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${cell(r.description)} |${verbose ? ` ${cell(r.docs ?? '')} |` : ''}`);
      io.stdout([...head, ...rows].join('\n') + '\n');
    } else {
      const idWidth = Math.max(...RULES.map((r) => r.id.length));
      const lines = RULES.flatMap((r) => [`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(7)}  ${r.description}`, ...(verbose && r.docs ? [`${' '.repeat(idWidth + 11)}${r.docs}`, ''] : [])]);
      io.stdout(lines.join('\n') + '\n');
    }
    return EXIT.ok;
  },
};
