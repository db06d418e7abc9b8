/// <reference lib="dom" />
/*
 * Pan and zoom by rewriting the SVG's viewBox: the drawing stays vector-sharp at every scale and no
 * transform attribute of the renderer's markup is touched. The box always has the container's aspect
 * ratio, so one scale factor maps screen pixels to drawing units.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const MIN_SCALE = 0.02;
const MAX_SCALE = 8;
const FIT_MAX_SCALE = 1.25;
/** Below this scale node labels (13px) are too small to read. */
const READABLE_SCALE = 0.6;

/**
 * An element's box in the drawing's own units (its viewBox). getBBox alone answers in the element's
 * local units, which leaves out the translations of the groups around it (the drawing's heading).
 */
export function drawingBox(e: SVGGraphicsElement): Box {
  const b = e.getBBox();
  const svg = e.ownerSVGElement;
  const own = e.getScreenCTM();
  const root = svg?.getScreenCTM();
  if (!svg || !own || !root) return { x: b.x, y: b.y, w: b.width, h: b.height };
  const m = root.inverse().multiply(own);
  const a = new DOMPoint(b.x, b.y).matrixTransform(m);
  const c = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
  return { x: Math.min(a.x, c.x), y: Math.min(a.y, c.y), w: Math.abs(c.x - a.x), h: Math.abs(c.y - a.y) };
}

function bounds(elements: SVGGraphicsElement[]): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const e of elements) {
    const d = drawingBox(e);
    const b = { x: d.x, y: d.y, width: d.w, height: d.h };
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** Where a zoom without a pointer (the + and - keys and buttons) stays put, in client pixels. */
/**
 * Where a drawing too big for the pane is first shown from: above the middle of its conclusions (or,
 * with none, of its nodes that something rests on), in drawing units; the reader works down from there.
 */
export function startOf(svg: SVGSVGElement): { x0: number; x1: number; y: number } | undefined {
  let heads = [...svg.querySelectorAll<SVGGElement>('g.node[data-kind="conclusion"]')];
  if (heads.length === 0) {
    const supported = new Set([...svg.querySelectorAll('g.edge[data-to]')].map((e) => e.getAttribute('data-to')));
    heads = [...svg.querySelectorAll<SVGGElement>('g.node[data-id]')].filter((g) => supported.has(g.getAttribute('data-id')));
  }
  if (heads.length === 0) return undefined;
  let [x0, y0, x1] = [Infinity, Infinity, -Infinity];
  for (const g of heads) {
    const b = drawingBox(g);
    [x0, y0, x1] = [Math.min(x0, b.x), Math.min(y0, b.y), Math.max(x1, b.x + b.w)];
  }
  return { x0, x1, y: y0 - 40 };
}

export type ZoomAnchor = () => { x: number; y: number } | undefined;

export class Viewport {
  private box: Box;
  private full: Box;
  private svg: SVGSVGElement;
  /** Each drawing's own extent, read from its viewBox before this class first rewrote it. */
  private readonly extents = new WeakMap<SVGSVGElement, Box>();
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragged = 0;
  private rect: DOMRect;
  /** Told the scale (screen pixels per drawing unit) after every change of view. */
  onScale: (scale: number) => void = () => {};
  anchor: ZoomAnchor = () => undefined;

  constructor(
    private readonly host: HTMLElement,
    svg: SVGSVGElement,
  ) {
    this.svg = svg;
    this.full = this.extentOf(svg);
    this.box = { ...this.full };
    this.listen();
    this.rect = host.getBoundingClientRect();
    // The pane's size and place are read once per resize, never per gesture: reading them after each
    // viewBox change would force a layout of the whole drawing on every wheel step.
    const measure = (): void => {
      this.rect = host.getBoundingClientRect();
      this.apply();
    };
    new ResizeObserver(measure).observe(host);
    window.addEventListener('resize', measure);
  }

  private extentOf(svg: SVGSVGElement): Box {
    const known = this.extents.get(svg);
    if (known) return known;
    const vb = svg.viewBox.baseVal;
    const w = vb && vb.width > 0 ? vb.width : Number(svg.getAttribute('width')) || 1000;
    const h = vb && vb.height > 0 ? vb.height : Number(svg.getAttribute('height')) || 1000;
    const full = { x: vb && vb.width > 0 ? vb.x : 0, y: vb && vb.height > 0 ? vb.y : 0, w, h };
    this.extents.set(svg, full);
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    return full;
  }

  /** Pans and zooms this drawing from now on (another view was put into the pane). */
  attach(svg: SVGSVGElement): void {
    this.svg = svg;
    this.full = this.extentOf(svg);
    this.rect = this.host.getBoundingClientRect();
    this.box = { ...this.full };
  }

  /**
   * Opens the drawing fitted to the pane, or, when that would be smaller than `minScale`, at `minScale`
   * from `start` (drawing units: say, the top edge of its conclusions, `x0` to `x1`): centred on it when
   * it fits across, else from its left end.
   */
  open(minScale: number, start?: { x0: number; x1: number; y: number }): void {
    this.fit();
    if (this.scale >= minScale) return;
    const w = this.rect.width / minScale;
    const h = this.rect.height / minScale;
    const f = this.full;
    const cx = !start ? f.x + f.w / 2 : start.x1 - start.x0 <= w ? (start.x0 + start.x1) / 2 : start.x0 + w / 2 - 20;
    const top = start?.y ?? f.y;
    // A drawing smaller than the view is centred in it; a larger one is shown from `start` as far as
    // its edges allow.
    const x = w >= f.w ? f.x + f.w / 2 - w / 2 : Math.max(f.x, Math.min(cx - w / 2, f.x + f.w - w));
    const y = h >= f.h ? f.y + f.h / 2 - h / 2 : Math.max(f.y, Math.min(top, f.y + f.h - h));
    this.box = { x, y, w, h };
    this.apply();
  }

  /** True when the last pointer gesture moved far enough to count as a drag, not a click. */
  get wasDrag(): boolean {
    return this.dragged > 4;
  }

  /** Screen pixels per drawing unit. */
  get scale(): number {
    return this.rect.width / this.box.w;
  }

  fit(target: Box = this.full, margin = 0.04): void {
    const aspect = this.rect.width / Math.max(1, this.rect.height);
    // A small map is shown at most a little larger than drawn, not blown up to fill the screen.
    let w = Math.max(target.w * (1 + 2 * margin), this.rect.width / FIT_MAX_SCALE);
    let h = Math.max(target.h * (1 + 2 * margin), this.rect.height / FIT_MAX_SCALE);
    if (w / h < aspect) w = h * aspect;
    else h = w / aspect;
    this.box = { x: target.x + target.w / 2 - w / 2, y: target.y + target.h / 2 - h / 2, w, h };
    this.apply();
  }

  /**
   * Shows the elements: centred, zoomed in no further than 1:1 and out only as far as needed. With
   * `context` (say, a node's direct reasons), shows those too when all of them stay readable.
   */
  reveal(elements: SVGGraphicsElement[], context: SVGGraphicsElement[] = []): void {
    if (elements.length === 0) return;
    const withContext = bounds([...elements, ...context]);
    const readable = withContext.w <= this.rect.width / READABLE_SCALE && withContext.h <= this.rect.height / READABLE_SCALE;
    const target = context.length > 0 && readable ? withContext : bounds(elements);
    const { x: x0, y: y0 } = target;
    const fitsNow = target.w <= this.box.w * 0.9 && target.h <= this.box.h * 0.9 && this.scale >= 0.5;
    if (fitsNow) {
      this.box = { ...this.box, x: x0 + target.w / 2 - this.box.w / 2, y: y0 + target.h / 2 - this.box.h / 2 };
      this.apply();
      return;
    }
    // Zoom so the target fills the view, but never beyond 1:1 for a single small node.
    const minW = this.rect.width;
    const minH = this.rect.height;
    this.fit({ x: x0 + target.w / 2 - Math.max(target.w, minW) / 2, y: y0 + target.h / 2 - Math.max(target.h, minH) / 2, w: Math.max(target.w, minW), h: Math.max(target.h, minH) }, 0.08);
  }

  /**
   * Zooms about the pointer; without one, about the anchor (the selected node) while it is in the
   * pane, so what the reader is looking at stays where it is; else about the pane's centre.
   */
  zoom(factor: number, clientX?: number, clientY?: number): void {
    const r = this.rect;
    const at = clientX === undefined || clientY === undefined ? this.anchor() : { x: clientX, y: clientY };
    const inside = at !== undefined && at.x >= r.left && at.x <= r.right && at.y >= r.top && at.y <= r.bottom;
    const px = inside ? at.x - r.left : r.width / 2;
    const py = inside ? at.y - r.top : r.height / 2;
    // Zooming out stops at half the whole-map fit, however large the map.
    const floor = Math.min(MIN_SCALE, 0.5 * Math.min(r.width / this.full.w, r.height / this.full.h));
    const scale = Math.min(MAX_SCALE, Math.max(floor, this.scale * factor));
    const ax = this.box.x + px / this.scale;
    const ay = this.box.y + py / this.scale;
    const w = r.width / scale;
    const h = r.height / scale;
    this.box = { x: ax - px / scale, y: ay - py / scale, w, h };
    this.apply();
  }

  /** The part of the drawing shown, in drawing units. */
  get shown(): Box {
    return { ...this.box };
  }

  /** Shows exactly `box` of the drawing (as `shown` gave it before a reload), kept to the pane's aspect. */
  show(box: Box): void {
    if (![box.x, box.y, box.w, box.h].every(Number.isFinite) || box.w <= 0 || box.h <= 0) return;
    this.box = { ...box };
    this.apply();
  }

  pan(dxPixels: number, dyPixels: number): void {
    this.box = { ...this.box, x: this.box.x - dxPixels / this.scale, y: this.box.y - dyPixels / this.scale };
    this.apply();
  }

  private apply(): void {
    // Keep the aspect of the container (it may have been resized).
    const aspect = this.rect.width / Math.max(1, this.rect.height);
    if (Math.abs(this.box.w / this.box.h - aspect) > 1e-6) {
      const cy = this.box.y + this.box.h / 2;
      this.box.h = this.box.w / aspect;
      this.box.y = cy - this.box.h / 2;
    }
    const { x, y, w, h } = this.box;
    this.svg.setAttribute('viewBox', `${x.toFixed(2)} ${y.toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)}`);
    this.onScale(this.scale);
  }

  private listen(): void {
    const host = this.host;
    host.addEventListener(
      'wheel',
      (e) => {
        e.preventDefault();
        // Trackpad pinch arrives as a wheel event with ctrlKey; both zoom about the pointer.
        this.zoom(Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.0015)), e.clientX, e.clientY);
      },
      { passive: false },
    );
    host.addEventListener('pointerdown', (e) => {
      this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      this.dragged = 0;
    });
    host.addEventListener('pointermove', (e) => {
      const prev = this.pointers.get(e.pointerId);
      if (!prev) return;
      if (this.pointers.size === 1) {
        const wasDrag = this.wasDrag;
        this.dragged += Math.abs(e.clientX - prev.x) + Math.abs(e.clientY - prev.y);
        // Capture only once a drag starts: a capture from pointerdown would retarget the click away from the node.
        if (!wasDrag && this.wasDrag) host.setPointerCapture(e.pointerId);
        if (this.wasDrag) this.pan(e.clientX - prev.x, e.clientY - prev.y);
      } else if (this.pointers.size === 2) {
        const other = [...this.pointers.entries()].find(([id]) => id !== e.pointerId)![1];
        const before = Math.hypot(prev.x - other.x, prev.y - other.y);
        const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
        this.dragged += 10;
        if (before > 0) this.zoom(after / before, (e.clientX + other.x) / 2, (e.clientY + other.y) / 2);
      }
      this.pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    });
    const end = (e: PointerEvent): void => {
      this.pointers.delete(e.pointerId);
    };
    host.addEventListener('pointerup', end);
    host.addEventListener('pointercancel', end);
    host.addEventListener('keydown', (e) => {
      const step = e.shiftKey ? 200 : 60;
      const keys: Record<string, () => void> = {
        ArrowLeft: () => this.pan(step, 0),
        ArrowRight: () => this.pan(-step, 0),
        ArrowUp: () => this.pan(0, step),
        ArrowDown: () => this.pan(0, -step),
        '+': () => this.zoom(1.25),
        '=': () => this.zoom(1.25),
        '-': () => this.zoom(0.8),
        '0': () => this.fit(),
      };
      const action = keys[e.key];
      if (action && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        action();
      }
    });
  }
}
