// Bench: what the explorer's overview and section views cost to make (`argmap html`, at build time, in
// the app layer): the overview laid out for the page's map pane, then each of its boxes laid out alone,
// and what they add to the page. Prints one Markdown section; `node scripts/bench.mjs explorer-views`
// runs it alone (after `npm run build`). Wall and CPU time (main thread and the ELK worker together),
// the median of three runs in one process.
import { join } from 'node:path';
import { requireBuild, root } from './_lib.mjs';

requireBuild(join('dist', 'app', 'explorer-views.js'));
const { loadMap } = await import(join(root, 'dist', 'io', 'load.js'));
const { runElk } = await import(join(root, 'dist', 'render', 'elk-run.js'));
const { renderOverview } = await import(join(root, 'dist', 'render', 'overview', 'overview.js'));
const { renderSvg } = await import(join(root, 'dist', 'render', 'render.js'));
const { MAP_PANE } = await import(join(root, 'dist', 'render', 'explorer', 'nav-style.js'));
const { explorerPage } = await import(join(root, 'dist', 'app', 'explorer.js'));

const maps = [
  ['memorandum', 'arguments/soviet-policies-1953.yaml'],
  ['harbour', 'arguments/examples/harbour.yaml'],
  ['six sections (test fixture)', 'test/fixtures/views/sections.yaml'],
];

async function timed(fn) {
  const runs = [];
  let value;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    value = await fn();
    const cpu = process.cpuUsage(c0);
    runs.push({ wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 });
  }
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[1];
  return { value, wall: median('wall'), cpu: median('cpu') };
}

const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const rows = [];
for (const [name, file] of maps) {
  const loaded = loadMap(join(root, file));
  const overview = await timed(() => renderOverview(loaded.map, (g) => runElk(g), MAP_PANE));
  const groups = overview.value.model.groups;
  const parts = await timed(async () => {
    for (const g of groups) await renderSvg(loaded, { part: { title: g.title, nodes: g.nodes } });
  });
  const page = Buffer.byteLength(await explorerPage(loaded));
  const smallest = 14 * Math.max(overview.value.scale, 11 / 14);
  rows.push(
    `| ${name} | ${loaded.map.nodes.length} | ${groups.length} | ${ms(overview.wall)} / ${ms(overview.cpu)} | ${smallest.toFixed(1)} px | ${ms(parts.wall)} / ${ms(parts.cpu)} | ${(page / 1024).toFixed(0)} KiB |`,
  );
  process.stderr.write(`explorer-views: ${name} done\n`);
}

process.stdout.write(
  [
    '## Explorer overview and section views (issue 10)',
    '',
    '`node scripts/bench.mjs explorer-views`: the overview the explorer opens on, made for its map pane',
    `(${MAP_PANE.width} × ${MAP_PANE.height} px at 1440 × 900), and every overview box laid out alone, as \`argmap html\``,
    'does it before writing the page. Times are wall / CPU (main thread and ELK worker), the median of three;',
    "the smallest label is the overview's 14 px type at the scale the page opens it (never under 11 px: a",
    'drawing too tall for the pane at that scale is opened from its top). The page is the whole offline file.',
    '',
    '| map | nodes | boxes | overview layout | smallest label | all section layouts | page |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n'),
);
process.exit(0);
