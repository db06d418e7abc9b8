import { loadMap } from '../../io/load.js';
import { MapLoadError, formatDiagnostic } from '../../io/diagnostics.js';
import { visibleText } from '../../io/visible-text.js';
import { EXIT, type Command } from '../command.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check that map files are well-formed: syntax, schema and references',
  usage: '<file...>',
  positionals: { min: 1, max: Infinity },
  options: {
    quiet: { type: 'boolean', short: 'q', description: 'print nothing for valid files' },
  },
  async run(files, options, io) {
    let bad = 0;
    for (const file of files) {
      try {
        const { map } = loadMap(file);
        if (!options.quiet) io.stdout(visibleText(`${file}: ok (${map.nodes.length} nodes, ${map.inferences?.length ?? 0} inferences, ${map.relations?.length ?? 0} relations)`, true) + '\n');
      } catch (e) {
        if (!(e instanceof MapLoadError)) throw e;
        bad++;
        for (const d of e.diagnostics) io.stderr(formatDiagnostic(d) + '\n');
      }
    }
    if (bad > 0) io.stderr(`${bad} of ${files.length} file(s) invalid\n`);
    return bad > 0 ? EXIT.usage : EXIT.ok;
  },
};
