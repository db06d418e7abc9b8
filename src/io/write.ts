import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes beside the target and renames, so no reader ever sees half a file and a failed write leaves
 * the old file as it was. Throws the write's own error (ENOENT, EACCES, ENOTDIR …) for the caller to word.
 */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The clean-up can fail for the same reason the write did (a parent that is a file); report the write.
    }
    throw e;
  }
}
