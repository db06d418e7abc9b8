// Graphviz dot beside ELK, shared by the render bench and the crossing tests: the same boxes and edges as an
// ELK graph, given to dot, and dot's drawing read back as polylines for the same crossing count.

/** The same graph and node sizes for dot, bottom to top like ELK's drawing; a set view's hypotheses in the top rank. */
export function toDot(elk, row = []) {
  const q = (s) => JSON.stringify(s);
  const lines = ['digraph G {', 'rankdir=BT;', 'node [shape=box, fixedsize=true, label=""];'];
  for (const c of elk.children) lines.push(`${q(c.id)} [width=${(c.width / 72).toFixed(4)}, height=${(c.height / 72).toFixed(4)}];`);
  for (const e of elk.edges) lines.push(`${q(e.sources[0])} -> ${q(e.targets[0])};`);
  if (row.length > 0) lines.push(`{ rank=max; ${row.map((id) => q(`n:${id}`)).join('; ')}; }`);
  lines.push('}');
  return lines.join('\n');
}

/** dot -Tplain output read back: each edge as the control polygon of its spline, in px, and the drawing's size. */
export function readDotPlain(plain) {
  const edges = [];
  let width = 0;
  let height = 0;
  for (const line of plain.split('\n')) {
    const f = line.match(/"[^"]*"|\S+/g) ?? [];
    if (f[0] === 'graph') [width, height] = [Number(f[2]) * 72, Number(f[3]) * 72];
    if (f[0] !== 'edge') continue;
    const n = Number(f[3]);
    const points = [];
    for (let i = 0; i < n; i++) points.push({ x: Number(f[4 + 2 * i]) * 72, y: Number(f[5 + 2 * i]) * 72 });
    edges.push({ from: f[1], to: f[2], points });
  }
  return { edges, width: Math.round(width), height: Math.round(height) };
}
