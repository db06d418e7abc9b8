/// <reference lib="dom" />
import { RELATION_TYPES } from '../../../model/kinds.js';
import { plural } from '../../../model/plural.js';
import type { ExplorerData, ExplorerFinding, ExplorerNode } from '../data-types.js';
import { mapOf } from './chain-layout.js';
import { ChainView } from './chain-view.js';
import { chainOf, graphOf, type Chain } from './chains.js';
import { append, byId, clear, el } from './dom.js';
import { renderFindings } from './findings.js';
import { kindLabel, showInference, showNode, type PanelContext } from './panel.js';
import { Viewport, drawingBox } from './viewport.js';
import { OVERVIEW, WHOLE_MAP, Views, sectionKey, type View } from './views.js';
import { keepOnReload, takeReloadState, type ReloadState } from './reload-state.js';
import { MIN_LABEL_PX, OVERVIEW_LABEL_PX, SemanticZoom } from './zoom.js';

// First, before anything is measured: the layout with the script differs from the static fallback.
document.body.classList.add('js');

const data = JSON.parse(byId('argmap-data').textContent ?? '{}') as ExplorerData;
const nodes = new Map<string, ExplorerNode>(data.nodes.map((n) => [n.id, n]));
const graph = graphOf(data);
const host = byId<HTMLDivElement>('map-pane');
const viewport = new Viewport(host, host.querySelector('svg') as SVGSVGElement);
const semantic = new SemanticZoom();
const views = new Views(host.querySelector('svg') as SVGSVGElement, (view) => onShow(view));
// The breadcrumb says so while labels are hidden, so an empty-looking drawing is not taken for a fault.
viewport.onScale = (scale) => document.body.classList.toggle('text-hidden', semantic.update(scale));

/** Every drawn vertex of the shown drawing (map nodes, and inference junctions if drawn) by id. */
let vertexEls = new Map<string, SVGGElement[]>();
let nodeEls: SVGGElement[] = [];
let edgeEls: SVGGElement[] = [];
const relationTypes = new Set<string>(RELATION_TYPES);
const ATTACK_TYPES = new Set<string>(['attacks', 'undercuts', 'contradicts']);

/** Reads the elements of the drawing just put into the pane and makes its nodes reachable by keyboard. */
function bindDrawing(svg: SVGSVGElement): void {
  vertexEls = new Map();
  for (const g of svg.querySelectorAll<SVGGElement>('[data-id]')) {
    const id = g.getAttribute('data-id')!;
    vertexEls.set(id, [...(vertexEls.get(id) ?? []), g]);
  }
  nodeEls = [...svg.querySelectorAll<SVGGElement>('g.node')];
  edgeEls = [...svg.querySelectorAll<SVGGElement>('g.edge')];
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
  for (const g of svg.querySelectorAll<SVGGElement>('g.section[data-section]')) {
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.setAttribute('aria-label', `Open ${g.querySelector('title')?.textContent ?? 'this section'}`);
  }
}

const STATE_CLASSES = ['selected', 'rests-on', 'supports', 'attacker', 'dimmed', 'in-chain', 'attack'];

/** What is marked now, so a drawing put into the pane later is marked the same way. */
let marked: { selected: Set<string>; chain: Chain } | undefined;

function clearMarks(): void {
  for (const list of vertexEls.values()) for (const e of list) e.classList.remove(...STATE_CLASSES);
  for (const e of edgeEls) e.classList.remove(...STATE_CLASSES);
  document.body.classList.remove('has-selection');
  marked = undefined;
}

/** Marks the map: `selected` ids, and around them the chain (what they rest on, what rests on them, attackers). */
function mark(selected: Set<string>, chain: Chain): void {
  clearMarks();
  marked = { selected, chain };
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
    // A one-premise step is drawn as its line alone (no junction box): the line is what a selected step marks.
    if (selected.has(e.getAttribute('data-inference') ?? '')) e.classList.add('selected');
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
  onDrawn: () => applyKindFilter(),
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
    const was = new URLSearchParams(location.hash.slice(1));
    const now = new URLSearchParams(url.startsWith('#') ? url.slice(1) : '');
    // Clearing the selection rewrites the entry; every other change (a node, a view) is one step Back undoes.
    const clearing = was.has('node') && !now.has('node') && was.get('view') === now.get('view');
    if (url !== location.hash && !clearing) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  } catch {
    // Sandboxed viewers (mail previews) may forbid history changes; the page works without them.
  }
}

/** Drawn elements of the selected node and everything marked around it. */
function chainEls(id: string, chain: Chain): SVGGElement[] {
  return [id, ...chain.restsOn, ...chain.supports, ...chain.attackers].flatMap((k) => vertexEls.get(k) ?? []);
}

/** The selected node, kept across views. */
let selectedId: string | undefined;
/** The selected inference junction, which the address does not name (kept across a reload by reload-state). */
let selectedInference: string | undefined;

/** The address of what is shown: the node, and the view when it is not the one the node opens in. */
function address(id = selectedId): string {
  const v = views.current.key;
  if (id !== undefined) return `#node=${encodeURIComponent(id)}${v === views.homeOf(id) ? '' : `&view=${encodeURIComponent(v)}`}`;
  return v === OVERVIEW || (v === WHOLE_MAP && !views.has(OVERVIEW)) ? location.pathname + location.search : `#view=${encodeURIComponent(v)}`;
}

/** Shows a view that draws all of `ids`: the shown one if it does (and is not the overview), else their section, else the whole map. */
function showDrawing(ids: string[], home: string): boolean {
  if (views.current.kind !== 'overview' && ids.every((k) => views.draws(k))) return false;
  views.show(home);
  if (!ids.every((k) => views.draws(k))) views.show(WHOLE_MAP);
  return true;
}

function select(id: string, reveal: boolean): void {
  const node = nodes.get(id);
  if (!node) return;
  selectedId = id;
  selectedInference = undefined;
  // Picked in the overview, or not in the drawing shown: open the drawing where it reads best.
  if (showDrawing([id], views.homeOf(id))) reveal = true;
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
  setLink(address(id));
}

/** An inference junction: its premises and what it rests on, what rests on its conclusion, its undercutters. */
function selectInference(id: string): void {
  const inf = data.inferences.find((i) => i.id === id);
  if (!inf) return;
  showDrawing([id], views.homeOf(inf.conclusion));
  const chain = chainOf(graph, id);
  mark(new Set([id]), chain);
  // In the chain view the junction takes over the marks of the node picked before; not drawn there, the map shows it.
  if (!chainView.markChain(id, chain)) chainView.hide();
  showInference(nodePanel, panelCtx, id, chain);
  showTab('node');
  // The address names nodes only: it must stop naming the node picked before (reload-state keeps the junction).
  selectedId = undefined;
  selectedInference = id;
  setLink(address(undefined));
}

function deselect(): void {
  chainView.hide();
  clearMarks();
  selectedId = undefined;
  selectedInference = undefined;
  clear(nodePanel);
  const conclusions = data.nodes.filter((n) => n.kind === 'conclusion');
  const f = data.findings?.filter((x) => !x.suppressed);
  append(
    nodePanel,
    el('p', { class: 'note' }, 'Click a node, or focus it with Tab and press Enter, to see what it rests on, what rests on it, what challenges it and its words in the source.'),
    el(
      'p',
      { class: 'note' },
      `${plural(data.nodes.length, 'node')}, ${plural(data.inferences.length, 'step')} of reasoning, ${plural(data.relations.length, 'other relation')}` +
        (f ? `; the checks report ${plural(f.filter((x) => x.severity === 'error').length, 'error')} and ${plural(f.filter((x) => x.severity === 'warning').length, 'warning')}.` : '.'),
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
  setLink(address(undefined));
}

function showFinding(f: ExplorerFinding): void {
  const known = f.nodes.filter((id) => nodes.has(id));
  if (known.length > 0) showDrawing(known, views.homeOf(known[0]!));
  const ids = new Set(f.nodes.filter((id) => vertexEls.has(id)));
  if (!chainView.markNodes([...ids])) chainView.hide();
  mark(ids, { restsOn: new Set(), supports: new Set(), attackers: new Set() });
  viewport.reveal([...ids].flatMap((id) => vertexEls.get(id) ?? []));
}

// Tabs
const tabs = ['node', 'findings', 'ach'] as const;
let openTab: (typeof tabs)[number] = 'node';
function showTab(name: (typeof tabs)[number]): void {
  openTab = name;
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
/** Opens an overview box's own drawing; a conclusion named in the box is then selected there. */
function openSection(id: string, nodeId: string | null | undefined): void {
  if (!views.show(sectionKey(id))) return;
  if (nodeId && views.draws(nodeId)) select(nodeId, true);
}

host.addEventListener('click', (e) => {
  if (viewport.wasDrag) return;
  const section = (e.target as Element).closest('g.section[data-section]');
  if (section) return openSection(section.getAttribute('data-section')!, (e.target as Element).closest('g.node')?.getAttribute('data-id'));
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
  const section = (e.target as Element).closest?.('g.section[data-section]');
  if ((e.key === 'Enter' || e.key === ' ') && section && e.target === section) {
    e.preventDefault();
    return openSection(section.getAttribute('data-section')!, undefined);
  }
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
function markMatches(): ExplorerNode[] {
  const found = matches(search.value);
  const ids = new Set(found.map((n) => n.id));
  for (const g of nodeEls) g.classList.toggle('match', ids.has(g.getAttribute('data-id') ?? ''));
  return found;
}
function runSearch(): void {
  const found = markMatches();
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

// Kind filter: hides a kind's nodes and the edges that touch them, on the map and in the chain view over it.
function applyKindFilter(): void {
  const hidden = new Set([...document.querySelectorAll<HTMLInputElement>('#kinds input[data-kind]')].filter((c) => !c.checked).map((c) => c.getAttribute('data-kind')!));
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
byId('kinds').addEventListener('change', applyKindFilter);

renderFindings(byId('panel-findings'), { data, show: showFinding });

/**
 * Each view opens readable: the overview with its type at 11 px at least, a section at 9 px at least
 * from its top (where its conclusions are), the whole map fitted with its text hidden until zoomed in.
 */
function onShow(view: View): void {
  bindDrawing(view.svg);
  viewport.attach(view.svg);
  semantic.bind(view.svg);
  const least = view.kind === 'overview' ? OVERVIEW_LABEL_PX : view.kind === 'map' ? 0 : MIN_LABEL_PX;
  // A hair over the least: the viewBox is written to two decimals, which may round the scale down.
  viewport.open((least * 1.001) / semantic.smallest, view.kind === 'overview' ? undefined : startOf(view.svg));
  applyKindFilter();
  markMatches();
  const again = marked;
  if (again && view.kind !== 'overview') mark(again.selected, again.chain);
  else if (again) marked = again;
  setLink(address());
}

/**
 * Where a drawing too big for the pane is first shown from: above the middle of its conclusions (or,
 * with none, of its nodes that something rests on), in drawing units; the reader works down from there.
 */
function startOf(svg: SVGSVGElement): { x0: number; x1: number; y: number } | undefined {
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

viewport.anchor = () => {
  const e = selectedId === undefined ? undefined : (vertexEls.get(selectedId) ?? []).find((g) => g.classList.contains('node'));
  if (!e) return undefined;
  const r = e.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

function selectFromAddress(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  const id = params.get('node') ?? undefined;
  const view = params.get('view') ?? undefined;
  restoring = true;
  const node = id !== undefined && nodes.has(id) ? id : undefined;
  views.show(view !== undefined && views.has(view) ? view : node !== undefined ? views.homeOf(node) : views.has(OVERVIEW) ? OVERVIEW : WHOLE_MAP);
  if (node !== undefined) select(node, true);
  else deselect();
  restoring = false;
}
window.addEventListener('popstate', selectFromAddress);

const kindBoxes = (): HTMLInputElement[] => [...document.querySelectorAll<HTMLInputElement>('#kinds input[data-kind]')];
keepOnReload(() => ({
  hash: location.hash,
  view: views.current.key,
  box: viewport.shown,
  ...(selectedInference !== undefined ? { inference: selectedInference } : {}),
  tab: openTab,
  hiddenKinds: kindBoxes()
    .filter((c) => !c.checked)
    .map((c) => c.getAttribute('data-kind')!),
  search: search.value,
}));

/** After a reload (argmap watch's, on a save): back to the view, pick, tab, filters and zoom the reader left. */
function restoreAfterReload(state: ReloadState): void {
  restoring = true;
  if (views.has(state.view) && views.current.key !== state.view) views.show(state.view);
  for (const c of kindBoxes()) c.checked = !state.hiddenKinds.includes(c.getAttribute('data-kind')!);
  applyKindFilter();
  search.value = state.search;
  markMatches();
  // Picked after the node the address names (or with none), as the reader did.
  if (state.inference !== undefined && data.inferences.some((i) => i.id === state.inference)) selectInference(state.inference);
  if ((tabs as readonly string[]).includes(state.tab)) showTab(state.tab as (typeof tabs)[number]);
  if (views.current.key === state.view) viewport.show(state.box);
  restoring = false;
}

selectFromAddress();
const reloaded = takeReloadState();
if (reloaded) restoreAfterReload(reloaded);
document.body.setAttribute('data-ready', 'true');
