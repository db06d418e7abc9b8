/// <reference lib="dom" />
/*
 * The explorer page's script: it wires the drawing (marks.ts), the chain view, the side panel, search,
 * the kind filter and the views together around one selection, and keeps the address and a reload's
 * state in step with it.
 */
import type { ExplorerData, ExplorerFinding, ExplorerNode } from '../data-types.js';
import { addressOf, restoringAddress, setLink } from './address.js';
import { mapOf } from './chain-layout.js';
import { ChainView } from './chain-view.js';
import { chainOf, graphOf, type Chain } from './chains.js';
import { byId } from './dom.js';
import { renderFindings } from './findings.js';
import { applyKindFilter, kindBoxes } from './kind-filter.js';
import { DrawingMarks } from './marks.js';
import { showInference, showNode, showWelcome, type PanelContext } from './panel.js';
import { keepOnReload, takeReloadState, type ReloadState } from './reload-state.js';
import { Search } from './search.js';
import { Tabs, isTab } from './tabs.js';
import { Viewport, startOf } from './viewport.js';
import { OVERVIEW, WHOLE_MAP, Views, sectionKey, type View } from './views.js';
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

const drawing = new DrawingMarks(data, nodes);
const filterKinds = (): void => applyKindFilter(drawing.nodeEls, drawing.edgeEls);

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
  onDrawn: () => filterKinds(),
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

/** Drawn elements of the selected node and everything marked around it. */
function chainEls(id: string, chain: Chain): SVGGElement[] {
  return drawing.els([id, ...chain.restsOn, ...chain.supports, ...chain.attackers]);
}

/** The selected node, kept across views. */
let selectedId: string | undefined;
/** The selected inference junction, which the address does not name (kept across a reload by reload-state). */
let selectedInference: string | undefined;

/** The address of what is shown: the node, and the view when it is not the one the node opens in. */
const address = (id = selectedId): string => addressOf(views, id);

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
    filterKinds();
  }
  const chain = chainOf(graph, id);
  drawing.mark(new Set([id]), chain);
  showNode(nodePanel, panelCtx, id, chain);
  byId('fit-chain').addEventListener('click', () => {
    chainView.hide();
    viewport.reveal(chainEls(id, chain));
  });
  void chainView.showChain(id);
  tabs.show('node');
  const els = drawing.els([id]).filter((e) => e.classList.contains('node'));
  if (reveal) viewport.reveal(els, drawing.els(neighbours(id)));
  setLink(address(id));
}

/** An inference junction: its premises and what it rests on, what rests on its conclusion, its undercutters. */
function selectInference(id: string): void {
  const inf = data.inferences.find((i) => i.id === id);
  if (!inf) return;
  showDrawing([id], views.homeOf(inf.conclusion));
  const chain = chainOf(graph, id);
  drawing.mark(new Set([id]), chain);
  // In the chain view the junction takes over the marks of the node picked before; not drawn there, the map shows it.
  if (!chainView.markChain(id, chain)) chainView.hide();
  showInference(nodePanel, panelCtx, id, chain);
  tabs.show('node');
  // The address names nodes only: it must stop naming the node picked before (reload-state keeps the junction).
  selectedId = undefined;
  selectedInference = id;
  setLink(address(undefined));
}

function deselect(): void {
  chainView.hide();
  drawing.clear();
  selectedId = undefined;
  selectedInference = undefined;
  showWelcome(nodePanel, data);
  setLink(address(undefined));
}

function showFinding(f: ExplorerFinding): void {
  const known = f.nodes.filter((id) => nodes.has(id));
  if (known.length > 0) showDrawing(known, views.homeOf(known[0]!));
  const ids = new Set(f.nodes.filter((id) => drawing.vertexEls.has(id)));
  if (!chainView.markNodes([...ids])) chainView.hide();
  drawing.mark(ids, { restsOn: new Set(), supports: new Set(), attackers: new Set(), conceded: new Set() });
  viewport.reveal(drawing.els(ids));
}

const tabs = new Tabs();

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

const search = new Search(data, () => drawing.nodeEls, (id) => select(id, true));

byId('kinds').addEventListener('change', filterKinds);

renderFindings(byId('panel-findings'), { data, show: showFinding });

/**
 * Each view opens readable: the overview with its type at 11 px at least, a section at 9 px at least
 * from its top (where its conclusions are), the whole map fitted with its text hidden until zoomed in.
 */
function onShow(view: View): void {
  drawing.bind(view.svg);
  viewport.attach(view.svg);
  semantic.bind(view.svg);
  const least = view.kind === 'overview' ? OVERVIEW_LABEL_PX : view.kind === 'map' ? 0 : MIN_LABEL_PX;
  // A hair over the least: the viewBox is written to two decimals, which may round the scale down.
  viewport.open((least * 1.001) / semantic.smallest, view.kind === 'overview' ? undefined : startOf(view.svg));
  filterKinds();
  search.markMatches();
  const again = drawing.marked;
  if (again && view.kind !== 'overview') drawing.mark(again.selected, again.chain);
  else if (again) drawing.marked = again;
  setLink(address());
}

viewport.anchor = () => {
  const e = selectedId === undefined ? undefined : drawing.els([selectedId]).find((g) => g.classList.contains('node'));
  if (!e) return undefined;
  const r = e.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

function selectFromAddress(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  const id = params.get('node') ?? undefined;
  const view = params.get('view') ?? undefined;
  restoringAddress(() => {
    const node = id !== undefined && nodes.has(id) ? id : undefined;
    views.show(view !== undefined && views.has(view) ? view : node !== undefined ? views.homeOf(node) : views.has(OVERVIEW) ? OVERVIEW : WHOLE_MAP);
    if (node !== undefined) select(node, true);
    else deselect();
  });
}
window.addEventListener('popstate', selectFromAddress);

keepOnReload(() => ({
  hash: location.hash,
  view: views.current.key,
  box: viewport.shown,
  ...(selectedInference !== undefined ? { inference: selectedInference } : {}),
  tab: tabs.open,
  hiddenKinds: kindBoxes()
    .filter((c) => !c.checked)
    .map((c) => c.getAttribute('data-kind')!),
  search: search.input.value,
}));

/** After a reload (argmap watch's, on a save): back to the view, pick, tab, filters and zoom the reader left. */
function restoreAfterReload(state: ReloadState): void {
  restoringAddress(() => {
    if (views.has(state.view) && views.current.key !== state.view) views.show(state.view);
    for (const c of kindBoxes()) c.checked = !state.hiddenKinds.includes(c.getAttribute('data-kind')!);
    filterKinds();
    search.input.value = state.search;
    search.markMatches();
    // Picked after the node the address names (or with none), as the reader did.
    if (state.inference !== undefined && data.inferences.some((i) => i.id === state.inference)) selectInference(state.inference);
    if (isTab(state.tab)) tabs.show(state.tab);
    if (views.current.key === state.view) viewport.show(state.box);
  });
}

selectFromAddress();
const reloaded = takeReloadState();
if (reloaded) restoreAfterReload(reloaded);
document.body.setAttribute('data-ready', 'true');
