/**
 * Layers made to fit a width: a layering found without a bound (network simplex, as the focus and
 * whole-map drawings use) with each layer wider than `room` thinned out by moving some of its vertices one
 * layer further from the conclusions, pushing whatever they rest on along. Coffman–Graham bounds the
 * count instead, and numbers the layers as it lists the vertices: on the memorandum's ¶6 "no unnecessary
 * provocation" it stretched the ¶6 steps over ten layers of one or two boxes, and a hedge that qualifies
 * six of them crossed the lines between (3 crossings at every bound and ELK seed, its focus drawing 1);
 * thinning the network-simplex layers kept those steps together, the wide rows of evidence wrapped, and
 * drew none.
 *
 * `layerOf` numbers layers from where edges start (as `layersOf` reads them), `order` is reading order,
 * `width` each vertex's extent across the flow, `gap` the room between two vertices of a layer. Returns
 * the new layers, numbered the same way. Edges that do not run from a lower layer to a higher one (within
 * a layer, or reversed to break a cycle) bind nothing, so the moves always end.
 */
export function boundedLayers(
  order: readonly string[],
  layerOf: ReadonlyMap<string, number>,
  edges: readonly { source: string; target: string }[],
  width: ReadonlyMap<string, number>,
  room: number,
  gap: number,
): Map<string, number> {
  const top = Math.max(0, ...layerOf.values());
  // Depth from the conclusions' end: thinning goes from there towards the evidence.
  const depth = new Map<string, number>();
  for (const id of order) {
    const l = layerOf.get(id);
    if (l !== undefined) depth.set(id, top - l);
  }
  const below = new Map<string, string[]>();
  for (const e of edges) {
    const [s, t] = [depth.get(e.source), depth.get(e.target)];
    if (s === undefined || t === undefined || s <= t) continue;
    const list = below.get(e.target);
    if (list) list.push(e.source);
    else below.set(e.target, [e.source]);
  }
  const rank = new Map(order.map((id, i) => [id, i]));
  const sink = (id: string): void => {
    const stack = [id];
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (const u of below.get(v) ?? []) {
        if (depth.get(u)! > depth.get(v)!) continue;
        depth.set(u, depth.get(v)! + 1);
        stack.push(u);
      }
    }
  };
  for (let d = 0; ; d++) {
    const layer = order.filter((id) => depth.get(id) === d);
    if (layer.length === 0 && ![...depth.values()].some((x) => x > d)) break;
    let used = layer.reduce((sum, id) => sum + (width.get(id) ?? 0), 0) + gap * Math.max(0, layer.length - 1);
    if (used <= room || layer.length <= 1) continue;
    // Vertices resting on the fewest others move first (evidence moves alone), later ones in reading order
    // before earlier ones; one vertex always stays.
    const movers = layer.slice().sort((a, b) => (below.get(a)?.length ?? 0) - (below.get(b)?.length ?? 0) || rank.get(b)! - rank.get(a)!);
    for (const id of movers.slice(0, -1)) {
      if (used <= room) break;
      used -= (width.get(id) ?? 0) + gap;
      depth.set(id, d + 1);
      sink(id);
    }
  }
  const last = Math.max(0, ...depth.values());
  return new Map([...depth].map(([id, d]) => [id, last - d]));
}
