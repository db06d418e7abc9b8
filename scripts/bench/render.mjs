// Bench: `argmap render` layout time, crossings and memory for the memorandum and for seeded synthetic
// argument maps of 200, 1,000 and 2,000 nodes (3,000 synthetic nodes with their inference junctions pass render's 3,500-box drawing limit), beside Graphviz `dot` on the same graphs and node sizes.
// Prints one Markdown section; `node scripts/bench.mjs render` runs it alone (after `npm run build`).
// Graphviz is Debian's package, installed on this machine for the comparison only; it is no dependency.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { benchDir, cli, prng, requireBuild, root } from './_lib.mjs';
import { readDotPlain, toDot } from './_dot.mjs';

const dir = benchDir('render');
requireBuild(join('dist', 'render', 'render.js'));
const MEMO = join(root, 'arguments', 'soviet-policies-1953.yaml');

const WORDS =
  'the Soviet leaders may seek détente abroad while consolidating power at home, so Western policy should stay firm and watch for signs of real change in aims or only tactics'.split(
    ' ',
  );

/**
 * An argument-like map: five tiers (evidence, premises and hedges, claims, hypotheses, conclusions); each
 * node above the bottom is supported by one or two inferences of one to three premises from lower tiers,
 * plus a few attacks and hedges: about one edge per node and 40-character labels.
 */
function synthetic(n, seed) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const label = () => {
    const words = [];
    while (words.join(' ').length < 34) words.push(pick(WORDS));
    return words.join(' ');
  };
  const tiers = [
    ['evidence', 0.45],
    ['premise', 0.1],
    ['claim', 0.3],
    ['hypothesis', 0.05],
    ['conclusion', 0.07],
    ['hedge', 0.03],
  ];
  const nodes = [];
  const byTier = [[], [], [], [], [], []];
  tiers.forEach(([kind, share], t) => {
    const count = Math.max(1, Math.round(n * share));
    for (let i = 0; i < count && nodes.length < n; i++) {
      const id = `${kind.slice(0, 3)}${nodes.length}`;
      nodes.push({ id, kind, text: label() });
      byTier[t].push(id);
    }
  });
  const inferences = [];
  const relations = [];
  const below = (t) => byTier.slice(0, t).flat();
  [2, 3, 4].forEach((t) => {
    for (const id of byTier[t]) {
      const pool = t === 2 ? below(2) : [...byTier[2], ...byTier[t - 1]];
      const steps = rand() < 0.3 ? 2 : 1;
      for (let s = 0; s < steps; s++) {
        const k = rand() < 0.25 ? 2 + Math.floor(rand() * 2) : 1;
        const premises = [...new Set(Array.from({ length: k }, () => pick(pool)))].filter((p) => p !== id);
        if (premises.length) inferences.push({ id: `i${inferences.length}`, premises, conclusion: id });
      }
    }
  });
  const claims = byTier[2];
  for (let i = 0; i < n * 0.04; i++) {
    const [a, b] = [pick(claims), pick(claims)];
    if (a !== b) relations.push({ type: 'attacks', from: a, to: b });
  }
  for (const h of byTier[5]) relations.push({ type: 'qualifies', from: h, to: pick(claims) });
  return { title: `Synthetic map of ${n} nodes`, nodes, inferences, relations };
}

/** Renders in a fresh Node process and reports its stats, wall time and peak memory (worker included). */
function renderFresh(file) {
  const code = `
    const { loadMap } = await import(${JSON.stringify(join(root, 'dist', 'io', 'load.js'))});
    const { renderSvg } = await import(${JSON.stringify(join(root, 'dist', 'render', 'render.js'))});
    const { elkGraph } = await import(${JSON.stringify(join(root, 'dist', 'render', 'layout.js'))});
    const { measureNode } = await import(${JSON.stringify(join(root, 'dist', 'render', 'boxes.js'))});
    const { buildGraph } = await import(${JSON.stringify(join(root, 'dist', 'graph', 'argument-graph.js'))});
    const t = performance.now();
    const loaded = loadMap(${JSON.stringify(file)});
    const { stats } = await renderSvg(loaded, { groupBy: 'none' });
    const total = performance.now() - t;
    const graph = buildGraph(loaded.map);
    const boxes = new Map(loaded.map.nodes.map((n) => [n.id, measureNode(n)]));
    const { root } = elkGraph({ map: loaded.map, graph, selection: new Set(graph.nodes()), boxes, direction: 'up', groupBy: 'none' });
    process.stdout.write(JSON.stringify({ stats, total, rss: process.resourceUsage().maxRSS * 1024, elk: root }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return JSON.parse(out);
}

/** Runs dot -Tplain; each edge becomes the control polygon of its spline, in px, for the same crossing count. */
async function runDot(dotText, name) {
  const file = join(dir, `${name}.dot`);
  writeFileSync(file, dotText);
  const t = performance.now();
  const r = spawnSync('dot', ['-Tplain', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) return { seconds, failed: r.error?.code === 'ETIMEDOUT' ? 'timed out' : (r.stderr || 'failed').trim().split('\n')[0] };
  const { countCrossings } = await import(join(root, 'dist', 'render', 'stats.js'));
  const { edges, width, height } = readDotPlain(r.stdout);
  return { seconds, crossings: countCrossings(edges), width, height };
}

/**
 * Every standard view of a map (`argmap render --views`: the whole map, a focus per conclusion, each
 * hypothesis set) laid out in one fresh process: its stats, and the ELK graph dot is given.
 */
function viewsFresh(file) {
  const code = `
    const { loadMap } = await import(${JSON.stringify(join(root, 'dist', 'io', 'load.js'))});
    const { renderSvg, viewLayoutInput } = await import(${JSON.stringify(join(root, 'dist', 'render', 'render.js'))});
    const { standardViews } = await import(${JSON.stringify(join(root, 'dist', 'render', 'views.js'))});
    const { elkGraph } = await import(${JSON.stringify(join(root, 'dist', 'render', 'layout.js'))});
    const loaded = loadMap(${JSON.stringify(file)});
    const out = [];
    for (const v of standardViews(loaded)) {
      const { stats } = await renderSvg(loaded, v.options);
      const { input } = viewLayoutInput(loaded, v.options);
      out.push({ file: v.file.replace(/\\.svg$/, ''), stats, elk: elkGraph(input).root, row: input.row ?? [] });
    }
    process.stdout.write(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }));
}

const area = (w, h) => `${w}×${h} (${((w * h) / 1e6).toFixed(2)})`;

async function viewRows(file) {
  const rows = [];
  for (const v of viewsFresh(file)) {
    const s = v.stats;
    const dot = await runDot(toDot(v.elk, v.row), `view-${v.file}`);
    const dotCells = dot.failed ? `${dot.failed} | – |` : `${dot.crossings} | ${area(dot.width, dot.height)} |`;
    rows.push(`| ${v.file} | ${s.nodes} + ${s.junctions} | ${s.edges} | ${s.crossings} | ${s.bends} | ${area(s.width, s.height)} | ${dotCells}`);
  }
  return rows;
}

function endToEnd(file) {
  const t = performance.now();
  execFileSync(process.execPath, [cli, 'render', file, '--out-dir', dir, '--stats'], { cwd: root, encoding: 'utf8' });
  return (performance.now() - t) / 1000;
}

const loadAtStart = loadavg()[0];
const rows = [];
const cases = [];
if (existsSync(MEMO)) cases.push({ name: 'memorandum', file: MEMO });
for (const [n, seed] of [
  [200, 11],
  [1000, 12],
  [2000, 13],
]) {
  const file = join(dir, `synthetic-${n}.json`);
  writeFileSync(file + '.tmp', JSON.stringify(synthetic(n, seed)));
  renameSync(file + '.tmp', file);
  cases.push({ name: `synthetic ${n}`, file });
}
for (const c of cases) {
  process.stderr.write(`render bench: ${c.name}\n`);
  const cold = c.name === 'memorandum' ? endToEnd(c.file) : undefined;
  const run = renderFresh(c.file);
  const dot = await runDot(toDot(run.elk), c.name.replace(/\s+/g, '-'));
  const s = run.stats;
  rows.push(
    `| ${c.name} | ${s.nodes} + ${s.junctions} | ${s.edges} | ${cold !== undefined ? cold.toFixed(2) : '–'} | ${(s.layoutMs / 1000).toFixed(2)} | ${(run.total / 1000).toFixed(2)} | ${(run.rss / 2 ** 20).toFixed(0)} | ${s.crossings} | ${s.bends} | ${s.width}×${s.height} | ` +
      (dot.failed ? `${dot.failed} after ${dot.seconds.toFixed(1)} s | – | – |` : `${dot.seconds.toFixed(2)} | ${dot.crossings} | ${dot.width}×${dot.height} |`),
  );
}

// Times mean little on a busy machine; the section says how busy it was (crossings and sizes do not depend on it).
const loadBefore = loadavg()[0];
const EXAMPLE = join(root, 'arguments', 'examples', 'harbour.yaml');
const views = [];
for (const file of [MEMO, EXAMPLE].filter((f) => existsSync(f))) {
  process.stderr.write(`render bench: views of ${file}\n`);
  views.push(...(await viewRows(file)));
}

const out = [
  '## Render: ELK layout of argument maps (`argmap render`)',
  '',
  'Commands: `npx tsc -p tsconfig.build.json && node scripts/bench.mjs render` (maps and dot files in `.bench/render/`).',
  'Each map is laid out ungrouped (`--group-by none`, the default), direction up, in a fresh Node process;',
  'ELK runs in a worker thread. "Cold" is `argmap render <map> --stats` end to end from process start.',
  '"Layout" is ELK alone; "render" adds loading, measuring text and writing the SVG. Memory is the',
  "process's peak RSS (the worker included). dot gets the same nodes (boxes of the same sizes, inference",
  'junctions included) and edges, `rankdir=BT`, default splines. Crossings are counted the same way for',
  'both: proper crossings between segments of different edges that share no end vertex, ELK edges as',
  'their orthogonal polylines, dot edges as the control polygons of their B-splines.',
  'Synthetic maps: seeded, five tiers (evidence to conclusions), about one edge per node, 35–45-character labels.',
  "Up to 600 vertices each layer is sorted by barycentres held towards the map's reading order (src/render/layer-order.ts),",
  'which ELK then keeps, so an edit reshuffles little of the drawing; the layers come from a first, cheap ELK pass, whose',
  'time is in "layout"; two such orders are laid out side by side and the one with fewer crossings kept. Lines into one node',
  'share a trunk. Above 600, ELK orders layers freely to cut crossings, and the lines run apart.',
  '',
  '| map | nodes + junctions | edges | cold (s) | layout (s) | render (s) | peak RSS (MB) | ELK crossings | bends | ELK size (px) | dot (s) | dot crossings | dot size (px) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
  'Targets: memorandum under 2 s cold; 1,000 nodes under 10 s with no more crossings than dot; 2,000 nodes under 60 s and 1 GB (larger maps are drawn as their overview: see "Render of big maps").',
  `Load average (1 min) at the start of this run: ${loadAtStart.toFixed(1)}, after the timed runs: ${loadBefore.toFixed(1)} (the machine has ${cpus().length} cores).`,
  '',
  '### Crossings, bends and area of every view',
  '',
  'Every view `argmap render <map> --views --stats` draws, for the memorandum and the harbour example, beside dot given the same',
  "boxes and edges (as above; a set view's hypotheses in dot's top rank, in no set order, and its links between two",
  'hypotheses, which argmap draws over the row, left out for dot). Drawing area in px, in brackets Mpx².',
  "Targets (issue 10): the whole memorandum at most dot's crossings; every set view at most one crossing per edge.",
  '',
  '| view | nodes + junctions | edges | crossings | bends | size (px) | dot crossings | dot size (px) |',
  '|---|---|---|---|---|---|---|---|',
  ...views,
];
process.stdout.write(out.join('\n') + '\n');
