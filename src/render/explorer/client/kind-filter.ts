/// <reference lib="dom" />
import { byId } from './dom.js';

/** The "Show" boxes, one per node kind. */
export const kindBoxes = (): HTMLInputElement[] => [...document.querySelectorAll<HTMLInputElement>('#kinds input[data-kind]')];

/** Kind filter: hides a kind's nodes and the edges that touch them, on the map and in the chain view over it. */
export function applyKindFilter(nodeEls: Iterable<Element>, edgeEls: Iterable<Element>): void {
  const hidden = new Set(
    kindBoxes()
      .filter((c) => !c.checked)
      .map((c) => c.getAttribute('data-kind')!),
  );
  hideKinds(nodeEls, edgeEls, hidden);
  const chain = byId('chain-scroll');
  hideKinds(chain.querySelectorAll('g.node'), chain.querySelectorAll('g.edge'), hidden);
}

function hideKinds(nodeGs: Iterable<Element>, edgeGs: Iterable<Element>, hidden: Set<string>): void {
  const hiddenIds = new Set<string>();
  for (const g of nodeGs) {
    const off = hidden.has(g.getAttribute('data-kind') ?? '');
    g.classList.toggle('kind-hidden', off);
    if (off) hiddenIds.add(g.getAttribute('data-id')!);
  }
  for (const e of edgeGs) e.classList.toggle('kind-hidden', hiddenIds.has(e.getAttribute('data-from') ?? '') || hiddenIds.has(e.getAttribute('data-to') ?? ''));
}
