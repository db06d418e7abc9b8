import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { LoadedMap } from './load.js';
import { MapLoadError, type Diagnostic } from './diagnostics.js';
import { readTextInput } from './input.js';

/** A source text a map quotes, read from disk. */
export interface SourceText {
  id: string;
  path: string;
  text: string;
}

export interface SourceReadOptions {
  /**
   * Read source texts wherever their paths lead. By default a path must stay inside the map's folder
   * tree (symbolic links followed): a map from someone else must not be able to pull `/etc/passwd` or
   * `../../.ssh/id_rsa` into a page or a report.
   */
  allowOutside?: boolean;
}

const ALLOW_HINT = 'or pass --allow-outside if you trust this map to read files outside its folder';

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  // '' is the folder itself: inside, and the read then says it is a directory.
  return rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
}

/**
 * Where a document's text is, or why it may not be read. Containment is checked on real paths, so a
 * symbolic link inside the folder that points out of it is refused too. (A link swapped in between this
 * check and the read could still redirect it; Node offers no openat2(RESOLVE_BENEATH) to close that.)
 */
function locateSource(base: string, path: string, allowOutside: boolean): string {
  const target = resolve(base, path);
  if (allowOutside) return target;
  if (isAbsolute(path)) throw new Error(`is an absolute path; expected a path relative to the map's folder, ${ALLOW_HINT}`);
  if (!inside(base, target)) throw new Error(`leads outside the map's folder (${base}); expected a path inside it, ${ALLOW_HINT}`);
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return target; // missing or unreadable: the read names the reason
  }
  if (!inside(realpathSync(base), real)) throw new Error(`is a symbolic link to ${real}, outside the map's folder (${base}); expected a file inside it, ${ALLOW_HINT}`);
  return real;
}

/**
 * Reads every document a map names, relative to the map file: regular files only, within the size limit
 * of source texts, inside the map's folder unless `allowOutside`. Problems are reported at the document's
 * `path` entry in the map; a file that is not UTF-8 is reported at its own bad byte.
 */
export function readSourceTexts(loaded: LoadedMap, options: SourceReadOptions = {}): Map<string, SourceText> {
  const out = new Map<string, SourceText>();
  const base = resolve(dirname(loaded.file));
  (loaded.map.documents ?? []).forEach((doc, i) => {
    const at = (message: string): Diagnostic => {
      const position = loaded.locate(['documents', i, 'path']);
      return { file: loaded.file, ...(position ? { position } : {}), severity: 'error', message: `source text ${JSON.stringify(doc.path)} ${message}` };
    };
    let path: string;
    try {
      path = locateSource(base, doc.path, options.allowOutside === true);
    } catch (e) {
      throw new MapLoadError([at((e as Error).message)]);
    }
    try {
      out.set(doc.id, { id: doc.id, path: resolve(base, doc.path), text: readTextInput(path, 'source-text') });
    } catch (e) {
      if (!(e instanceof MapLoadError)) throw e;
      // Problems inside the text (encoding) point into it; the rest (missing, a FIFO, too big) at the map's entry.
      throw new MapLoadError(e.diagnostics.map((d) => (d.position ? d : at(d.message))));
    }
  });
  return out;
}

/** The document a node's source refers to: its own `document`, or the map's only one. */
export function documentIdFor(loaded: LoadedMap, document: string | undefined): string | undefined {
  if (document !== undefined) return document;
  const docs = loaded.map.documents ?? [];
  return docs.length === 1 ? docs[0]!.id : undefined;
}
