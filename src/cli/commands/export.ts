import { emit, OUTPUT_OPTION, outputFile } from '../output.js';
import { loadMap } from '../../io/load.js';
import { attackFramework } from '../../graph/attack-framework.js';
import { writeApx, writeTgf } from '../../interop/iccma.js';
import { writeAif } from '../../interop/aif.js';
import { writeGraphml } from '../../interop/graphml.js';
import { writeDot } from '../../interop/dot.js';
import type { ArgumentMap } from '../../model/types.js';
import { EXIT, UsageError, type Command } from '../command.js';

/** Export targets: each turns a valid map into the text of one file. Add a format by adding a row. */
const TARGETS: Record<string, { describe: string; write(map: ArgumentMap): string | Promise<string> }> = {
  apx: { describe: 'the attack framework in ASPARTIX/ICCMA apx', write: (map) => writeApx(attackFramework(map)) },
  tgf: { describe: 'the attack framework in ICCMA tgf', write: (map) => writeTgf(attackFramework(map)) },
  aif: { describe: 'the whole map as AIF JSON for AIFdb and OVA', write: writeAif },
  // Argdown's parser (for its shortcode table) takes about a second to load: only this target pays for it.
  argdown: { describe: 'the whole map as an Argdown document', write: async (map) => (await import('../../interop/argdown-write.js')).writeArgdown(map) },
  graphml: { describe: 'the graph with typed attributes as GraphML for yEd, Gephi and graphology', write: writeGraphml },
  dot: { describe: 'the graph as Graphviz DOT', write: writeDot },
};

export const exportCommand: Command = {
  name: 'export',
  summary: "write a map in another tool's format: AIF JSON (AIFdb, OVA), Argdown, GraphML or DOT, or its attack framework as apx or tgf for Dung solvers",
  usage: '<map>',
  positionals: { min: 1, max: 1 },
  options: {
    to: {
      type: 'string',
      short: 't',
      arg: '<format>',
      description: `target format: ${Object.entries(TARGETS).map(([k, t]) => `${k} (${t.describe})`).join(', ')}`,
      choices: Object.keys(TARGETS),
    },
    output: OUTPUT_OPTION,
  },
  async run([file], options, io) {
    if (typeof options.to !== 'string') throw new UsageError(`missing --to <format>; expected one of ${Object.keys(TARGETS).join(', ')}`, exportCommand);
    const out = outputFile(options.output, exportCommand);
    const { map } = loadMap(file!);
    const text = await TARGETS[options.to]!.write(map);
    emit(io, out, text);
    return EXIT.ok;
  },
};
