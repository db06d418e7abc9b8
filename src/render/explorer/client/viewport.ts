/// <reference lib="dom" />
/*
 * Pan and zoom by rewriting the SVG's viewBox: the drawing stays vector-sharp at every scale and no
 * transform attribute of the renderer's markup is touched. The box always has the container's aspect
 * ratio, so one scale factor maps screen pixels to drawing units.
 */

interface Box {
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

function bounds(elements: SVGGraphicsElement[]): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const e of elements) {
    const b = e.getBBox();
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export class Viewport {
  private box: Box;
  private readonly full: Box;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private dragged = 0;
  private rect: DOMRect;

  constructor(
    private readonly host: HTMLElement,
    private readonly svg: SVGSVGElement,
  ) {
    const vb = svg.viewBox.baseVal;
    const w = vb && vb.width > 0 ? vb.width : Number(svg.getAttribute('width')) || 1000;
    const h = vb && vb.height > 0 ? vb.height : Number(svg.getAttribute('height')) || 1000;
    this.full = { x: vb && vb.width > 0 ? vb.x : 0, y: vb && vb.height > 0 ? vb.y : 0, w, h };
    this.box = { ...this.full };
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
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

  /** True when the last pointer gesture moved far enough to count as a drag, not a click. */
  get wasDrag(): boolean {
    return this.dragged > 4;
  }

  /** Screen pixels per drawing unit. */
  private get scale(): number {
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

  zoom(factor: number, clientX?: number, clientY?: number): void {
    const r = this.rect;
    const px = clientX === undefined ? r.width / 2 : clientX - r.left;
    const py = clientY === undefined ? r.height / 2 : clientY - r.top;
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
