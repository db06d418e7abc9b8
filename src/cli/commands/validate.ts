import { visibleText } from '../../io/visible-text.js';
import { loadEach } from '../../app/maps.js';
import { validateSpec } from '../specs/validate.js';
import { EXIT, defineCommand } from '../command.js';
import { printDiagnostics } from '../output.js';

export const validateCommand = defineCommand({
  ...validateSpec,
  async run(files, options, io) {
    let bad = 0;
    for (const outcome of loadEach(files)) {
      if ('diagnostics' in outcome) {
        bad++;
        printDiagnostics(io, outcome.diagnostics);
      } else if (!options.quiet) {
        const { map } = outcome.loaded;
        io.stdout(visibleText(`${outcome.file}: ok (${map.nodes.length} nodes, ${map.inferences?.length ?? 0} inferences, ${map.relations?.length ?? 0} relations)`, true) + '\n');
      }
    }
    if (bad > 0) io.stderr(`${bad} of ${files.length} file(s) invalid\n`);
    return bad > 0 ? EXIT.usage : EXIT.ok;
  },
});
