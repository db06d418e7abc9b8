import { defineSpec } from '../command.js';
import { SEMANTICS, TASKS } from '../../analysis/dung-tasks.js';
import { FRAMEWORK_FORMATS } from '../../interop/iccma.js';
import { CORPUS_OPTIONS } from '../corpus/options.js';

export const afSpec = defineSpec({
  name: 'af',
  summary: "Dung semantics (grounded, complete, preferred, stable) of an ICCMA framework file, or of a map's attacks",
  usage: '<file|folder...>',
  positionals: { min: 1, max: Infinity },
  options: {
    semantics: { type: 'string', short: 's', arg: '<name>', description: 'which extensions', choices: SEMANTICS, default: 'grounded' },
    task: {
      type: 'string',
      short: 't',
      arg: '<task>',
      description: 'ICCMA task: EE every extension, SE some extension, DC/DS is --query in some/every extension, CE count',
      choices: TASKS,
      default: 'EE',
    },
    labels: { type: 'boolean', short: 'l', description: 'with EE or SE: give each extension as a labelling, {"in","out","undec"}' },
    query: { type: 'string', short: 'a', arg: '<argument>', description: 'the argument DC and DS ask about (for i23 files, its number)' },
    format: {
      type: 'string',
      short: 'f',
      arg: '<format>',
      description:
        'json ({"semantics","extensions"} for EE; the default for one input), or text as ICCMA solvers answer ([a,b] lines, YES/NO, a count); with several inputs, jsonl (one JSON object per file) or else a table',
      choices: ['json', 'text', 'jsonl'],
      // No default: a corpus run must tell an explicit --format json (refused there) from none (the table).
    },
    timeout: {
      type: 'string',
      arg: '<seconds>',
      description:
        'stop the search after this long: EE and CE exit 0 with what was found, and a note on stderr and as "partial" in JSON; DC, DS and SE have no partial answer, so a cut one exits 2 with a note on stderr (text: nothing on stdout, as ICCMA answers have no "unknown"; JSON: "partial")',
    },
    'max-extensions': { type: 'string', arg: '<n>', description: 'with EE or CE: stop after n extensions, with the same note' },
    'input-format': {
      type: 'string',
      arg: '<format>',
      description:
        'read the file as apx (arg(a). att(a,b).), tgf, or i23 (ICCMA 2023 "p af N"); default: a map for .yaml .yml .json, else by extension (.apx .tgf .af .i23), else by content',
      choices: FRAMEWORK_FORMATS,
    },
    ...CORPUS_OPTIONS,
  },
});
