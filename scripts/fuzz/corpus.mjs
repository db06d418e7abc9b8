// Seed inputs for every format argmap reads, from the repository's own maps and test fixtures. Source texts a
// map cites travel with it (flattened into sources/), so coverage and html have something to read.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { prng } from '../bench/_lib.mjs';

const ls = (root, dir, ext) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => f.endsWith(ext))
        .map((f) => join(dir, f))
    : [];

/** Small maps are drawn far more often than the memorandum: a case on them runs in a fraction of the time. */
function weightOf(path) {
  if (path.includes('soviet-policies')) return 1;
  if (path.includes('broken/')) return 0.5;
  return 4;
}

function mapEntry(root, path) {
  const text = readFileSync(join(root, path), 'utf8');
  let doc;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch {
    doc = undefined;
  }
  const files = {};
  let rewritten = text;
  for (const d of Array.isArray(doc?.documents) ? doc.documents : []) {
    if (typeof d?.path !== 'string') continue;
    const src = join(root, dirname(path), d.path);
    if (!existsSync(src)) continue;
    const flat = `sources/${basename(d.path)}`;
    files[flat] = readFileSync(src);
    rewritten = rewritten.split(d.path).join(flat);
    d.path = flat;
  }
  const isMap = doc && typeof doc === 'object' && Array.isArray(doc.nodes);
  return { name: path, text: rewritten, doc: isMap ? doc : undefined, files, weight: weightOf(path) };
}

/** { yaml: [...], json: [...], csv, aif, apx, tgf, i23 }, each entry { name, text, doc?, files, weight }. */
export function loadCorpus(root) {
  const yamlPaths = [
    'arguments/examples/harbour.yaml',
    'arguments/soviet-policies-1953.yaml',
    ...ls(root, 'test/fixtures/compare', '.yaml'),
    ...ls(root, 'test/fixtures/explorer', '.yaml'),
    ...ls(root, 'test/fixtures/ach', '.yaml'),
    ...ls(root, 'test/fixtures/broken', '.yaml'),
  ].filter((p) => existsSync(join(root, p)));
  const yaml = yamlPaths.map((p) => mapEntry(root, p));
  const json = yaml.filter((e) => e.doc).map((e) => ({ ...e, name: e.name.replace(/\.ya?ml$/, '.json'), text: JSON.stringify(e.doc, null, 2) + '\n' }));
  for (const p of ls(root, 'test/fixtures/broken', '.json')) json.push({ name: p, text: readFileSync(join(root, p), 'utf8'), files: {}, weight: 1 });
  const plain = (dir, ext) => ls(root, dir, ext).map((p) => ({ name: p, text: readFileSync(join(root, p), 'utf8'), files: {}, weight: 1 }));
  const aif = plain('test/fixtures/aif', '.json').map((e) => ({ ...e, doc: JSON.parse(e.text) }));
  return {
    yaml,
    json,
    csv: [...plain('test/fixtures/ach', '.csv'), ...achCsv(root, yamlPaths.slice(0, 2))],
    aif,
    apx: plain('test/fixtures/af', '.apx'),
    tgf: plain('test/fixtures/af', '.tgf'),
    i23: plain('test/fixtures/af', '.i23'),
    argdown: plain('test/fixtures/argdown', '.argdown'),
    reference: yaml.find((e) => e.name.endsWith('harbour.yaml')),
  };
}

/** What `argmap ach --format csv` writes for the repository's maps: the CSV a user most often feeds back. */
function achCsv(root, maps) {
  return maps.flatMap((map) => {
    const r = spawnSync(process.execPath, [join(root, 'bin', 'argmap.js'), 'ach', '--format', 'csv', map], { cwd: root, encoding: 'utf8' });
    return r.status === 0 && r.stdout ? [{ name: `argmap ach --format csv ${map}`, text: r.stdout, files: {}, weight: 2 }] : [];
  });
}

/**
 * The seed file a seed stands for, by weighted rendezvous hashing over file names: a fixture added to the
 * repository takes over only the seeds it wins, so the seeds of known failures mostly keep their cases.
 */
export function pickStable(seed, entries) {
  let best;
  let bestScore = Infinity;
  for (const e of entries) {
    let h = (2166136261 ^ seed) >>> 0;
    for (let i = 0; i < e.name.length; i++) h = Math.imul(h ^ e.name.charCodeAt(i), 16777619) >>> 0;
    const u = prng(h)() || Number.MIN_VALUE;
    const score = -Math.log(u) / e.weight;
    if (score < bestScore) ((best = e), (bestScore = score));
  }
  return best;
}

export function pickWeighted(rng, entries) {
  const total = entries.reduce((t, e) => t + e.weight, 0);
  let r = rng() * total;
  for (const e of entries) if ((r -= e.weight) < 0) return e;
  return entries[entries.length - 1];
}
