import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, sep } from 'node:path';
import { describeFileType } from './input.js';

/** One file of a corpus run: the path to read, and its name relative to the folder it was found in. */
export interface CorpusFile {
  path: string;
  /** Mirrored under an output folder: the path inside the named folder, or the base name of a named file. */
  rel: string;
}

/** Something in a named folder that is not read, and why: said on stderr, never silently dropped. */
export interface SkippedEntry {
  path: string;
  reason: string;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The files a corpus run reads, in a fixed order: each argument in the order given; a folder's files by
 * name (UTF-16 code units, the same on every machine and locale) with its sub-folders walked where they
 * sort. Only names ending in one of `extensions` are read. Symbolic links to folders are never followed (so
 * no cycle and no file twice), nor links that lead out of the named folder; other non-regular files
 * (FIFOs, sockets, devices) are skipped with a reason. A named path that is not a folder is passed on as it
 * is, so the command itself says what is wrong with it.
 */
export function expandInputs(inputs: readonly string[], extensions: readonly string[]): { files: CorpusFile[]; skipped: SkippedEntry[] } {
  const files: CorpusFile[] = [];
  const skipped: SkippedEntry[] = [];
  const wanted = (name: string) => extensions.includes(extname(name).toLowerCase());
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // Missing or unreadable: the command reports it as its own input error.
    }
    if (!isDir) {
      files.push({ path: input, rel: basename(input) });
      continue;
    }
    // The named folder may itself be a link (the user chose it); what lies inside must stay inside it.
    const root = realpathSync(input);
    const inside = (p: string) => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);
    const walk = (dir: string, rel: string): void => {
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
      } catch (e) {
        skipped.push({ path: dir, reason: `cannot be listed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
        return;
      }
      for (const entry of entries) {
        const path = join(dir, entry.name);
        const name = rel === '' ? entry.name : join(rel, entry.name);
        if (entry.isDirectory()) walk(path, name);
        else if (entry.isFile()) {
          if (wanted(entry.name)) files.push({ path, rel: name });
        } else if (entry.isSymbolicLink()) {
          const why = linkProblem(path, inside);
          if (why) skipped.push({ path, reason: why });
          else if (wanted(entry.name)) files.push({ path, rel: name });
        } else skipped.push({ path, reason: `is ${describeFileType(lstatSync(path))}, not a regular file` });
      }
    };
    walk(input, '');
  }
  return { files, skipped };
}

/** Why a link inside a named folder is not read, or undefined when it is a link to a regular file inside it. */
function linkProblem(path: string, inside: (p: string) => boolean): string | undefined {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (e) {
    return `is a symbolic link that leads nowhere (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  if (!inside(target)) return 'is a symbolic link that leads out of the named folder (not followed)';
  const st = statSync(target);
  if (st.isDirectory()) return 'is a symbolic link to a folder (not followed: its files would be read twice, or forever)';
  if (!st.isFile()) return `is a symbolic link to ${describeFileType(st)}, not a regular file`;
  return undefined;
}
