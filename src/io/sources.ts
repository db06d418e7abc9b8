import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { LoadedMap } from './load.js';
import { MapLoadError } from './diagnostics.js';

/** A source text a map quotes, read from disk. */
export interface SourceText {
  id: string;
  path: string;
  text: string;
}

/** Reads every document a map names, relative to the map file. */
export function readSourceTexts(loaded: LoadedMap): Map<string, SourceText> {
  const out = new Map<string, SourceText>();
  const base = dirname(loaded.file);
  (loaded.map.documents ?? []).forEach((doc, i) => {
    const path = resolve(base, doc.path);
    try {
      out.set(doc.id, { id: doc.id, path, text: readFileSync(path, 'utf8') });
    } catch {
      const position = loaded.locate(['documents', i, 'path']);
      throw new MapLoadError([
        { file: loaded.file, ...(position ? { position } : {}), severity: 'error', message: `source text ${JSON.stringify(doc.path)} cannot be read; expected a file relative to the map` },
      ]);
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
