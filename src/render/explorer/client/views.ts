/// <reference lib="dom" />
import { append, byId, clear, el } from './dom.js';

/*
 * The drawings the pane can show, one at a time: the overview (one box per section), each section laid
 * out alone, the whole map, and views made in the page (the chain view registers its drawing here with
 * `register` and opens it with `show`, so it gets the same breadcrumb, zoom and selection as the rest).
 * Only the shown drawing is in the document: the others wait in <template>s or detached, so the ids
 * every drawing repeats (its arrow markers, its title) are never in the document twice.
 */

export type ViewKind = 'overview' | 'section' | 'map' | 'chain';

export interface View {
  /** `overview`, `map`, `section:<id>`, or a key a page-made view chooses (`chain`). */
  key: string;
  kind: ViewKind;
  title: string;
  svg: SVGSVGElement;
  /** The view the breadcrumb shows before this one (besides the overview, always first). */
  parent?: string;
}

export const OVERVIEW = 'overview';
export const WHOLE_MAP = 'map';
export const sectionKey = (id: string): string => `section:${id}`;

export class Views {
  private readonly made = new Map<string, View>();
  private readonly templates = new Map<string, HTMLTemplateElement>();
  /** For each node id, the first section view that draws it. */
  private readonly home = new Map<string, string>();
  private shown: View;

  constructor(
    whole: SVGSVGElement,
    private readonly onShow: (view: View) => void,
  ) {
    this.shown = { key: WHOLE_MAP, kind: 'map', title: 'Whole map', svg: whole };
    this.made.set(WHOLE_MAP, this.shown);
    const overview = document.getElementById('view-overview');
    if (overview instanceof HTMLTemplateElement) this.templates.set(OVERVIEW, overview);
    for (const t of document.querySelectorAll<HTMLTemplateElement>('template.view-section')) {
      const key = sectionKey(t.getAttribute('data-section') ?? '');
      this.templates.set(key, t);
      for (const g of t.content.querySelectorAll('g.node[data-id]')) {
        const id = g.getAttribute('data-id')!;
        if (!this.home.has(id)) this.home.set(id, key);
      }
    }
    byId('crumbs').addEventListener('click', (e) => {
      const key = (e.target as Element).closest('[data-view]')?.getAttribute('data-view');
      if (key) this.show(key);
    });
  }

  get current(): View {
    return this.shown;
  }

  has(key: string): boolean {
    return this.made.has(key) || this.templates.has(key);
  }

  /** The view a node is best read in: its section's own layout, else the whole map. */
  homeOf(id: string): string {
    return this.home.get(id) ?? WHOLE_MAP;
  }

  /** Whether the shown drawing holds this node (or inference). */
  draws(id: string): boolean {
    const q = CSS.escape(id);
    return this.shown.svg.querySelector(`[data-id="${q}"], g.edge[data-inference="${q}"]`) !== null;
  }

  /** Adds (or replaces) a view made in the page, such as a node's chain laid out afresh. */
  register(view: View): void {
    this.made.set(view.key, view);
  }

  private view(key: string): View | undefined {
    const made = this.made.get(key);
    if (made) return made;
    const t = this.templates.get(key);
    const svg = t?.content.querySelector('svg');
    if (!t || !svg) return undefined;
    const view: View = { key, kind: key === OVERVIEW ? 'overview' : 'section', title: t.getAttribute('data-title') ?? key, svg: document.importNode(svg, true) };
    this.made.set(key, view);
    return view;
  }

  /** Puts the view's drawing into the pane in place of the shown one; false for an unknown view. */
  show(key: string): boolean {
    const next = this.view(key);
    if (!next) return false;
    if (next !== this.shown) {
      this.shown.svg.replaceWith(next.svg);
      this.shown = next;
    }
    this.crumbs();
    this.onShow(next);
    return true;
  }

  /** "Overview › Annex C" with every step but the last a link back, and the two ways out always there. */
  private crumbs(): void {
    const nav = byId('crumbs');
    clear(nav);
    const trail: View[] = [];
    for (let v: View | undefined = this.shown; v; v = v.parent ? this.view(v.parent) : undefined) {
      trail.unshift(v);
      if (v.key === OVERVIEW || trail.length > 4) break;
    }
    if (trail[0]?.key !== OVERVIEW && this.has(OVERVIEW)) trail.unshift(this.view(OVERVIEW)!);
    const steps = trail.map((v, i) =>
      i === trail.length - 1 ? el('li', {}, el('span', { 'aria-current': 'page' }, v.title)) : el('li', {}, el('button', { type: 'button', class: 'crumb', 'data-view': v.key }, v.title)),
    );
    const hint = this.shown.kind === 'overview' ? 'Click a box to open that part of the map.' : undefined;
    const ways = [OVERVIEW, WHOLE_MAP].filter((k) => this.has(k));
    append(
      nav,
      el('ol', {}, ...steps),
      hint ? el('span', { class: 'hint' }, hint) : null,
      el('span', { class: 'hint zoom-note' }, 'Labels too small to read are hidden: zoom in, or select a node, to read them.'),
      ways.length > 1
        ? el(
            'span',
            { class: 'views' },
            ...ways.map((k) => el('button', { type: 'button', 'data-view': k, 'aria-pressed': String(this.shown.key === k) }, k === OVERVIEW ? 'Overview' : 'Whole map')),
          )
        : null,
    );
  }
}
