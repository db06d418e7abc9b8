// Byte-level mutations, for every input format: what a damaged, mis-saved or hostile file looks like on disk.
import { ALL, show } from './markers.mjs';

const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
const at = (rng, buf) => Math.floor(rng() * (buf.length + 1));
const splice = (buf, i, del, ins) => Buffer.concat([buf.subarray(0, i), ins, buf.subarray(i + del)]);

/** Each takes (rng, Buffer) and returns [Buffer, label]; labels go into the reproducer's summary. */
export const BYTE_MUTATIONS = {
  crOnly: (rng, b) => [Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r'), 'latin1'), 'CR-only line endings'],
  crlf: (rng, b) => [Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1'), 'CRLF line endings'],
  bom: (rng, b) => [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]), 'UTF-8 BOM'],
  utf16: (rng, b) => [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]), 'UTF-16LE with BOM'],
  invalidUtf8: (rng, b) => {
    const bad = pick(rng, [[0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]);
    const i = at(rng, b);
    return [splice(b, i, 0, Buffer.from(bad)), `invalid UTF-8 ${bad.map((x) => x.toString(16)).join(' ')} at byte ${i}`];
  },
  nul: (rng, b) => {
    const i = at(rng, b);
    return [splice(b, i, 0, Buffer.from([0])), `NUL at byte ${i}`];
  },
  truncate: (rng, b) => {
    const i = Math.floor(rng() * b.length);
    return [b.subarray(0, i), `truncated to ${i} bytes`];
  },
  empty: () => [Buffer.alloc(0), 'empty file'],
  flip: (rng, b) => {
    if (b.length === 0) return [b, 'no-op'];
    const c = Buffer.from(b);
    const n = 1 + Math.floor(rng() * 4);
    for (let k = 0; k < n; k++) c[Math.floor(rng() * c.length)] = Math.floor(rng() * 256);
    return [c, `${n} random bytes`];
  },
  marker: (rng, b) => {
    const m = pick(rng, ALL);
    const i = at(rng, b);
    return [splice(b, i, 0, Buffer.from(m)), `marker ${show(m)} at byte ${i}`];
  },
  deleteSpan: (rng, b) => {
    const i = at(rng, b);
    const n = Math.floor(rng() * 200);
    return [splice(b, i, n, Buffer.alloc(0)), `${n} bytes deleted at ${i}`];
  },
  repeatSpan: (rng, b) => {
    const i = at(rng, b);
    const span = b.subarray(i, i + 1 + Math.floor(rng() * 120));
    const times = 1 + Math.floor(rng() * 50);
    return [splice(b, i, 0, Buffer.concat(Array(times).fill(span))), `${span.length} bytes at ${i} repeated ${times}x`];
  },
  longLine: (rng, b) => {
    const n = pick(rng, [5_000, 50_000, 200_000]);
    return [Buffer.concat([b, Buffer.from(`\n${'#'.repeat(n)}\n`)]), `trailing line of ${n} characters`];
  },
};

export function mutateBytes(rng, buf) {
  const name = pick(rng, Object.keys(BYTE_MUTATIONS));
  const [out, label] = BYTE_MUTATIONS[name](rng, buf);
  return [out, `bytes:${name} (${label})`];
}
