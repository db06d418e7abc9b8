/// <reference lib="dom" />
/*
 * Semantic zoom: a label is drawn only while it is large enough on screen to be read. Zoomed out on a
 * big map the boxes stay (their shapes, colours and lines still show the shape of the argument) and the
 * text goes, instead of a grey smear of one-pixel letters; each size of type comes back as soon as it
 * reaches the threshold, so headers (9.5 px drawn) return later than labels (13 px drawn).
 */

/** The smallest on-screen size, in CSS pixels, at which the explorer shows any label. */
export const MIN_LABEL_PX = 9;
/** The overview is made to be read whole: its type never opens smaller than this. */
export const OVERVIEW_LABEL_PX = 11;

interface SizeGroup {
  size: number;
  texts: Element[];
  hidden: boolean;
}

export class SemanticZoom {
  private readonly bound = new WeakMap<SVGSVGElement, SizeGroup[]>();
  private groups: SizeGroup[] = [];

  /** Reads the type sizes of a drawing (once per drawing: it must be in the document to be measured). */
  bind(svg: SVGSVGElement): void {
    let groups = this.bound.get(svg);
    if (!groups) {
      const bySize = new Map<number, Element[]>();
      for (const t of svg.querySelectorAll('text')) {
        const size = parseFloat(getComputedStyle(t).fontSize) || 16;
        (bySize.get(size) ?? bySize.set(size, []).get(size)!).push(t);
      }
      groups = [...bySize].sort((a, b) => a[0] - b[0]).map(([size, texts]) => ({ size, texts, hidden: false }));
      this.bound.set(svg, groups);
    }
    this.groups = groups;
  }

  /** The smallest type the drawing holds, in drawing units (16 when it has no text). */
  get smallest(): number {
    return this.groups[0]?.size ?? 16;
  }

  /** Shows each size of type that reads at `MIN_LABEL_PX` or more at this scale and hides the rest; true when some are hidden. */
  update(scale: number): boolean {
    let any = false;
    for (const g of this.groups) {
      const hidden = g.size * scale < MIN_LABEL_PX - 1e-6;
      any ||= hidden;
      if (hidden === g.hidden) continue;
      g.hidden = hidden;
      for (const t of g.texts) t.classList.toggle('zoom-hidden', hidden);
    }
    return any;
  }
}
