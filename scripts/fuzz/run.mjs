// Runs one case as a user would: the built CLI in a child process, inside a fresh folder that also holds the
// bait (a secret file outside the map's folder, a symlink and a FIFO where outputs go, a user's own file),
// under a memory cap and a timeout, then reads back what it wrote and what it touched.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { judge } from './oracle.mjs';
import { SECRET } from './markers.mjs';

const CAPTURE = 4 * 1024 * 1024;
/** Virtual memory cap in KiB: a runaway case (issue 13, item 9) must not take the shared machine down with it. */
const MEMORY_KIB = 3_000_000;
const VICTIM = 'a file the user owns, outside the output folder\n';

function mkfifo(path) {
  return spawnSync('mkfifo', [path]).status === 0;
}

/** Writes the case's files and bait into `dir`; the map may name the secret by the token /SECRET_ABS. */
export function materialise(kase, dir) {
  mkdirSync(join(dir, 'out'), { recursive: true });
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  writeFileSync(join(dir, 'secret.txt'), `${SECRET}\n`);
  writeFileSync(join(dir, 'victim.txt'), VICTIM);
  for (const [p, content] of Object.entries(kase.files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    const abs = Buffer.from(join(dir, 'secret.txt'));
    writeFileSync(join(dir, p), content.includes('/SECRET_ABS') ? Buffer.from(content.toString('latin1').split('/SECRET_ABS').join(abs.toString('latin1')), 'latin1') : content);
  }
  symlinkSync('../secret.txt', join(dir, 'in', 'link.txt'));
  if (Object.values(kase.files).some((c) => c.includes('pipe'))) mkfifo(join(dir, 'in', 'pipe'));
  if (kase.setup.includes('symlinkOut')) symlinkSync('../victim.txt', join(dir, 'out', 'link-out'));
  if (kase.setup.includes('fifoOut')) mkfifo(join(dir, 'out', 'fifo-out'));
  if (kase.setup.includes('userFocusFile')) writeFileSync(join(dir, 'out', 'input--focus-my-notes.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
}

/** path -> what is there (type and content hash, or link target), for everything under `dir`. */
function snapshot(dir) {
  const seen = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = lstatSync(p);
      const rel = relative(dir, p);
      if (st.isSymbolicLink()) seen.set(rel, `link:${readlinkSync(p)}`);
      else if (st.isDirectory()) (seen.set(rel, 'dir'), walk(p));
      else if (st.isFile()) seen.set(rel, `file:${createHash('sha1').update(readFileSync(p)).digest('hex')}`);
      else seen.set(rel, st.isFIFO() ? 'fifo' : 'special');
    }
  };
  walk(dir);
  return seen;
}

const kindOfFile = (p) => ({ '.svg': 'markup', '.html': 'markup', '.graphml': 'markup', '.md': 'markdown', '.csv': 'csv', '.json': 'json' })[extname(p)] ?? 'text';

function inspectFiles(kase, dir, before) {
  const after = snapshot(dir);
  const touched = [];
  const leftovers = [];
  const written = [];
  const outputs = [];
  for (const [p, was] of before) {
    const now = after.get(p);
    if (now === undefined) touched.push(`${p} deleted`);
    else if (now.split(':')[0] !== was.split(':')[0]) touched.push(`${p} replaced (${was.split(':')[0]} -> ${now.split(':')[0]})`);
    else if (now !== was && !(p === 'victim.txt' && kase.setup.includes('symlinkOut'))) touched.push(`${p} modified`);
  }
  const declared = new Map(kase.outputs.map((o) => [o.path, o.kind]));
  for (const [p, now] of after) {
    if (before.has(p)) continue;
    const base = p.split('/').pop();
    if (/\.tmp$|^\./.test(base) || p.startsWith('tmp/')) leftovers.push(p);
    else if (!p.startsWith('out/') && p !== 'out') touched.push(`${p} created outside out/`);
    if (now.startsWith('file:') && p.startsWith('out/')) {
      written.push(p);
      const kind = declared.get(p) ?? (declared.get('out') === 'dir' ? kindOfFile(p) : 'text');
      outputs.push({ path: p, kind, text: readFileSync(join(dir, p), 'utf8') });
    }
  }
  return { touched, leftovers, written, outputs };
}

function execute(argv, dir, cli, timeout) {
  return new Promise((resolve) => {
    const env = { PATH: process.env.PATH, HOME: dir, TMPDIR: join(dir, 'tmp'), LANG: 'C.UTF-8', NO_COLOR: '1' };
    const child = spawn('sh', ['-c', `ulimit -v ${MEMORY_KIB}; exec "$0" "$@"`, process.execPath, cli, ...argv], {
      cwd: dir,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const take = (chunks) => (d) => {
      if (chunks.size < CAPTURE) (chunks.list.push(d), (chunks.size += d.length));
    };
    const out = { list: [], size: 0 };
    const err = { list: [], size: 0 };
    child.stdout.on('data', take(out));
    child.stderr.on('data', take(err));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeout * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, timeout, stdout: Buffer.concat(out.list).toString('utf8'), stderr: Buffer.concat(err.list).toString('utf8') });
    });
  });
}

/** @returns { problems, run } ; the case folder is removed unless `keep`. */
export async function runCase(kase, { work, cli, timeout, keep = false }) {
  const dir = mkdtempSync(join(work, `case-${kase.seed}-`));
  try {
    materialise(kase, dir);
    const before = snapshot(dir);
    const run = await execute(kase.argv, dir, cli, timeout);
    const files = inspectFiles(kase, dir, before);
    // Beside the case folder, in the campaign's own folder: written outside the case entirely.
    for (const name of readdirSync(work).filter((n) => !n.startsWith('case-'))) {
      files.touched.push(`${name} created outside the case folder`);
      rmSync(join(work, name), { recursive: true, force: true });
    }
    return { problems: judge(kase, run, files), run, dir };
  } finally {
    if (!keep && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}
