/// <reference lib="dom" />
import { RELATION_TYPES } from '../../../model/kinds.js';
import type { ExplorerData, ExplorerNode } from '../data-types.js';
import type { Chain } from './chains.js';
import { kindLabel } from './panel.js';

const STATE_CLASSES = ['selected', 'rests-on', 'supports', 'attacker', 'conceded', 'dimmed', 'in-chain', 'attack'];
const relationTypes = new Set<string>(RELATION_TYPES);
const ATTACK_TYPES = new Set<string>(['attacks', 'undercuts', 'contradicts']);

/**
 * The drawing in the map pane as the page reads it (its nodes, junctions and edges by id), and the
 * selection marked on it: the selected ids and around them their chain.
 */
export class DrawingMarks {
  /** Every drawn vertex of the shown drawing (map nodes, and inference junctions if drawn) by id. */
  vertexEls = new Map<string, SVGGElement[]>();
  nodeEls: SVGGElement[] = [];
  edgeEls: SVGGElement[] = [];
  /** What is marked now, so a drawing put into the pane later is marked the same way. */
  marked: { selected: Set<string>; chain: Chain } | undefined;

  constructor(
    private readonly data: ExplorerData,
    private readonly nodes: Map<string, ExplorerNode>,
  ) {}

  /** Reads the elements of the drawing just put into the pane and makes its nodes reachable by keyboard. */
  bind(svg: SVGSVGElement): void {
    this.vertexEls = new Map();
    for (const g of svg.querySelectorAll<SVGGElement>('[data-id]')) {
      const id = g.getAttribute('data-id')!;
      this.vertexEls.set(id, [...(this.vertexEls.get(id) ?? []), g]);
    }
    this.nodeEls = [...svg.querySelectorAll<SVGGElement>('g.node')];
    this.edgeEls = [...svg.querySelectorAll<SVGGElement>('g.edge')];
    for (const g of this.nodeEls) {
      const n = this.nodes.get(g.getAttribute('data-id') ?? '');
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      if (n) g.setAttribute('aria-label', `${kindLabel(n.kind)}: ${n.text}`);
    }
    for (const g of svg.querySelectorAll<SVGGElement>('g.inference[data-id]')) {
      const inf = this.data.inferences.find((i) => i.id === g.getAttribute('data-id'));
      if (!inf) continue;
      // Reachable by pointer and from a node's panel, but kept out of the Tab order, which walks the nodes.
      g.setAttribute('tabindex', '-1');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', `Inference${inf.scheme ? ` (${inf.scheme})` : ''} to: ${this.nodes.get(inf.conclusion)?.text ?? inf.conclusion}`);
    }
    for (const g of svg.querySelectorAll<SVGGElement>('g.section[data-section]')) {
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', `Open ${g.querySelector('title')?.textContent ?? 'this section'}`);
    }
  }

  /** The drawn elements of `ids` (a node's box and, for an inference, its junction). */
  els(ids: Iterable<string>): SVGGElement[] {
    return [...ids].flatMap((k) => this.vertexEls.get(k) ?? []);
  }

  clear(): void {
    for (const list of this.vertexEls.values()) for (const e of list) e.classList.remove(...STATE_CLASSES);
    for (const e of this.edgeEls) e.classList.remove(...STATE_CLASSES);
    document.body.classList.remove('has-selection');
    this.marked = undefined;
  }

  /** Marks the map: `selected` ids, and around them the chain (what they rest on, what rests on them, attackers). */
  mark(selected: Set<string>, chain: Chain): void {
    this.clear();
    this.marked = { selected, chain };
    document.body.classList.add('has-selection');
    const lit = new Set([...selected, ...chain.restsOn, ...chain.supports]);
    // Attackers are those of the selection and of what it rests on; only those attack edges are drawn out.
    const hit = new Set([...selected, ...chain.restsOn]);
    for (const [id, list] of this.vertexEls) {
      for (const e of list) {
        if (selected.has(id)) e.classList.add('selected');
        if (chain.restsOn.has(id)) e.classList.add('rests-on');
        if (chain.supports.has(id)) e.classList.add('supports');
        if (chain.attackers.has(id)) e.classList.add(chain.conceded.has(id) ? 'conceded' : 'attacker');
        if (!lit.has(id) && !chain.attackers.has(id)) e.classList.add('dimmed');
      }
    }
    for (const e of this.edgeEls) {
      const from = e.getAttribute('data-from') ?? '';
      const to = e.getAttribute('data-to') ?? '';
      const type = e.getAttribute('data-type') ?? '';
      const support = !relationTypes.has(type);
      // A one-premise step is drawn as its line alone (no junction box): the line is what a selected step marks.
      if (selected.has(e.getAttribute('data-inference') ?? '')) e.classList.add('selected');
      if (support && lit.has(from) && lit.has(to)) e.classList.add('in-chain');
      else if (ATTACK_TYPES.has(type) && chain.attackers.has(from) && hit.has(to)) e.classList.add('attack');
      else if (type === 'contradicts' && chain.attackers.has(to) && hit.has(from)) e.classList.add('attack');
      else e.classList.add('dimmed');
    }
  }
}
