// One fuzz case from one seed: an input format, a seed file, a few mutations and a command. Everything comes
// from the case's own PRNG, so `--seed N --cases 1` rebuilds exactly the case a campaign ran as seed N.
import { stringify } from 'yaml';
import { prng } from '../bench/_lib.mjs';
import { mutateBytes } from './bytes.mjs';
import { buildCommand, COMMANDS_BY_FORMAT } from './commands.mjs';
import { pickStable, pickWeighted } from './corpus.mjs';
import { ALL, show } from './markers.mjs';
import { aliasCycle, duplicateKey, mutateStructure } from './structure.mjs';

/** The formats of the first campaigns; Argdown came later and is drawn on its own (see makeCase). */
const FIRST_FORMATS = ['yaml', 'json', 'csv', 'aif', 'apx', 'tgf', 'i23'];
export const FORMATS = [...FIRST_FORMATS, 'argdown'];
const ARGDOWN_SHARE = 0.06;
/** Maps are where most of argmap is; the small formats need fewer cases to cover. */
const FORMAT_WEIGHT = { yaml: 6, json: 3, csv: 1.5, aif: 1.5, apx: 1, tgf: 0.7, i23: 0.7 };
const EXT = { yaml: 'yaml', json: 'json', csv: 'csv', aif: 'json', apx: 'apx', tgf: 'tgf', i23: 'i23', argdown: 'argdown' };

const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];

/** Line and token mutations for the line formats (CSV, apx, tgf, i23). */
function mutateLines(rng, text, format) {
  const lines = text.split('\n');
  const i = Math.floor(rng() * lines.length);
  const sep = format === 'csv' ? ',' : format === 'apx' ? /([(),.])/ : ' ';
  const op = pick(rng, ['token', 'token', 'token', 'duplicate', 'delete', 'swap', 'many']);
  if (op === 'duplicate') lines.splice(i, 0, lines[i]);
  else if (op === 'delete') lines.splice(i, 1);
  else if (op === 'swap') {
    const j = Math.floor(rng() * lines.length);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  } else if (op === 'many') {
    const n = pick(rng, [1000, 20000]);
    lines.push(...Array.from({ length: n }, (_, k) => lines[(i + k) % lines.length]));
    return [lines.join('\n'), `lines:${op} (${n} lines appended)`];
  } else {
    const tokens = lines[i].split(sep);
    const t = Math.floor(rng() * tokens.length);
    const value = pick(rng, [...ALL, '', '0', '-1', '4294967296', '9007199254740993', '1e7', 'x'.repeat(20000), '"', '""x"', 'a,b', 'constructor', '__proto__']);
    tokens[t] = rng() < 0.5 ? value : `${value}${tokens[t]}`;
    lines[i] = tokens.join(format === 'apx' ? '' : typeof sep === 'string' ? sep : '');
    return [lines.join('\n'), `lines:token (line ${i + 1} token ${t} = ${show(value.slice(0, 30))})`];
  }
  return [lines.join('\n'), `lines:${op} (line ${i + 1})`];
}

/** Nesting deep enough to overflow the serialiser's stack comes out as JSON nested by hand. */
function serialise(doc, format) {
  try {
    return format === 'yaml' ? stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false }) : JSON.stringify(doc, null, 2) + '\n';
  } catch {
    try {
      return JSON.stringify(doc) + '\n';
    } catch {
      return '{"title": "too deep", "nodes": ' + '['.repeat(5000) + ']'.repeat(5000) + '}\n';
    }
  }
}

function idsOf(doc, text, format) {
  const list = (xs) => (Array.isArray(xs) ? xs.map((x) => x?.id).filter((x) => typeof x === 'string') : []);
  if (doc && typeof doc === 'object') return { nodes: list(doc.nodes), sets: list(doc.hypothesisSets), sections: list(doc.sections) };
  let nodes = [];
  if (format === 'apx') nodes = [...text.matchAll(/arg\(([^)]*)\)/g)].map((m) => m[1]);
  else if (format === 'tgf')
    nodes = text
      .split('#')[0]
      .split('\n')
      .map((l) => l.trim().split(/\s+/)[0])
      .filter(Boolean);
  else if (format === 'i23') nodes = ['1', '2', '3'];
  return { nodes, sets: [], sections: [] };
}

/**
 * The case a seed stands for, whatever the filter: format and command come from their own stream first, so a
 * filter only skips seeds (returning undefined) and `--seed N --cases 1` replays case N under any filter.
 * @param filter { formats?: string[], commands?: string[] }
 * @returns a case: { seed, format, source, mutations, files: {relpath: Buffer}, argv, stdout, outputs, setup }, or undefined
 */
export function makeCase(corpus, seed, filter = {}) {
  const choice = prng(seed ^ 0x5bd1e995);
  // Argdown from a stream of its own, so adding it left every earlier seed's case as it was.
  const argdown = corpus.argdown?.length && prng(seed ^ 0x2545f491)() < ARGDOWN_SHARE;
  const drawn = pickWeighted(
    choice,
    FIRST_FORMATS.filter((f) => corpus[f]?.length).map((f) => ({ f, weight: FORMAT_WEIGHT[f] })),
  ).f;
  const format = argdown ? 'argdown' : drawn;
  const command = pick(choice, COMMANDS_BY_FORMAT[format]);
  if ((filter.formats && !filter.formats.includes(format)) || (filter.commands && !filter.commands.includes(command))) return undefined;
  const rng = prng(seed);
  const entry = pickStable(seed, corpus[format]);
  const mutations = [];
  const doc = entry.doc ? structuredClone(entry.doc) : undefined;
  const count = rng() < 0.05 ? 0 : 1 + Math.floor(rng() * rng() * 4);
  const structural = doc && format !== 'csv';
  const textual = [];
  for (let k = 0; k < count; k++) {
    const r = rng();
    if (structural && r < 0.7) mutations.push(mutateStructure(rng, doc));
    else textual.push(r);
  }
  let text = doc && mutations.length ? serialise(doc, format === 'aif' ? 'json' : format) : entry.text;
  let bytes;
  for (const r of textual) {
    if (format === 'yaml' && r > 0.7 && r < 0.8) {
      const [t, label] = aliasCycle(rng, text);
      text = t;
      mutations.push(`text:aliasCycle (${label})`);
    } else if ((format === 'yaml' || format === 'json') && r < 0.8) {
      const [t, label] = duplicateKey(rng, text, format);
      text = t;
      mutations.push(`text:duplicateKey (${label})`);
    } else if (!structural && r < 0.5) {
      const [t, label] = mutateLines(rng, text, format);
      text = t;
      mutations.push(label);
    } else {
      const [b, label] = mutateBytes(rng, bytes ?? Buffer.from(text));
      bytes = b;
      mutations.push(label);
    }
  }
  const input = `in/input.${EXT[format]}`;
  const files = { [input]: bytes ?? Buffer.from(text) };
  for (const [p, content] of Object.entries(entry.files)) files[`in/${p}`] = content;
  let reference;
  if (format === 'yaml' || format === 'json') {
    reference = 'in/reference.yaml';
    files[reference] = Buffer.from(corpus.reference.text);
    for (const [p, content] of Object.entries(corpus.reference.files)) files[`in/${p}`] ??= content;
  }
  const built = buildCommand(rng, format, command, { input, reference, ids: idsOf(doc ?? entry.doc, text, format) });
  return { seed, format, source: entry.name, mutations, files, ...built };
}
