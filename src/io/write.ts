import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './input-error.js';
import { describeFileType } from './input.js';

/**
 * Temp files created and not yet renamed or removed. The CLI's signal handlers call
 * `removePendingTemps` before exiting; nothing below the CLI installs process handlers. SIGKILL cannot be
 * caught, so a killed run can still leave a temp behind: its name, `.<target>.argmap-<random>.tmp`, says
 * whose it is and that it can be deleted.
 */
const pending = new Set<string>();

let firstWrite: (() => void) | undefined;

/**
 * Called once, just before this process creates its first temp file. The CLI installs its signal
 * handlers from here rather than at start: a handler only runs when the event loop turns, so one
 * installed during a long synchronous search (`argmap af`) would make SIGTERM and Ctrl-C wait for the
 * search to end; before the first write there is nothing to clean up and the default action is right.
 */
export function beforeFirstWrite(fn: () => void): void {
  firstWrite = fn;
}

/** Removes every temp file this process has created and not yet finished with. */
export function removePendingTemps(): void {
  for (const tmp of pending) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Best effort on the way out: the directory may have gone or become read-only.
    }
  }
  pending.clear();
}

/** The mode a new file gets from the user's umask (0o666 masked), as `open` would have given it. */
function newFileMode(): number {
  try {
    return 0o666 & ~process.umask();
  } catch {
    return 0o644; // worker threads cannot read the umask; the usual default
  }
}

/**
 * The file a write to `file` must replace, and its mode: a symbolic link is written through to the file it
 * points at (the link stays a link), and anything but a regular file or a new name is refused, so that
 * `-o /dev/null` or `-o fifo` can never be replaced by a regular file.
 */
function resolveTarget(file: string): { path: string; mode: number } {
  let link: Stats | undefined;
  try {
    link = lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    return { path: file, mode: newFileMode() };
  }
  let path = file;
  if (link.isSymbolicLink()) {
    try {
      path = realpathSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new InputError(`cannot write ${file}: it is a symbolic link to a file that does not exist; expected a regular file, a link to one, or a new name`);
      throw e;
    }
  }
  const st = path === file ? link : statSync(path);
  if (!st.isFile())
    throw new InputError(
      `cannot write ${file}: it is ${describeFileType(st)}${path === file ? '' : ` (through the link, ${path})`}; expected a regular file or a new name (-o - writes to standard output)`,
    );
  // An existing file keeps its permissions, as if it had been overwritten in place.
  return { path, mode: st.mode & 0o777 };
}

/**
 * Creates a temp file beside `target` exclusively (O_EXCL: a file or link planted at the name makes the
 * open fail rather than be followed), with a random name nobody can predict, readable by the owner only
 * until it is complete.
 */
function createTemp(target: string): { tmp: string; fd: number } {
  if (firstWrite) {
    const fn = firstWrite;
    firstWrite = undefined;
    fn();
  }
  for (let attempt = 0; ; attempt++) {
    const tmp = join(dirname(target), `.${basename(target)}.argmap-${randomBytes(8).toString('hex')}.tmp`);
    try {
      const fd = openSync(tmp, 'wx', 0o600);
      pending.add(tmp);
      return { tmp, fd };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw e;
    }
  }
}

/**
 * Writes beside the target and renames, so no reader ever sees half a file and a failed write leaves
 * the old file as it was. Refusals (a device, a FIFO, a directory) are InputErrors; other failures throw
 * the write's own error (ENOENT, EACCES, ENOTDIR …) for the caller to word.
 */
export function writeFileAtomic(file: string, text: string): void {
  // Checked before the write, not at the rename: a target swapped for a FIFO in between would still be
  // replaced. That needs write access to its folder, which could replace it anyway.
  const { path, mode } = resolveTarget(file);
  const { tmp, fd } = createTemp(path);
  try {
    try {
      const bytes = Buffer.from(text, 'utf8');
      // writeSync may write less than asked (a full disk, a signal); go on until all is written or it throws.
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
      fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    pending.delete(tmp);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The clean-up can fail for the same reason the write did; report the write.
    }
    pending.delete(tmp);
    throw e;
  }
}
