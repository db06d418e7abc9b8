import { lstatSync, mkdirSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';
import { InputError } from './input-error.js';

/**
 * The file to write for `rel` (a name inside `outDir`, which must exist), creating the folders between
 * them. Every step is checked with lstat, not followed: a folder or file inside `outDir` that is a symbolic
 * link could carry the write out of the folder the user named, so it is refused, as is a name that climbs
 * out with `..`. The caller writes the file through io/write.ts.
 */
export function prepareOutput(outDir: string, rel: string): string {
  const parts = rel.split(sep);
  if (isAbsolute(rel) || parts.some((p) => p === '' || p === '.' || p === '..'))
    throw new InputError(`refusing to write ${JSON.stringify(rel)} under ${outDir}: expected a plain relative name inside the output folder`);
  let dir = outDir;
  for (const part of parts.slice(0, -1)) {
    dir = join(dir, part);
    if (!isFolder(dir)) {
      try {
        mkdirSync(dir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST')
          throw new InputError(`cannot create ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); expected a writable folder`);
        // Made by another worker in the meantime: check what it is.
        if (!isFolder(dir)) throw new InputError(`refusing to write into ${dir}: it is not a folder`);
      }
    }
  }
  const target = join(dir, parts.at(-1)!);
  let link = false;
  try {
    link = lstatSync(target).isSymbolicLink();
  } catch {
    // Not there yet: the usual case.
  }
  if (link) throw new InputError(`refusing to write ${target}: it is a symbolic link, and a corpus run writes only inside ${outDir}`);
  return target;
}

/** True for a real folder; false when nothing is there; an InputError for a link or anything else. */
function isFolder(path: string): boolean {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return false;
  }
  if (st.isSymbolicLink()) throw new InputError(`refusing to write through ${path}: it is a symbolic link, and a corpus run writes only inside the output folder`);
  if (!st.isDirectory()) throw new InputError(`refusing to write into ${path}: it is not a folder`);
  return true;
}
