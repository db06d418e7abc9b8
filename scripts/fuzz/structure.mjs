// Structural mutations of a parsed map (or AIF document): the shapes a careless or hostile author can write
// that still parse. Each mutates `doc` in place and returns a label for the reproducer's summary.
import { ALL, BAD_DATES, BAD_OFFSETS, HOSTILE_PATHS, OBJECT_NAMES, show } from './markers.mjs';

const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
/** Plain objects only: a `!!binary` scalar parses to a Uint8Array, whose bytes are not keys to drop. */
const isObj = (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

/** Every (holder, key) pair in the tree, so a mutation can reach any value. */
function slots(doc) {
  const out = [];
  const walk = (v, path) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push({ holder: v, key: i, path: `${path}[${i}]` }), walk(x, `${path}[${i}]`)));
    else if (isObj(v)) for (const k of Object.keys(v)) (out.push({ holder: v, key: k, path: `${path}.${k}` }), walk(v[k], `${path}.${k}`));
  };
  walk(doc, '$');
  return out;
}
const where = (rng, doc, test = () => true) => {
  const s = slots(doc).filter(test);
  return s.length ? pick(rng, s) : undefined;
};
const strings = (s) => typeof s.holder[s.key] === 'string';

/** Ids declared anywhere (nodes, inferences, sets, sections, documents, authors; AIF nodeIDs). */
function ids(doc) {
  return slots(doc)
    .filter((s) => (s.key === 'id' || s.key === 'nodeID') && typeof s.holder[s.key] !== 'object')
    .map((s) => s.holder[s.key]);
}

function renameEverywhere(doc, from, to) {
  for (const s of slots(doc)) if (s.holder[s.key] === from) s.holder[s.key] = to;
}

function nest(value, depth, rng) {
  let v = value;
  const asArray = rng() < 0.5;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { k: v };
  return v;
}

export const STRUCTURE_MUTATIONS = {
  dropKey: (rng, doc) => {
    const s = where(rng, doc, (x) => !Array.isArray(x.holder));
    if (!s) return 'no-op';
    delete s.holder[s.key];
    return `drop ${s.path}`;
  },
  dropElement: (rng, doc) => {
    const s = where(rng, doc, (x) => Array.isArray(x.holder));
    if (!s) return 'no-op';
    s.holder.splice(s.key, 1);
    return `drop ${s.path}`;
  },
  duplicateElement: (rng, doc) => {
    const s = where(rng, doc, (x) => Array.isArray(x.holder));
    if (!s) return 'no-op';
    s.holder.push(structuredClone(s.holder[s.key]));
    return `duplicate ${s.path}`;
  },
  swapType: (rng, doc) => {
    const s = where(rng, doc);
    if (!s) return 'no-op';
    const v = pick(rng, [0, -1, 1.5, 1e308, true, null, '', 'x', [], {}, [1, 'a'], { a: 1 }, '1953-01-01', 12345678901234567890]);
    s.holder[s.key] = v;
    return `${s.path} = ${show(v)}`;
  },
  emptyCollection: (rng, doc) => {
    const s = where(rng, doc, (x) => Array.isArray(x.holder[x.key]) || isObj(x.holder[x.key]));
    if (!s) return 'no-op';
    s.holder[s.key] = Array.isArray(s.holder[s.key]) ? [] : {};
    return `${s.path} emptied`;
  },
  deepNest: (rng, doc) => {
    const s = where(rng, doc);
    const depth = pick(rng, [50, 500, 1000, 3000]);
    if (!s) return 'no-op';
    s.holder[s.key] = nest(s.holder[s.key], depth, rng);
    return `${s.path} nested ${depth} deep`;
  },
  hugeString: (rng, doc) => {
    const s = where(rng, doc, strings);
    if (!s) return 'no-op';
    const n = pick(rng, [2_000, 20_000, 100_000]);
    const word = pick(rng, ['lorem ', 'x', 'Ж', 'a b ', '1']);
    s.holder[s.key] = word.repeat(Math.ceil(n / word.length)).slice(0, n);
    return `${s.path} = ${n} characters of ${show(word)}`;
  },
  plantMarker: (rng, doc) => {
    const s = where(rng, doc, strings);
    if (!s) return 'no-op';
    const m = pick(rng, ALL);
    s.holder[s.key] = rng() < 0.5 ? m : `${s.holder[s.key]} ${m}`;
    return `${s.path} gets ${show(m)}`;
  },
  plantEverywhere: (rng, doc) => {
    // Every text-like string at once: outputs show only some fields, so one planted field is often invisible.
    const m = pick(rng, ALL);
    const known = new Set(ids(doc));
    let n = 0;
    for (const s of slots(doc)) {
      if (
        typeof s.holder[s.key] === 'string' &&
        !known.has(s.holder[s.key]) &&
        /^(text|title|question|name|rationale|description|quote|warrant|scheme|note|as|citation|role)$/.test(String(s.key))
      ) {
        s.holder[s.key] = `${m} ${s.holder[s.key]}`;
        n++;
      }
    }
    return `${show(m)} planted in ${n} text fields`;
  },
  objectNameId: (rng, doc) => {
    const all = ids(doc).filter((x) => typeof x === 'string');
    if (!all.length) return 'no-op';
    const from = pick(rng, all);
    const to = pick(rng, OBJECT_NAMES);
    renameEverywhere(doc, from, to);
    return `id ${from} renamed ${to} everywhere`;
  },
  markerId: (rng, doc) => {
    const all = ids(doc).filter((x) => typeof x === 'string');
    if (!all.length) return 'no-op';
    const from = pick(rng, all);
    const to = pick(rng, ['a,b', 'x y', ...ALL]);
    renameEverywhere(doc, from, to);
    return `id ${from} renamed ${show(to)} everywhere`;
  },
  crossWire: (rng, doc) => {
    // A reference pointed at another declared id: hypotheses as their own evidence, self-support, wrong kinds.
    const all = ids(doc);
    const known = new Set(all);
    const s = where(rng, doc, (x) => x.key !== 'id' && x.key !== 'nodeID' && known.has(x.holder[x.key]));
    if (!s) return 'no-op';
    const to = pick(rng, all);
    s.holder[s.key] = to;
    return `${s.path} now refers to ${to}`;
  },
  dangling: (rng, doc) => {
    const known = new Set(ids(doc));
    const s = where(rng, doc, (x) => x.key !== 'id' && x.key !== 'nodeID' && known.has(x.holder[x.key]));
    if (!s) return 'no-op';
    s.holder[s.key] = typeof s.holder[s.key] === 'number' ? 999999 : 'no-such-id';
    return `${s.path} dangles`;
  },
  cycle: (rng, doc) => {
    if (!Array.isArray(doc.nodes) || doc.nodes.length < 2) return 'no-op';
    const a = pick(rng, doc.nodes)?.id;
    const b = pick(rng, doc.nodes)?.id;
    doc.inferences = Array.isArray(doc.inferences) ? doc.inferences : [];
    doc.inferences.push({ id: 'fz-ab', premises: [a], conclusion: b }, { id: 'fz-ba', premises: [b], conclusion: a });
    return `inference cycle ${a} <-> ${b}`;
  },
  badDate: (rng, doc) => {
    const s = where(rng, doc, (x) => x.key === 'date' || x.key === 'offset' || x.key === 'timestamp');
    if (!s) return 'no-op';
    s.holder[s.key] = pick(rng, s.key === 'offset' ? BAD_OFFSETS : BAD_DATES);
    return `${s.path} = ${show(s.holder[s.key])}`;
  },
  relativeDate: (rng, doc) => {
    const nodes = Array.isArray(doc.nodes) ? doc.nodes.filter(isObj) : [];
    if (nodes.length < 1) return 'no-op';
    const n = pick(rng, nodes);
    const offset = pick(rng, BAD_OFFSETS);
    n.dates = [
      { event: 'fz-base', date: '2024-01-01' },
      { event: 'fz-rel', relative: { event: pick(rng, ['fz-base', 'fz-rel', 'nowhere']), offset } },
    ];
    return `node ${n.id} dated relative ${offset}`;
  },
  hostilePath: (rng, doc) => {
    const s = where(rng, doc, (x) => x.key === 'path');
    const path = pick(rng, HOSTILE_PATHS);
    if (s) s.holder[s.key] = path;
    else if (Array.isArray(doc.nodes)) doc.documents = [{ id: 'fz-doc', path }];
    else return 'no-op';
    return `document path ${show(path)}`;
  },
};

/**
 * Mutations that keep a map valid reach the analyses and renderers; the others mostly test the refusals
 * of validation. Both matter, but a valid map is where the crashes hide, so those come twice as often.
 */
const KEEPS_VALID = ['hugeString', 'plantMarker', 'plantEverywhere', 'objectNameId', 'markerId', 'crossWire', 'cycle', 'badDate', 'relativeDate', 'hostilePath'];
const WEIGHTED = [...Object.keys(STRUCTURE_MUTATIONS), ...KEEPS_VALID];

export function mutateStructure(rng, doc) {
  const name = pick(rng, WEIGHTED);
  return `struct:${name} (${STRUCTURE_MUTATIONS[name](rng, doc)})`;
}

/** Text-level mutations only a serialised form can carry: duplicate keys and YAML alias cycles. */
export function duplicateKey(rng, text, format) {
  const lines = text.split('\n');
  const keyed = lines
    .map((l, i) => [l, i])
    .filter(([l]) => (format === 'json' ? /^\s*"[^"]+":\s*("[^"]*"|[-\d.eE+]+|true|false|null),?\s*$/.test(l) : /^\s+[A-Za-z]+: \S/.test(l)));
  if (!keyed.length) return [text, 'no-op'];
  const [line, i] = pick(rng, keyed);
  const copy = format === 'json' ? line.replace(/,?\s*$/, ',') : line;
  lines.splice(i, 0, copy);
  return [lines.join('\n'), `duplicate key at line ${i + 1}: ${line.trim().slice(0, 40)}`];
}

/** A YAML alias that contains itself, in a node or at the top: a structure that never ends once parsed. */
export function aliasCycle(rng, text) {
  const lines = text.split('\n');
  const items = lines.map((l, i) => [l, i]).filter(([l]) => /^(\s*)- id: /.test(l));
  if (!items.length || rng() < 0.3) return [`${text}\nfz-cycle: &fzc { self: *fzc }\n`, 'top-level key holding itself'];
  const [line, i] = pick(rng, items);
  const indent = line.match(/^(\s*)-/)[1] + '  ';
  lines.splice(i + 1, 0, `${indent}${pick(rng, ['tags', 'text', 'source', 'dates'])}: &fzc [*fzc]`);
  return [lines.join('\n'), `field at line ${i + 2} holding itself`];
}
