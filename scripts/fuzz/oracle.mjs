// What makes a case a failure (issue 13): a crash, a hang, a file left or touched where it should not be,
// or map text reaching an output unescaped. Returns a list of { kind, detail }; empty means the case passed.
import { MARKUP, SECRET, show } from './markers.mjs';

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;
const CONTROL = /[\x1b\x80-\x9f]/u;
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?%?$/i;
/** An error message may quote the input, but not whole: a huge scalar or a file read by mistake floods the terminal. */
const STDERR_LIMIT = 20_000;

export function firstLine(text, re) {
  const line = text.split('\n').find((l) => re.test(l));
  return line?.trim().slice(0, 160);
}

function csvCells(text) {
  const cells = [];
  let cell = '';
  let quoted = false;
  let start = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && start) ((quoted = true), (start = false));
    else if (c === ',' || c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      (cells.push(cell), (cell = ''), (start = true));
      if (c === '\r') i++;
    } else ((cell += c), (start = false));
  }
  cells.push(cell);
  return cells;
}

/** Problems in one output's content, by the kind of text it is. */
export function contentProblems(text, kind, where) {
  const out = [];
  if (kind === 'markup' || kind === 'markdown') {
    for (const m of MARKUP) if (text.includes(m)) out.push({ kind: 'unescaped-markup', detail: `${where}: raw ${show(m)} (${kind})` });
  }
  if (kind === 'text' || kind === 'markdown' || kind === 'csv') {
    const m = CONTROL.exec(text);
    if (m) out.push({ kind: 'control-bytes', detail: `${where}: U+${m[0].codePointAt(0).toString(16).padStart(4, '0')} reaches a ${kind} output` });
  }
  if (kind === 'csv') {
    const bad = csvCells(text).find((c) => FORMULA_START.test(c) && !NUMBER.test(c.trim()));
    if (bad !== undefined) out.push({ kind: 'csv-formula', detail: `${where}: cell ${show(bad.slice(0, 30))} starts a formula` });
  }
  if (text.includes(SECRET)) out.push({ kind: 'outside-read', detail: `${where}: content of a file outside the map's folder` });
  return out;
}

/**
 * @param run { code, signal, timedOut, stdout, stderr }
 * @param files { outputs: [{path, kind, text}], leftovers: string[], touched: string[], refusedButWrote: string[] }
 */
export function judge(kase, run, files) {
  const out = [];
  if (run.timedOut) out.push({ kind: 'hang', detail: `no exit within ${run.timeout} s` });
  else if (![0, 1, 2].includes(run.code)) out.push({ kind: `exit-${run.code ?? run.signal}`, detail: crashOf(run.stderr) });
  else if (STACK.test(run.stderr)) out.push({ kind: 'stack-trace', detail: crashOf(run.stderr) });
  else if (/internal error/i.test(run.stderr)) out.push({ kind: 'internal-error', detail: crashOf(run.stderr) });
  if (/\[object Object\]/.test(run.stderr)) out.push({ kind: 'object-object', detail: firstLine(run.stderr, /\[object Object\]/) });
  if (run.stderr.length > STDERR_LIMIT) out.push({ kind: 'stderr-flood', detail: `stderr: ${run.stderr.length} characters` });
  out.push(...contentProblems(run.stdout, kase.stdout, 'stdout'));
  out.push(...contentProblems(run.stderr.slice(0, STDERR_LIMIT), 'text', 'stderr'));
  for (const o of files.outputs) out.push(...contentProblems(o.text, o.kind, o.path));
  for (const f of files.leftovers) out.push({ kind: 'temp-left', detail: `${f} left behind` });
  for (const f of files.touched) out.push({ kind: 'touched-outside', detail: f });
  if (!run.timedOut && run.code === 2) for (const f of files.written) out.push({ kind: 'output-on-refusal', detail: `exit 2 but ${f} written` });
  return out;
}

/** The error and the innermost frame in argmap's own code: what tells one crash from another. */
function crashOf(stderr) {
  const lines = stderr.split('\n').map((l) => l.trim());
  const error =
    lines.find((l) => /^(\w*Error|\w+Exception|\[object Object\]|FATAL|.*heap out of memory)/.test(l) || /^\w+Error\b/.test(l)) ??
    lines.find((l) => l && !/internal error/i.test(l)) ??
    '(no stderr)';
  const frame = lines.find((l) => /^at .*\/(dist|src)\//.test(l) && !l.includes('/node_modules/'));
  const where = frame?.match(/^at (?:(\S+) \()?.*\/((?:dist|src)\/[^:]+)/);
  return where ? `${error.slice(0, 120)} @ ${where[1] ?? '?'} (${where[2]})` : error.slice(0, 160);
}

/** A failure class: the same kind of symptom from the same command, with numbers and quoted text blurred. */
export function signature(kase, problem) {
  const crash = /^(exit-|stack-trace|internal-error)/.test(problem.kind);
  const cmd =
    kase.argv[0] +
    (['check', 'ach', 'af', 'export', 'compare', 'coverage'].includes(kase.argv[0]) ? ` ${formatOf(kase.argv)}` : kase.argv[0] === 'render' ? ` ${renderView(kase.argv)}` : '');
  const detail = problem.detail
    .replace(/^(stdout|stderr|out\/\S*):\s*/, '$1: ')
    .replace(/out\/[^\s:]+/g, 'out/…')
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '…')
    .replace(/\d+/g, 'N')
    .slice(0, 160);
  const keep = ['unescaped-markup', 'control-bytes', 'csv-formula', 'temp-left', 'hang', 'stderr-flood', 'output-on-refusal', 'outside-read', 'touched-outside'];
  const place = /^(stdout|stderr)/.exec(problem.detail)?.[1] ?? 'file';
  if (crash) return `${problem.kind} | ${cmd} | ${detail}`;
  return `${problem.kind} | ${kase.format} | ${cmd} | ${keep.includes(problem.kind) ? place : detail}`;
}

function formatOf(argv) {
  const i = argv.findIndex((a) => a === '-f' || a === '--to' || a === '-t');
  return i >= 0 ? argv[i + 1] : '';
}
function renderView(argv) {
  return argv.includes('--focus') ? '--focus' : argv.includes('--set') ? '--set' : argv.includes('--views') ? '--views' : '';
}
