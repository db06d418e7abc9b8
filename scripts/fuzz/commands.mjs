// Which argmap command a case runs on its input, with which options, and what each output should look like
// (the oracle checks SVG/HTML/markdown for raw markup, text for control bytes, CSV for formula cells).
import { OBJECT_NAMES } from './markers.mjs';

const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
const chance = (rng, p) => rng() < p;

export const MAP_COMMANDS = ['validate', 'check', 'coverage', 'render', 'html', 'ach', 'af', 'export', 'compare', 'rules'];
export const COMMANDS_BY_FORMAT = {
  yaml: MAP_COMMANDS,
  json: MAP_COMMANDS,
  csv: ['ach'],
  aif: ['import'],
  apx: ['af'],
  tgf: ['af'],
  i23: ['af'],
  argdown: ['import'],
};

/** The kind of text an output format is, for the oracle. */
const KIND = {
  text: 'text',
  json: 'json',
  markdown: 'markdown',
  html: 'markup',
  svg: 'markup',
  csv: 'csv',
  yaml: 'text',
  apx: 'text',
  tgf: 'text',
  aif: 'json',
  argdown: 'text',
  graphml: 'markup',
  dot: 'text',
};

/** Where -o points: usually a fresh name, sometimes a symlink to a file outside the case or a FIFO (issue 13, 1). */
function target(rng, name) {
  const r = rng();
  if (r < 0.03) return { path: 'out/link-out', setup: 'symlinkOut' };
  if (r < 0.04) return { path: 'out/fifo-out', setup: 'fifoOut' };
  return { path: `out/${name}` };
}

/**
 * @param ctx { input, reference, ids: {nodes, sets, sections} } paths relative to the case folder
 * @returns { argv, stdout: kind, outputs: [{path, kind}], setup: string[] }
 */
export function buildCommand(rng, format, command, ctx) {
  const setup = [];
  const outputs = [];
  const anyId = (list) => (chance(rng, 0.1) ? pick(rng, [...OBJECT_NAMES, 'no-such-id']) : list.length ? pick(rng, list) : 'no-such-id');
  const toFile = (name, kind, p = 0.5) => {
    if (!chance(rng, p)) return [];
    const t = target(rng, name);
    if (t.setup) setup.push(t.setup);
    outputs.push({ path: t.path, kind });
    return ['-o', t.path];
  };
  let argv;
  let stdout = 'text';
  switch (command) {
    case 'validate':
      argv = ['validate', ...(chance(rng, 0.3) ? ['-q'] : []), ctx.input];
      break;
    case 'check': {
      const f = pick(rng, ['text', 'json', 'markdown']);
      stdout = KIND[f];
      argv = ['check', '-f', f, ctx.input];
      break;
    }
    case 'rules': {
      const f = pick(rng, ['text', 'json', 'markdown']);
      stdout = KIND[f];
      argv = ['rules', '-f', f, ...(chance(rng, 0.5) ? ['-v'] : [])];
      break;
    }
    case 'coverage': {
      const f = pick(rng, ['text', 'json']);
      stdout = KIND[f];
      argv = ['coverage', '-f', f, ...(chance(rng, 0.3) ? ['-q'] : []), ctx.input];
      break;
    }
    case 'render': {
      const view = pick(rng, ['full', 'focus', 'set', 'views']);
      const extra = view === 'focus' ? ['--focus', anyId(ctx.ids.nodes)] : view === 'set' ? ['--set', anyId(ctx.ids.sets)] : view === 'views' ? ['--views'] : [];
      if (chance(rng, 0.3)) extra.push('--direction', pick(rng, ['up', 'down', 'left', 'right']));
      if (chance(rng, 0.3)) extra.push('--group-by', pick(rng, ['section', 'none']));
      if (chance(rng, 0.3)) extra.push('--stats');
      // A user's own file named like a focus view: --views must leave it alone (issue 13, item 11).
      if (view === 'views') setup.push('userFocusFile');
      outputs.push({ path: 'out', kind: 'dir' });
      argv = ['render', '--out-dir', 'out', ...extra, ctx.input];
      break;
    }
    case 'html': {
      outputs.push({ path: 'out/page.html', kind: 'markup' });
      argv = ['html', '-o', 'out/page.html', ctx.input];
      break;
    }
    case 'ach': {
      const f = pick(rng, ['text', 'json', 'markdown', 'html', 'svg', 'csv']);
      const set = format !== 'csv' && chance(rng, 0.3) ? ['--set', anyId(ctx.ids.sets)] : [];
      const o = toFile(`ach.${f}`, KIND[f]);
      stdout = o.length ? 'text' : KIND[f];
      argv = ['ach', '-f', f, ...set, ...o, ctx.input];
      break;
    }
    case 'af': {
      const task = pick(rng, ['EE', 'SE', 'DC', 'DS', 'CE']);
      const f = pick(rng, ['json', 'text']);
      stdout = KIND[f];
      const extra = ['-s', pick(rng, ['grounded', 'complete', 'preferred', 'stable']), '-t', task, '-f', f];
      if (task === 'DC' || task === 'DS' || chance(rng, 0.1))
        extra.push('-a', ctx.ids.nodes.length && chance(rng, 0.8) ? pick(rng, ctx.ids.nodes) : pick(rng, ['1', 'zz', 'constructor']));
      if ((task === 'EE' || task === 'SE') && chance(rng, 0.3)) extra.push('-l');
      if (['apx', 'tgf', 'i23'].includes(format) && chance(rng, 0.3)) extra.push('--input-format', pick(rng, ['apx', 'tgf', 'i23']));
      argv = ['af', ...extra, ctx.input];
      break;
    }
    case 'export': {
      const to = pick(rng, ['apx', 'tgf', 'aif', 'argdown', 'graphml', 'dot']);
      const o = toFile(`export.${to}`, KIND[to]);
      stdout = o.length ? 'text' : KIND[to];
      argv = ['export', '--to', to, ...o, ctx.input];
      break;
    }
    case 'compare': {
      const f = pick(rng, ['text', 'markdown', 'json', 'html']);
      const o = toFile(`compare.${f}`, KIND[f]);
      stdout = o.length ? 'text' : KIND[f];
      const section = chance(rng, 0.2) ? ['--section', anyId(ctx.ids.sections)] : [];
      const pair = chance(rng, 0.5) ? [ctx.input, ctx.reference] : [ctx.reference, ctx.input];
      argv = ['compare', '-f', f, ...section, ...o, ...pair];
      break;
    }
    case 'import': {
      const json = chance(rng, 0.3);
      const o = toFile(json ? 'imported.json' : 'imported.yaml', json ? 'json' : 'text');
      const extra = [];
      if (chance(rng, 0.3)) extra.push('--merge-identical');
      if (chance(rng, 0.2)) extra.push('--title', pick(rng, ['<script>x</script>', '\x1b[2J', 'T']));
      argv = ['import', ...extra, ...o, ctx.input];
      break;
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
  return { argv, stdout, outputs, setup };
}
