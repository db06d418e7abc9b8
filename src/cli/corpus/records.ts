import { visibleJson, visibleText } from '../../io/visible-text.js';
import { EXIT } from '../command.js';
import { plural } from '../../model/plural.js';

/** One line of what a file's run said on stderr: a problem at file:line:col where it names one, else a message. */
export interface Problem {
  file?: string;
  line?: number;
  column?: number;
  severity: string;
  message: string;
}

/** What a corpus run reports for one file: its name, exit status, and the command's result or its errors. */
export interface FileRecord {
  file: string;
  status: number;
  result?: unknown;
  errors?: Problem[];
}

const AT = /^:(\d+):(\d+): (error|warning|info|note): (.*)$/s;
const BARE = /^: (error|warning|info|note): (.*)$/s;
const ANY_FILE = /^(.+?):(\d+):(\d+): (error|warning|info|note): (.*)$/s;

/**
 * The stderr of one file's run as problems. Lines about the file itself are matched on its known name
 * (so a name holding `:12:3: ` cannot confuse them), lines about another file (a config) by the usual
 * `file:line:col: severity: ` shape; `argmap: ` messages have no place. Usage lines are dropped.
 */
export function problemsOf(stderr: string, file: string): Problem[] {
  const out: Problem[] = [];
  for (const line of stderr.split('\n')) {
    if (line === '' || line.startsWith('Usage: argmap ') || line.startsWith('Run `argmap ')) continue;
    if (line.startsWith(file + ':')) {
      const rest = line.slice(file.length);
      const at = AT.exec(rest);
      if (at) {
        out.push({ file, line: Number(at[1]), column: Number(at[2]), severity: at[3]!, message: at[4]! });
        continue;
      }
      const bare = BARE.exec(rest);
      if (bare) {
        out.push({ file, severity: bare[1]!, message: bare[2]! });
        continue;
      }
    }
    const other = ANY_FILE.exec(line);
    if (other) out.push({ file: other[1]!, line: Number(other[2]), column: Number(other[3]), severity: other[4]!, message: other[5]! });
    else out.push({ severity: 'error', message: line.replace(/^argmap: /, '') });
  }
  return out;
}

export const jsonLine = (r: FileRecord): string => visibleJson(JSON.stringify(r)) + '\n';

const WORDS: Record<number, string> = { [EXIT.ok]: 'ok', [EXIT.findings]: 'findings', [EXIT.usage]: 'error', [EXIT.internal]: 'crash' };

function problemText(p: Problem): string {
  const where = p.file === undefined ? '' : p.line === undefined ? `${p.file}: ` : `${p.file}:${p.line}:${p.column}: `;
  return `${where}${p.severity}: ${p.message}`;
}

/** One table line: the status, the file, then the result in a few words or the first error. */
export function tableLine(r: FileRecord, summary: string): string {
  const errors = r.errors ?? [];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  const said = r.status >= EXIT.usage ? (errors[0] ? problemText(errors[0]) + more : 'failed') : summary;
  return visibleText(`${(WORDS[r.status] ?? String(r.status)).padEnd(9)}${r.file}  ${said}`, true) + '\n';
}

/** The worst exit status: a crash beats bad input, which beats findings, which beat a clean file. */
export function worst(a: number, b: number): number {
  const rank = (s: number) => (s === EXIT.internal ? 3 : s === EXIT.usage ? 2 : s === EXIT.findings ? 1 : s === EXIT.ok ? 0 : 3);
  return rank(b) > rank(a) ? b : a;
}

/** The totals line of the table. */
export function totalsLine(statuses: readonly number[], skipped: number): string {
  const count = (s: number) => statuses.filter((x) => x === s).length;
  const parts = [
    `${count(EXIT.ok)} ok`,
    `${count(EXIT.findings)} with findings`,
    `${count(EXIT.usage)} with errors`,
    `${statuses.length - count(0) - count(1) - count(2)} crashed`,
  ];
  const skip = skipped > 0 ? `; ${skipped} skipped` : '';
  return `${plural(statuses.length, 'file')}: ${parts.join(', ')}${skip}\n`;
}
