/// <reference lib="dom" />
import { RELATION_TYPES } from '../../../model/kinds.js';
import type { ExplorerData, ExplorerFinding, ExplorerNode } from '../data-types.js';
import { mapOf } from './chain-layout.js';
import { ChainView } from './chain-view.js';
import { chainOf, graphOf, type Chain } from './chains.js';
import { append, byId, clear, el } from './dom.js';
import { renderFindings } from './findings.js';
import { kindLabel, showInference, showNode, type PanelContext } from './panel.js';
import { Viewport } from './viewport.js';

// First, before anything is measured: the layout with the script differs from the static fallback.
document.body.classList.add('js');

const data = JSON.parse(byId('argmap-data').textContent ?? '{}') as ExplorerData;
const nodes = new Map<string, ExplorerNode>(data.nodes.map((n) => [n.id, n]));
const graph = graphOf(data);
const host = byId<HTMLDivElement>('map-pane');
const svg = host.querySelector('svg') as SVGSVGElement;
const viewport = new Viewport(host, svg);

/** Every drawn vertex (map nodes, and inference junctions if the renderer draws them) by id. */
const vertexEls = new Map<string, SVGGElement[]>();
for (const g of svg.querySelectorAll<SVGGElement>('[data-id]')) {
  const id = g.getAttribute('data-id')!;
  vertexEls.set(id, [...(vertexEls.get(id) ?? []), g]);
}
const nodeEls = [...svg.querySelectorAll<SVGGElement>('g.node')];
const edgeEls = [...svg.querySelectorAll<SVGGElement>('g.edge')];
const relationTypes = new Set<string>(RELATION_TYPES);
const ATTACK_TYPES = new Set<string>(['attacks', 'undercuts', 'contradicts']);

for (const g of nodeEls) {
  const n = nodes.get(g.getAttribute('data-id') ?? '');
  g.setAttribute('tabindex', '0');
  g.setAttribute('role', 'button');
  if (n) g.setAttribute('aria-label', `${kindLabel(n.kind)}: ${n.text}`);
}
for (const g of svg.querySelectorAll<SVGGElement>('g.inference[data-id]')) {
  const inf = data.inferences.find((i) => i.id === g.getAttribute('data-id'));
  if (!inf) continue;
  // Reachable by pointer and from a node's panel, but kept out of the Tab order, which walks the nodes.
  g.setAttribute('tabindex', '-1');
  g.setAttribute('role', 'button');
  g.setAttribute('aria-label', `Inference${inf.scheme ? ` (${inf.scheme})` : ''} to: ${nodes.get(inf.conclusion)?.text ?? inf.conclusion}`);
}

const STATE_CLASSES = ['selected', 'rests-on', 'supports', 'attacker', 'dimmed', 'in-chain', 'attack'];

function clearMarks(): void {
  for (const list of vertexEls.values()) for (const e of list) e.classList.remove(...STATE_CLASSES);
  for (const e of edgeEls) e.classList.remove(...STATE_CLASSES);
  document.body.classList.remove('has-selection');
}

/** Marks the map: `selected` ids, and around them the chain (what they rest on, what rests on them, attackers). */
function mark(selected: Set<string>, chain: Chain): void {
  clearMarks();
  document.body.classList.add('has-selection');
  const lit = new Set([...selected, ...chain.restsOn, ...chain.supports]);
  // Attackers are those of the selection and of what it rests on; only those attack edges are drawn out.
  const hit = new Set([...selected, ...chain.restsOn]);
  for (const [id, list] of vertexEls) {
    for (const e of list) {
      if (selected.has(id)) e.classList.add('selected');
      if (chain.restsOn.has(id)) e.classList.add('rests-on');
      if (chain.supports.has(id)) e.classList.add('supports');
      if (chain.attackers.has(id)) e.classList.add('attacker');
      if (!lit.has(id) && !chain.attackers.has(id)) e.classList.add('dimmed');
    }
  }
  for (const e of edgeEls) {
    const from = e.getAttribute('data-from') ?? '';
    const to = e.getAttribute('data-to') ?? '';
    const type = e.getAttribute('data-type') ?? '';
    const support = !relationTypes.has(type);
    if (support && lit.has(from) && lit.has(to)) e.classList.add('in-chain');
    else if (ATTACK_TYPES.has(type) && chain.attackers.has(from) && hit.has(to)) e.classList.add('attack');
    else if (type === 'contradicts' && chain.attackers.has(to) && hit.has(from)) e.classList.add('attack');
    else e.classList.add('dimmed');
  }
}

const panelCtx: PanelContext = { data, nodes };
// Selecting a node lays out its chain over the map. Leaving it shows the whole map as the reader left it,
// the selection marked: moving the view there would zoom a large map in to 1:1 and lose the reader's place.
const chainView = new ChainView({
  host,
  data,
  map: mapOf(data),
  graph,
  onSelect: (id, inference) => (inference ? selectInference(id) : select(id, false)),
  onLeave: () => undefined,
});
const nodePanel = byId('panel-node');

/** One step of reasoning either way: the node's direct premises (and junctions) and what it directly supports. */
function neighbours(id: string): string[] {
  const out: string[] = [];
  for (const i of data.inferences) {
    if (i.conclusion === id) out.push(i.id, ...i.premises);
    if (i.premises.includes(id)) out.push(i.id, i.conclusion);
  }
  return out;
}

/** True while the selection is being set from the address, which must then not be rewritten. */
let restoring = false;

/**
 * Keeps the address pointing at the selection, so a link or a reload reopens it. Each new selection is a
 * history entry, so the browser's Back retraces a walk through the argument.
 */
function setLink(url: string): void {
  if (restoring) return;
  try {
    if (location.hash.startsWith('#node=') && url.startsWith('#node=') && url !== location.hash) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  } catch {
    // Sandboxed viewers (mail previews) may forbid history changes; the page works without them.
  }
}

/** Drawn elements of the selected node and everything marked around it. */
function chainEls(id: string, chain: Chain): SVGGElement[] {
  return [id, ...chain.restsOn, ...chain.supports, ...chain.attackers].flatMap((k) => vertexEls.get(k) ?? []);
}

function select(id: string, reveal: boolean): void {
  const node = nodes.get(id);
  if (!node) return;
  // Selecting a node of a hidden kind (from search, a finding or a list) shows that kind again.
  const box = document.querySelector<HTMLInputElement>(`#kinds input[data-kind="${CSS.escape(node.kind)}"]`);
  if (box && !box.checked) {
    box.checked = true;
    applyKindFilter();
  }
  const chain = chainOf(graph, id);
  mark(new Set([id]), chain);
  showNode(nodePanel, panelCtx, id, chain);
  byId('fit-chain').addEventListener('click', () => {
    chainView.hide();
    viewport.reveal(chainEls(id, chain));
  });
  void chainView.showChain(id);
  showTab('node');
  const els = (vertexEls.get(id) ?? []).filter((e) => e.classList.contains('node'));
  if (reveal) viewport.reveal(els, neighbours(id).flatMap((k) => vertexEls.get(k) ?? []));
  setLink(`#node=${encodeURIComponent(id)}`);
}

/** An inference junction: its premises and what it rests on, what rests on its conclusion, its undercutters. */
function selectInference(id: string): void {
  if (!data.inferences.some((i) => i.id === id)) return;
  const chain = chainOf(graph, id);
  mark(new Set([id]), chain);
  showInference(nodePanel, panelCtx, id, chain);
  showTab('node');
}

function deselect(): void {
  chainView.hide();
  clearMarks();
  clear(nodePanel);
  const conclusions = data.nodes.filter((n) => n.kind === 'conclusion');
  const f = data.findings;
  append(
    nodePanel,
    el('p', { class: 'note' }, 'Click a node, or focus it with Tab and press Enter, to see what it rests on, what rests on it, what challenges it and its words in the source.'),
    el(
      'p',
      { class: 'note' },
      `${data.nodes.length} nodes, ${data.inferences.length} steps of reasoning, ${data.relations.length} other relations` +
        (f ? `; the checks report ${f.filter((x) => x.severity === 'error').length} errors and ${f.filter((x) => x.severity === 'warning').length} warnings.` : '.'),
    ),
    conclusions.length
      ? el(
          'section',
          { class: 'related' },
          el('h3', {}, `Start from a conclusion (${conclusions.length})`),
          el('ul', {}, ...conclusions.map((n) => el('li', {}, el('button', { type: 'button', class: 'link', 'data-goto': n.id }, el('span', { class: 'kind-dot k-conclusion' }), n.text)))),
        )
      : null,
    data.description ? el('section', { class: 'about' }, el('h3', {}, 'About this map'), el('p', { class: 'description' }, data.description)) : null,
  );
  setLink(location.pathname + location.search);
}

function showFinding(f: ExplorerFinding): void {
  const ids = new Set(f.nodes.filter((id) => vertexEls.has(id)));
  if (!chainView.markNodes([...ids])) chainView.hide();
  mark(ids, { restsOn: new Set(), supports: new Set(), attackers: new Set() });
  viewport.reveal([...ids].flatMap((id) => vertexEls.get(id) ?? []));
}

// Tabs
const tabs = ['node', 'findings', 'ach'] as const;
function showTab(name: (typeof tabs)[number]): void {
  for (const t of tabs) {
    const on = t === name;
    byId(`tab-${t}`).setAttribute('aria-selected', String(on));
    byId(`panel-${t}`).hidden = !on;
  }
  // The matrices need room: the side panel widens while the ACH tab is open.
  document.body.classList.toggle('side-wide', name === 'ach');
}
for (const t of tabs) byId(`tab-${t}`).addEventListener('click', () => showTab(t));

// Selection by pointer and keyboard
host.addEventListener('click', (e) => {
  if (viewport.wasDrag) return;
  const g = (e.target as Element).closest('g.node, g.inference');
  const id = g?.getAttribute('data-id');
  if (id && g!.classList.contains('inference')) selectInference(id);
  else if (id) select(id, false);
  else deselect();
});
host.addEventListener('dblclick', (e) => {
  const id = (e.target as Element).closest('g.node')?.getAttribute('data-id');
  if (id && nodes.has(id)) viewport.reveal(chainEls(id, chainOf(graph, id)));
});
host.addEventListener('keydown', (e) => {
  const g = (e.target as Element).closest?.('g.node, g.inference');
  if ((e.key === 'Enter' || e.key === ' ') && g) {
    e.preventDefault();
    if (g.classList.contains('inference')) selectInference(g.getAttribute('data-id')!);
    else select(g.getAttribute('data-id')!, true);
  } else if (e.key === 'Escape') deselect();
});
document.addEventListener('click', (e) => {
  const goto = (e.target as Element).closest?.('[data-goto], [data-step]');
  if (goto?.hasAttribute('data-step')) selectInference(goto.getAttribute('data-step')!);
  else if (goto) select(goto.getAttribute('data-goto')!, true);
});

// ACH tables: an evidence row or a hypothesis column head selects that node on the map.
byId('panel-ach').addEventListener('click', (e) => {
  const target = e.target as Element;
  const id = target.closest('[data-evidence]')?.getAttribute('data-evidence') ?? target.closest('thead th[title]')?.getAttribute('title');
  if (id && nodes.has(id)) select(id, true);
});

// Zoom buttons
byId('fit').addEventListener('click', () => {
  chainView.hide();
  viewport.fit();
});
byId('zoom-in').addEventListener('click', () => viewport.zoom(1.25));
byId('zoom-out').addEventListener('click', () => viewport.zoom(0.8));

// Search: text, id, or locator as written (C.4.ii) or as printed (C.4(ii)).
const search = byId<HTMLInputElement>('search');
const results = byId<HTMLUListElement>('search-results');
function fold(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
}
const haystack = new Map(data.nodes.map((n) => [n.id, [n.text, n.id, n.locator ?? '', n.locatorDisplay ?? '', n.quote ?? ''].map(fold)]));
function matches(q: string): ExplorerNode[] {
  const needle = fold(q.trim());
  if (!needle) return [];
  const exactLocator = data.nodes.filter((n) => fold(n.locator ?? '') === needle || fold(n.locatorDisplay ?? '') === needle);
  const rest = data.nodes.filter((n) => !exactLocator.includes(n) && haystack.get(n.id)!.some((h) => h.includes(needle)));
  return [...exactLocator, ...rest];
}
function runSearch(): void {
  const found = matches(search.value);
  const ids = new Set(found.map((n) => n.id));
  for (const g of nodeEls) g.classList.toggle('match', ids.has(g.getAttribute('data-id') ?? ''));
  clear(results);
  results.hidden = search.value.trim() === '';
  if (results.hidden) return;
  if (found.length === 0) append(results, el('li', { class: 'none' }, 'No node matches.'));
  for (const n of found.slice(0, 60)) {
    append(
      results,
      el(
        'li',
        {},
        el('button', { type: 'button', class: 'result', 'data-goto': n.id }, el('span', { class: `kind-dot k-${n.kind}` }), n.text, n.locatorDisplay ? el('span', { class: 'loc' }, ` · ${n.locatorDisplay}`) : null),
      ),
    );
  }
  if (found.length > 60) append(results, el('li', { class: 'none' }, `and ${found.length - 60} more; type more to narrow.`));
}
search.addEventListener('input', runSearch);
search.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    const first = matches(search.value)[0];
    if (first) select(first.id, true);
    results.hidden = true;
  } else if (e.key === 'Escape') {
    search.value = '';
    runSearch();
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
  if (search.value.trim()) runSearch();
});
document.addEventListener('keydown', (e) => {
  if (e.key === '/' && document.activeElement !== search) {
    e.preventDefault();
    search.focus();
  }
});

// Kind filter: hides a kind's nodes and the edges that touch them.
function applyKindFilter(): void {
  const hidden = new Set([...document.querySelectorAll<HTMLInputElement>('#kinds input[data-kind]')].filter((c) => !c.checked).map((c) => c.getAttribute('data-kind')!));
  const hiddenIds = new Set<string>();
  for (const g of nodeEls) {
    const off = hidden.has(g.getAttribute('data-kind') ?? '');
    g.classList.toggle('kind-hidden', off);
    if (off) hiddenIds.add(g.getAttribute('data-id')!);
  }
  for (const e of edgeEls) e.classList.toggle('kind-hidden', hiddenIds.has(e.getAttribute('data-from') ?? '') || hiddenIds.has(e.getAttribute('data-to') ?? ''));
}
byId('kinds').addEventListener('change', applyKindFilter);

renderFindings(byId('panel-findings'), { data, show: showFinding });

function selectFromAddress(): void {
  const m = /^#node=(.+)$/.exec(location.hash);
  const id = m ? decodeURIComponent(m[1]!) : undefined;
  restoring = true;
  if (id !== undefined && nodes.has(id)) select(id, true);
  else deselect();
  restoring = false;
}
window.addEventListener('popstate', selectFromAddress);

viewport.fit();
selectFromAddress();
document.body.setAttribute('data-ready', 'true');
