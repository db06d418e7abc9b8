import { defineSpec } from '../command.js';
import { OUTPUT_RULES } from '../output.js';
import { CORPUS_FORMAT_OPTION, CORPUS_OPTIONS } from '../corpus/options.js';

export const renderSpec = defineSpec({
  name: 'render',
  summary: 'draw a map as an SVG argument diagram laid out by ELK (conclusions on top)',
  usage: '<file|folder...>',
  positionals: { min: 1, max: Infinity },
  options: {
    output: { type: 'string', short: 'o', arg: '<file>', description: `write the one drawing to this file (- for stdout) instead of <out-dir>/<map-name>.svg: ${OUTPUT_RULES}` },
    'out-dir': {
      type: 'string',
      arg: '<dir>',
      description:
        'folder for <map-name>.svg, or for every drawing of --views (created if missing; default render); with several maps or a folder, required: one .svg per map at the same relative names',
    },
    focus: { type: 'string', arg: '<node-id>', description: "draw one node's support tree, its attackers and the hedges that qualify it" },
    set: { type: 'string', arg: '<set-id>', description: 'draw one hypothesis set: its hypotheses, their evidence and the links among them' },
    overview: { type: 'boolean', description: 'draw one box per section with its conclusions and the links between sections, sized to fit a 1440×900 screen' },
    views: { type: 'boolean', description: 'write the full map, one focus map per conclusion and one map per hypothesis set' },
    direction: { type: 'string', arg: '<dir>', description: 'which way support flows', choices: ['up', 'down', 'left', 'right'], default: 'up' },
    'group-by': {
      type: 'string',
      arg: '<how>',
      description: 'box the nodes of each section of the document (boxes stack, so conclusions may leave the top)',
      choices: ['section', 'none'],
      default: 'none',
    },
    stats: { type: 'boolean', description: 'print nodes, edges, crossings, bends, drawing size and layout time' },
    format: CORPUS_FORMAT_OPTION,
    ...CORPUS_OPTIONS,
  },
});
