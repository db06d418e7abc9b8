import { emit, outputFile } from '../output.js';
import { exportMap } from '../../app/export.js';
import { exportSpec } from '../specs/export.js';
import { EXIT, UsageError, defineCommand } from '../command.js';

export const exportCommand = defineCommand({
  ...exportSpec,
  async run([file], options, io) {
    if (options.to === undefined) throw new UsageError(`missing --to <format>; expected one of ${exportSpec.options.to.choices.join(', ')}`);
    const out = outputFile(options.output);
    emit(io, out, await exportMap(file!, options.to));
    return EXIT.ok;
  },
});
