import { loadMap } from '../../io/load.js';
import { MapLoadError } from '../../io/diagnostics.js';
import { compareMaps, suggestSection } from '../../analysis/compare.js';
import { compareReport, type CompareFormat } from '../../render/compare-report.js';
import { emit, OUTPUT_OPTION, outputFile } from '../output.js';
import { EXIT, InputError, type Command } from '../command.js';

const FORMATS = ['text', 'markdown', 'json', 'html'] as const satisfies readonly CompareFormat[];

/** Loads both maps before failing, so a user sees every problem of both files in one run. */
function loadBoth(student: string, reference: string) {
  const errors: MapLoadError[] = [];
  const load = (f: string) => {
    try {
      return loadMap(f);
    } catch (e) {
      if (!(e instanceof MapLoadError)) throw e;
      errors.push(e);
      return undefined;
    }
  };
  const s = load(student);
  const r = load(reference);
  if (!s || !r) throw new MapLoadError(errors.flatMap((e) => e.diagnostics));
  return { s, r };
}

export const compareCommand: Command = {
  name: 'compare',
  summary: "grade a student's map against a reference map: found, missed, added, disagreements, recall/precision",
  usage: '<student.yaml> <reference.yaml>',
  positionals: { min: 2, max: 2 },
  options: {
    section: { type: 'string', arg: '<id>', description: "compare with only this section of the reference (and its subsections), e.g. the annex a student mapped" },
    format: { type: 'string', short: 'f', arg: '<format>', choices: FORMATS, default: 'text', description: 'output format' },
    output: OUTPUT_OPTION,
  },
  async run([student, reference], options, io) {
    const out = outputFile(options.output, compareCommand);
    const { s, r } = loadBoth(student!, reference!);
    const section = options.section as string | undefined;
    if (section !== undefined && !(r.map.sections ?? []).some((x) => x.id === section)) {
      const ids = (r.map.sections ?? []).map((x) => x.id);
      throw new InputError(`${reference}: no section ${JSON.stringify(section)}; expected one of: ${ids.join(', ') || '(the map has no sections)'}`);
    }
    const comparison = compareMaps(s, r, section !== undefined ? { section } : {});
    const hint = section === undefined ? suggestSection(r.map, comparison) : undefined;
    if (hint !== undefined) {
      io.stderr(`argmap: every node of ${student} matches section ${JSON.stringify(hint)} of ${reference}; add --section ${hint} to grade against that part alone\n`);
    }
    const text = compareReport(comparison, options.format as CompareFormat);
    emit(io, out, text);
    return EXIT.ok;
  },
};
