import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { MapLoadError, type Position } from './diagnostics.js';

/** Every kind of file argmap reads; each has its own size limit. */
export type InputKind = 'yaml-map' | 'json-map' | 'source-text' | 'ach-csv' | 'aif' | 'argdown' | 'framework' | 'config';

const MiB = 1024 * 1024;

/**
 * Largest file of each kind read, set from measurements on a 2-core, 23 GB machine shared with other work
 * (`scripts/measure-map-limits.mjs` repeats the map measurements):
 * - YAML maps cost about 70 MB of memory per MB of text to parse (3.7 MB: 335 MB; 15 MB: 1.1 GB and
 *   13 s; 30 MB: 2.0 GB and 52 s; 100 MB ran out of V8's 4 GB heap after a minute). 16 MiB holds a
 *   100,000-node map and keeps the load near 1 GB, leaving the heap room for what follows.
 * - JSON maps cost about 6 MB per MB (the 1M-node, 144 MB map loads in 14 s at 840 MB); 256 MiB keeps
 *   the load near 1.5 GB.
 * - AIF files become a map that is validated as YAML before it is written, so they share YAML's limit.
 * - Argdown documents are parsed by Argdown's own parser at about 1.8 s per MB (the memorandum written
 *   ten and twenty times over: 1.1 MB in 2.2 s, 2.2 MB in 3.8 s, under 200 MB); 8 MiB stays near 15 s.
 * - Source texts are parsed into paragraphs, quoted and embedded whole in the explorer page: 8 MiB (two
 *   long novels) takes coverage 4 s and 130 MB and makes a 10 MB page; a long book is 3-4 MB.
 * - ACH matrices are scored with a sensitivity test per row: 10,000 rows of 10 hypotheses (0.5 MB) take
 *   3.3 s and 200 MB, 100,000 rows (5 MB) 29 s and 1.1 GB; 2 MiB (about 40,000 rows) stays near 10 s.
 *   Heuer's matrices have tens of rows.
 * - Frameworks (apx, tgf, i23) are read by a byte scanner: 2M arguments and 4M attacks (59 MB of i23)
 *   take 10 s and 465 MB for the grounded extension; 128 MiB stays under a minute and 1 GB.
 */
export const INPUT_LIMITS: Readonly<Record<InputKind, number>> = {
  'yaml-map': 16 * MiB,
  'json-map': 256 * MiB,
  'source-text': 8 * MiB,
  'ach-csv': 2 * MiB,
  aif: 16 * MiB,
  argdown: 8 * MiB,
  framework: 128 * MiB,
  // A linter config is a few lines; a megabyte is no config.
  config: 1 * MiB,
};

const WHAT: Readonly<Record<InputKind, string>> = {
  'yaml-map': 'a YAML map',
  'json-map': 'a JSON map',
  'source-text': 'a source text',
  'ach-csv': 'an ACH matrix in CSV',
  aif: 'an AIF file',
  argdown: 'an Argdown document',
  framework: 'a framework file',
  config: 'an argmap config file',
};

/** What the user meant the file to be, for "expected an existing …". */
const NOUN: Readonly<Record<InputKind, string>> = {
  'yaml-map': 'map file',
  'json-map': 'map file',
  'source-text': 'source text file',
  'ach-csv': 'CSV file',
  aif: 'AIF JSON file',
  argdown: 'Argdown file',
  framework: 'framework file',
  config: 'config file',
};

const HINT: Partial<Record<InputKind, string>> = {
  'yaml-map': '; a map this large loads far faster and in a tenth of the memory as JSON (same shape, .json)',
};

/** A size for a message: bytes, or MiB when large. */
export function formatBytes(n: number): string {
  return n >= MiB ? `${(n / MiB).toFixed(n % MiB === 0 ? 0 : 1)} MiB` : `${n} bytes`;
}

/** The questions `describeFileType` asks of a `fs.Stats`; spelled out so the published types need no @types/node. */
export interface FileTypeProbe {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

/** What a file that is not a regular file is, for a refusal. */
export function describeFileType(st: FileTypeProbe): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device file';
  return 'not a regular file';
}

function errnoReason(e: unknown, kind: InputKind): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `file not found; expected an existing ${NOUN[kind]}`;
  if (code === 'EACCES' || code === 'EPERM') return `cannot be read (${code}: permission denied); expected a readable file`;
  if (code === 'ELOOP') return 'is a loop of symbolic links; expected a file';
  if (code === 'ENOTDIR') return 'has a part of its path that is not a directory; expected a file';
  return `cannot be read (${code ?? (e as Error).message}); expected a readable file`;
}

/**
 * The bytes of a regular file, at most `limit`. Opened non-blocking and checked through the descriptor,
 * so a FIFO never hangs and a device is refused before a byte is read, whatever a path was swapped for.
 */
function readRegularFile(file: string, kind: InputKind, limit: number): Buffer {
  const fail = (message: string): never => {
    throw new MapLoadError([{ file, severity: 'error', message }]);
  };
  let fd: number;
  try {
    // O_NONBLOCK and O_NOCTTY are POSIX only; elsewhere a FIFO cannot be named by path anyway.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return fail(errnoReason(e, kind));
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) fail(`is ${describeFileType(st)}; expected a regular file (${WHAT[kind]})`);
    const tooBig = () => fail(`is larger than the limit for ${WHAT[kind]}, ${formatBytes(limit)}${HINT[kind] ?? ''}`);
    if (st.size > limit) tooBig();
    // Read to the end rather than trust st.size: a file can grow while it is read, and /proc reports 0.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(st.size + 1 - total, 64 * 1024));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > limit) tooBig();
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof MapLoadError) throw e;
    return fail(errnoReason(e, kind));
  } finally {
    closeSync(fd);
  }
}

/** Offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= n) return i;
    const c1 = b[i + 1]!;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are ill-formed.
    if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f) || (c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return i;
    for (let k = 1; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (in characters, as positions are given everywhere else) of a byte offset. */
function positionOfByte(bytes: Buffer, offset: number): Position {
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < lineStart; i = bytes.indexOf(0x0a, i + 1)) line++;
  return { line, column: bytes.subarray(lineStart, offset).toString('utf8').length + 1 };
}

/** Text from bytes: UTF-8 only (the first bad byte named by line:col), no NUL, the byte-order mark dropped. */
export function decodeText(raw: Uint8Array, file: string, kind: InputKind): string {
  // A Uint8Array in the signature (not Buffer) keeps the published types free of @types/node; same memory.
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  const nul = bytes.indexOf(0);
  // A NUL byte never appears in a text file; it marks an image, archive or other binary file.
  if (nul >= 0)
    throw new MapLoadError([{ file, position: positionOfByte(bytes, nul), severity: 'error', message: `is a binary file (a NUL byte here); expected UTF-8 text (${WHAT[kind]})` }]);
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    const hex = `0x${bytes[bad]!.toString(16).padStart(2, '0').toUpperCase()}`;
    throw new MapLoadError([
      {
        file,
        position: positionOfByte(bytes, bad),
        severity: 'error',
        message: `invalid UTF-8: byte ${hex} begins no valid character; expected UTF-8 text (${WHAT[kind]}): save the file as UTF-8`,
      },
    ]);
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads a text file argmap takes as input: a regular file only, within the size limit of its kind,
 * UTF-8 without NUL bytes, the byte-order mark stripped. Every refusal is a MapLoadError naming the file.
 */
export function readTextInput(file: string, kind: InputKind): string {
  return decodeText(readRegularFile(file, kind, INPUT_LIMITS[kind]), file, kind);
}
