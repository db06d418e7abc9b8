/// <reference lib="dom" />
import type { ExplorerData, ExplorerNode } from '../data-types.js';
import { append, byId, clear, el } from './dom.js';

/** The longest list of matches shown under the search box. */
const SHOWN = 60;

function fold(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
}

/**
 * Search: text, id, or locator as written (C.4.ii) or as printed (C.4(ii)). Matching nodes are marked on
 * the drawing (`nodeEls`, read afresh each time: the pane's drawing changes), listed under the box, and
 * Enter or a click on one picks it (`select`).
 */
export class Search {
  readonly input = byId<HTMLInputElement>('search');
  private readonly results = byId<HTMLUListElement>('search-results');
  private readonly haystack: Map<string, string[]>;

  constructor(
    private readonly data: ExplorerData,
    private readonly nodeEls: () => readonly SVGGElement[],
    select: (id: string) => void,
  ) {
    this.haystack = new Map(data.nodes.map((n) => [n.id, [n.text, n.id, n.locator ?? '', n.locatorDisplay ?? '', n.quote ?? ''].map(fold)]));
    const { input: search, results } = this;
    search.addEventListener('input', () => this.run());
    search.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        const first = this.matches(search.value)[0];
        if (first) select(first.id);
        results.hidden = true;
      } else if (e.key === 'Escape') {
        search.value = '';
        this.run();
      } else if (e.key === 'ArrowDown') {
        e.preventDefault();
        results.querySelector('button')?.focus();
      }
    });
    results.addEventListener('click', () => {
      results.hidden = true;
    });
    results.addEventListener('keydown', (e) => {
      const buttons = [...results.querySelectorAll<HTMLButtonElement>('button')];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const next = at + (e.key === 'ArrowDown' ? 1 : -1);
        if (next < 0) search.focus();
        else buttons[Math.min(next, buttons.length - 1)]?.focus();
      } else if (e.key === 'Escape') {
        results.hidden = true;
        search.focus();
      }
    });
    document.addEventListener('pointerdown', (e) => {
      const t = e.target as Element;
      if (!results.hidden && !results.contains(t) && t !== search) results.hidden = true;
    });
    search.addEventListener('focus', () => {
      if (search.value.trim()) this.run();
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === '/' && document.activeElement !== search) {
        e.preventDefault();
        search.focus();
      }
    });
  }

  private matches(q: string): ExplorerNode[] {
    const needle = fold(q.trim());
    if (!needle) return [];
    const exactLocator = this.data.nodes.filter((n) => fold(n.locator ?? '') === needle || fold(n.locatorDisplay ?? '') === needle);
    const rest = this.data.nodes.filter((n) => !exactLocator.includes(n) && this.haystack.get(n.id)!.some((h) => h.includes(needle)));
    return [...exactLocator, ...rest];
  }

  /** Marks the drawing's nodes that match what is typed. */
  markMatches(): ExplorerNode[] {
    const found = this.matches(this.input.value);
    const ids = new Set(found.map((n) => n.id));
    for (const g of this.nodeEls()) g.classList.toggle('match', ids.has(g.getAttribute('data-id') ?? ''));
    return found;
  }

  private run(): void {
    const { input: search, results } = this;
    const found = this.markMatches();
    clear(results);
    results.hidden = search.value.trim() === '';
    if (results.hidden) return;
    if (found.length === 0) append(results, el('li', { class: 'none' }, 'No node matches.'));
    for (const n of found.slice(0, SHOWN)) {
      append(
        results,
        el(
          'li',
          {},
          el('button', { type: 'button', class: 'result', 'data-goto': n.id }, el('span', { class: `kind-dot k-${n.kind}` }), n.text, n.locatorDisplay ? el('span', { class: 'loc' }, ` · ${n.locatorDisplay}`) : null),
        ),
      );
    }
    if (found.length > SHOWN) append(results, el('li', { class: 'none' }, `and ${found.length - SHOWN} more; type more to narrow.`));
  }
}
