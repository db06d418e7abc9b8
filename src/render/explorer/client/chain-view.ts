/// <reference lib="dom" />
import type { ArgumentGraph } from '../../../graph/argument-graph.js';
import { plural } from '../../../model/plural.js';
import type { ArgumentMap } from '../../../model/types.js';
import { ALL_STEPS } from '../../chain.js';
import type { ExplorerData } from '../data-types.js';
import { layoutChain, type LaidChain } from './chain-layout.js';
import { chainOf, type Chain } from './chains.js';
import { append, clear, el } from './dom.js';

/*
 * The chain view: the selected node's neighbourhood laid out afresh over the map pane, as wide as the
 * pane and scrolling down. It answers to one call, `showChain(id, depth)`, and says when the reader
 * leaves it for the whole map (`onLeave`), so a breadcrumb or any other view can drive it.
 */

export interface ChainViewOptions {
  /** The map pane it covers while open. */
  host: HTMLElement;
  data: ExplorerData;
  map: ArgumentMap;
  graph: ArgumentGraph;
  /** A node or inference of the chain was clicked or chosen with Enter. */
  onSelect: (id: string, inference: boolean) => void;
  /** The reader asked for the whole map (the button, or Escape), leaving the chain of `id`. */
  onLeave: (id: string) => void;
  /** A chain was drawn: the page applies to it what it applies to the map (the kinds shown). */
  onDrawn?: () => void;
}

const DEPTHS: readonly [string, number][] = [
  ['1 step', 1],
  ['2 steps', 2],
  ['3 steps', 3],
  ['all steps', ALL_STEPS],
];

export class ChainView {
  readonly root: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly note: HTMLElement;
  private readonly depthSelect: HTMLSelectElement;
  private shown: { id: string; depth: number } | undefined;
  /** A junction of the shown chain picked since it was drawn: a new depth keeps it marked. */
  private picked: { id: string; chain: Chain } | undefined;
  /** Bumped per request, so a layout that finishes after a newer request is dropped. */
  private ticket = 0;
  /** The last layout drawn (for tests and the benchmark, through `data-` attributes too). */
  last: LaidChain | undefined;

  constructor(private readonly options: ChainViewOptions) {
    this.heading = el('span', { class: 'chain-title' });
    this.note = el('span', { class: 'chain-note', role: 'status' });
    this.depthSelect = el('select', { id: 'chain-depth', 'aria-label': 'How many steps of reasoning to show each way' }, ...DEPTHS.map(([label, d]) => el('option', { value: String(d) }, label)));
    this.depthSelect.value = String(ALL_STEPS);
    const leave = el('button', { type: 'button', id: 'chain-leave', title: 'Back to the whole map (Esc)' }, '← Whole map');
    this.scroller = el('div', { id: 'chain-scroll', class: 'chain-scroll', tabindex: '-1' });
    this.root = el(
      'div',
      { id: 'chain-view', class: 'chain-view', hidden: '', role: 'region', 'aria-label': 'Chain view' },
      el('div', { class: 'chain-bar' }, leave, this.heading, this.note, el('label', { class: 'chain-depth' }, 'Depth ', this.depthSelect)),
      this.scroller,
    );
    options.host.appendChild(this.root);
    leave.addEventListener('click', () => this.leave());
    this.depthSelect.addEventListener('change', () => {
      if (this.shown) void this.lay(this.shown.id, Number(this.depthSelect.value));
    });
    // The pane under it pans and zooms on these; inside the chain view they scroll and select instead.
    for (const type of ['wheel', 'pointerdown', 'pointermove', 'pointerup', 'dblclick'] as const) this.root.addEventListener(type, (e) => e.stopPropagation());
    this.root.addEventListener('click', (e) => {
      e.stopPropagation();
      const g = (e.target as Element).closest('g.node, g.inference');
      const id = g?.getAttribute('data-id');
      if (id) options.onSelect(id, g!.classList.contains('inference'));
    });
    this.root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.leave();
        return;
      }
      const g = (e.target as Element).closest?.('g.node, g.inference');
      if ((e.key === 'Enter' || e.key === ' ') && g) {
        e.preventDefault();
        options.onSelect(g.getAttribute('data-id')!, g.classList.contains('inference'));
      }
      // Arrow keys scroll here; the pane underneath would pan the hidden map.
      e.stopPropagation();
    });
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  /** The node whose chain is shown, if the view is open. */
  get nodeId(): string | undefined {
    return this.isOpen ? this.shown?.id : undefined;
  }

  /** Lays out and shows `id`'s chain, `depth` steps of reasoning each way (all by default). */
  showChain(id: string, depth: number = Number(this.depthSelect.value)): Promise<void> {
    this.picked = undefined;
    return this.lay(id, depth);
  }

  private async lay(id: string, depth: number): Promise<void> {
    const { data, map, graph } = this.options;
    const node = data.nodes.find((n) => n.id === id);
    if (!node) return;
    const ticket = ++this.ticket;
    this.shown = { id, depth };
    this.depthSelect.value = String(DEPTHS.some(([, d]) => d === depth) ? depth : ALL_STEPS);
    this.root.hidden = false;
    this.root.setAttribute('aria-busy', 'true');
    clear(this.heading);
    append(this.heading, 'Chain of ', el('b', {}, node.text));
    const laid = await layoutChain(map, graph, id, depth, this.scroller.clientWidth, `Chain of ${node.text}`);
    if (ticket !== this.ticket) return;
    this.last = laid;
    clear(this.note);
    if (laid.depth !== depth) {
      this.depthSelect.value = String(laid.depth);
      append(this.note, `${plural(laid.depth, 'step')} shown: ${depth === ALL_STEPS ? 'the whole chain' : plural(depth, 'step')} would be ${plural(laid.asked, 'box')}, more than the page lays out at once`);
    }
    this.draw(laid, id);
    this.root.setAttribute('aria-busy', 'false');
    this.root.setAttribute('data-node', id);
    this.root.setAttribute('data-layout-ms', laid.ms.toFixed(1));
    this.root.setAttribute('data-crossings', String(laid.crossings));
  }

  /** Closes the view without a word to the page (the page closes it itself, e.g. to show a finding). */
  hide(): void {
    this.ticket++;
    this.root.hidden = true;
    this.root.removeAttribute('data-node');
  }

  /** Marks `ids` in the open view; false when some are not in it (the page then shows them on the whole map). */
  markNodes(ids: readonly string[]): boolean {
    const drawn = ids.map((id) => this.scroller.querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(id)}"]`));
    if (!this.isOpen || drawn.some((g) => g === null)) return false;
    this.picked = undefined;
    for (const g of this.scroller.querySelectorAll('[data-chain="selected"]')) g.removeAttribute('data-chain');
    for (const g of drawn) g!.setAttribute('data-chain', 'selected');
    drawn[0]?.scrollIntoView({ block: 'center' });
    return true;
  }

  /**
   * Marks `id` (a node or an inference junction) and its chain in the open drawing, in place of what
   * was marked before; false when it is not drawn there (the page then shows it on the whole map).
   */
  markChain(id: string, chain: Chain): boolean {
    const svg = this.scroller.querySelector('svg');
    if (!this.isOpen || !drawnIn(svg, id)) return false;
    markRoles(svg!, id, chain);
    this.picked = { id, chain };
    return true;
  }

  private leave(): void {
    const id = this.nodeId;
    this.hide();
    if (id !== undefined) this.options.onLeave(id);
  }

  private draw(laid: LaidChain, id: string): void {
    // XML, not HTML: the drawing comes from the render layer's writer, every text in it escaped.
    const doc = new DOMParser().parseFromString(laid.svg, 'image/svg+xml');
    const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    const width = this.scroller.clientWidth;
    // At 1:1 when it fits; a chain that could not be made narrow enough is scaled down to the pane.
    const scale = Math.min(1, width / laid.width);
    svg.setAttribute('width', String(Math.floor(laid.width * scale)));
    svg.setAttribute('height', String(Math.ceil(laid.height * scale)));
    for (const g of svg.querySelectorAll<SVGGElement>('g.node, g.inference')) {
      // The drawing's element ids would repeat the whole map's in the same document.
      g.removeAttribute('id');
      g.setAttribute('tabindex', g.classList.contains('node') ? '0' : '-1');
      g.setAttribute('role', 'button');
    }
    markRoles(svg, id, chainOf(this.options.graph, id));
    // Drawn again at another depth: the junction picked keeps its marks if the new drawing still holds it.
    if (this.picked && drawnIn(svg, this.picked.id)) markRoles(svg, this.picked.id, this.picked.chain);
    else this.picked = undefined;
    clear(this.scroller);
    this.scroller.appendChild(svg);
    this.scroller.scrollTop = 0;
    svg.querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
    this.options.onDrawn?.();
  }
}

function drawnIn(svg: Element | null, id: string): boolean {
  return (svg?.querySelector(`g.node[data-id="${CSS.escape(id)}"], g.inference[data-id="${CSS.escape(id)}"]`) ?? null) !== null;
}

/** Each drawn node and junction's part in the chain of `id` (`data-chain`), nothing left from an earlier pick. */
function markRoles(svg: Element, id: string, chain: Chain): void {
  for (const g of svg.querySelectorAll<SVGGElement>('g.node, g.inference')) {
    const gid = g.getAttribute('data-id')!;
    const role = gid === id ? 'selected' : chain.restsOn.has(gid) ? 'rests-on' : chain.supports.has(gid) ? 'supports' : chain.attackers.has(gid) ? (chain.conceded.has(gid) ? 'conceded' : 'attacker') : undefined;
    if (role) g.setAttribute('data-chain', role);
    else g.removeAttribute('data-chain');
  }
}
