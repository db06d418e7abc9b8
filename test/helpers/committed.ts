import { existsSync, readFileSync } from 'node:fs';

const CONTEXT = 2;
const SHOWN = 8;
const WIDTH = 160;

/** A long line cut to a window around the column where it first differs, so an SVG path stays readable. */
function clip(line: string, column: number): string {
  if (line.length <= WIDTH) return line;
  const from = Math.max(0, Math.min(column - WIDTH / 2, line.length - WIDTH));
  return `${from > 0 ? '…' : ''}${line.slice(from, from + WIDTH)}${from + WIDTH < line.length ? '…' : ''}`;
}

/**
 * Why a committed output differs from a fresh one, as a short diff from the first differing line (committed
 * lines `-`, fresh lines `+`), or undefined when they match. One hunk, between the common head and the
 * common tail: enough to see what changed without a diff library.
 */
export function staleness(committed: string, fresh: string): string | undefined {
  if (committed === fresh) return undefined;
  const a = committed.split('\n');
  const b = fresh.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  const x = a[line] ?? '';
  const y = b[line] ?? '';
  let column = 0;
  while (column < x.length && column < y.length && x[column] === y[column]) column++;
  // The common tail ends the changed block, so one edited, inserted or deleted run of lines shows as itself.
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > line && bEnd > line && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  const out = [
    `first difference at line ${line + 1}, column ${column + 1}: ${aEnd - line} committed line(s) became ${bEnd - line} (committed ${a.length} lines, fresh ${b.length})`,
  ];
  for (let i = Math.max(0, line - CONTEXT); i < line; i++) out.push(`  ${String(i + 1).padStart(5)}  ${clip(a[i]!, column)}`);
  for (let i = line; i < Math.min(aEnd, line + SHOWN); i++) out.push(`- ${String(i + 1).padStart(5)}  ${clip(a[i]!, column)}`);
  if (aEnd - line > SHOWN) out.push(`  … ${aEnd - line - SHOWN} more`);
  for (let i = line; i < Math.min(bEnd, line + SHOWN); i++) out.push(`+ ${String(i + 1).padStart(5)}  ${clip(b[i]!, column)}`);
  if (bEnd - line > SHOWN) out.push(`  … ${bEnd - line - SHOWN} more`);
  for (let i = aEnd; i < Math.min(a.length, aEnd + CONTEXT); i++) out.push(`  ${String(i + 1).padStart(5)}  ${clip(a[i]!, column)}`);
  return out.join('\n');
}

/**
 * Fails with the file, the diff and the command that refreshes it, so a stale output names itself and its
 * fix instead of `expected false to be true`.
 */
export function expectCurrent(file: string, fresh: string, refresh = 'npm start'): void {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`${refresh}\` and commit it`);
  const diff = staleness(readFileSync(file, 'utf8'), fresh);
  if (diff) throw new Error(`${file} is stale: run \`${refresh}\` and commit the result\n(- committed, + what the code makes now)\n${diff}`);
}
