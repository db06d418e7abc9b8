import { createHash } from 'node:crypto';
import type { LoadedMap } from '../../io/load.js';
import type { SourceText } from '../../io/sources.js';
import type { ExplorerFinding } from './data-types.js';
import { escapeXml } from '../xml.js';
import { PAGE_CSS } from './page-style.js';
import { explorerLegendHtml } from './legend-html.js';
import { explorerData, scriptSafeJson } from './payload.js';

export interface ExplorerPageInput {
  loaded: LoadedMap;
  /** The drawn map: an SVG following the renderer's contract (`g.node[data-id]`, `g.edge[data-from][data-to]`, no script). */
  svg: string;
  /** Source texts by document id, as the caller read them (an empty map for none). */
  sources: Map<string, SourceText>;
  /** The checks' findings; leave out when the checks did not run (the page then says so). */
  findings?: ExplorerFinding[];
  /** ACH matrices as an HTML fragment, already escaped by its renderer; leave out for none. */
  achHtml?: string;
  /** The overview (render/overview's drawing, one box per section) the page opens on; without it the page opens on the whole map. */
  overview?: string;
  /** Each overview box's own drawing, by the box's `data-section`; a box without one opens nothing. */
  sections?: SectionView[];
  /** The bundled browser script (`dist/explorer-client.js`, see scripts/build-client.mjs), read by the caller. */
  clientScript: string;
}

/** One part of the map drawn alone, as the overview's box `id` opens it. */
export interface SectionView {
  id: string;
  title: string;
  svg: string;
}

/** A Content-Security-Policy source that allows exactly this inline script or style. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Inline styles allowed by hash: the page's sheet, any <style> block the drawing or the ACH tables bring,
 * and (CSP 3 'unsafe-hashes') the exact style attributes they use; nothing else.
 */
function styleSources(svg: string, achHtml: string): string {
  const all = svg + achHtml;
  const blocks = [PAGE_CSS, ...[...all.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!)];
  const attributes = [...all.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => (m[1] ?? m[2]!).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
  const hashes = [...new Set([...blocks, ...attributes].map(cspHash))].sort();
  return [...(attributes.length > 0 ? ["'unsafe-hashes'"] : []), ...hashes].join(' ');
}

/**
 * Nothing leaves the page and nothing is fetched: only the inline script with this exact hash runs,
 * images only from data: URLs, no connections, forms, frames, fonts or base-URL games.
 */
function contentSecurityPolicy(script: string, styles: string): string {
  return [
    "default-src 'none'",
    `script-src ${cspHash(script)}`,
    `style-src ${styles}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Element ids of the page itself; the inlined drawing must not reuse them. */
const PAGE_IDS = ['page-title', 'search', 'search-results', 'zoom-in', 'zoom-out', 'fit', 'kinds', 'map-col', 'crumbs', 'legend', 'view-overview', 'map-pane', 'side', 'tab-node', 'tab-findings', 'tab-ach', 'panel-node', 'panel-findings', 'panel-ach', 'finding-prev', 'finding-next', 'argmap-data', 'chain-view', 'chain-scroll', 'chain-leave', 'chain-depth'];

function assertInert(svg: string): void {
  // The renderer's contract says no script; a drawing that breaks it is refused rather than inlined.
  // Text in a well-formed drawing is escaped, so every `<` opens a real tag: look at tags and attribute names only.
  for (const tag of svg.matchAll(/<([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const name = tag[1]!.toLowerCase();
    if (name === 'script' || name === 'foreignobject' || name === 'iframe') throw new Error(`the SVG holds a <${tag[1]}> element; the explorer inlines only inert drawings`);
    for (const attr of tag[2]!.matchAll(/([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const attrName = attr[1]!.toLowerCase();
      if (attrName.startsWith('on')) throw new Error(`the SVG holds an event handler (${attr[1]}=…); the explorer inlines only inert drawings`);
      if ((attrName === 'href' || attrName === 'xlink:href') && /^["']?\s*javascript:/i.test(attr[2] ?? '')) throw new Error('the SVG holds a javascript: link; the explorer inlines only inert drawings');
    }
  }
  const clash = PAGE_IDS.find((id) => svg.includes(`id="${id}"`));
  if (clash) throw new Error(`the SVG uses the id "${clash}", which the explorer page needs for itself`);
}

function bare(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
}

const KIND_NAMES: Record<string, string> = {
  conclusion: 'Conclusions',
  claim: 'Claims',
  hypothesis: 'Hypotheses',
  prediction: 'Predictions',
  premise: 'Premises',
  evidence: 'Evidence',
  hedge: 'Hedges',
  source: 'Sources',
};

/** The whole explorer as one self-contained HTML document (same input → same bytes). */
export function buildExplorerPage(input: ExplorerPageInput): string {
  const { loaded, svg } = input;
  const sections = input.sections ?? [];
  const drawings = [svg, ...(input.overview ? [input.overview] : []), ...sections.map((s) => s.svg)];
  for (const d of drawings) assertInert(d);
  const data = explorerData(loaded, input.sources, input.findings);
  const script = input.clientScript;
  if (/<\/script/i.test(script)) throw new Error('the client bundle contains "</script"; it cannot be inlined');
  const achHtml = input.achHtml ?? '';
  const svgBody = bare(svg);
  // The other drawings wait inert in templates; the script puts one at a time into the pane, so the ids
  // each drawing repeats (markers, titles) are never in the document twice.
  const templates = [
    ...(input.overview ? [`<template id="view-overview" data-title="Overview">${bare(input.overview)}</template>`] : []),
    ...sections.map((s) => `<template class="view-section" data-section="${escapeXml(s.id)}" data-title="${escapeXml(s.title)}">${bare(s.svg)}</template>`),
  ].join('\n');
  const title = escapeXml(data.title);
  // Suppressed findings are listed apart and, as in `argmap check`, not counted.
  const count = data.findings?.filter((f) => !f.suppressed).length;
  const kinds = data.kinds
    .map((k) => `<label><input type="checkbox" data-kind="${k}" checked><span class="kind-dot k-${k}"></span>${KIND_NAMES[k] ?? escapeXml(k)}</label>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(script, styleSources(drawings.join('\n'), achHtml))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="argmap">
<title>${title}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="bar">
<h1 id="page-title" title="${title}">${title}</h1>
<div class="tools">
<input type="search" id="search" placeholder="Find text, id or locator, e.g. C.4(ii)" autocomplete="off" spellcheck="false" aria-label="Find nodes by text, id or locator" aria-controls="search-results">
<button type="button" id="zoom-out" title="Zoom out (-)" aria-label="Zoom out">−</button>
<button type="button" id="zoom-in" title="Zoom in (+)" aria-label="Zoom in">+</button>
<button type="button" id="fit" title="Fit the whole map (0)">Fit</button>
</div>
<fieldset id="kinds"><legend>Show</legend>${kinds}</fieldset>
<ul id="search-results" hidden></ul>
</header>
<noscript><p class="noscript">Scripts are off in this viewer, so the map is a static drawing: open the file in a web browser to search it, select nodes and read their sources.</p></noscript>
<main>
<div id="map-col">
<nav id="crumbs" aria-label="Where you are in the map"></nav>
<div id="map-pane" tabindex="0" aria-label="Argument map: drag or use the arrow keys to pan, wheel or + and - to zoom, 0 to fit; Tab to a node and press Enter to select it">
${svgBody}
</div>
${explorerLegendHtml(loaded.map)}
</div>
<aside id="side">
<div role="tablist" aria-label="Details">
<button type="button" role="tab" id="tab-node" aria-controls="panel-node" aria-selected="true">Node</button>
<button type="button" role="tab" id="tab-findings" aria-controls="panel-findings" aria-selected="false">Findings${count === undefined ? '' : ` (${count})`}</button>
<button type="button" role="tab" id="tab-ach" aria-controls="panel-ach" aria-selected="false">ACH</button>
</div>
<section id="panel-node" role="tabpanel" aria-labelledby="tab-node"></section>
<section id="panel-findings" role="tabpanel" aria-labelledby="tab-findings" hidden></section>
<section id="panel-ach" role="tabpanel" aria-labelledby="tab-ach" hidden>
${achHtml || '<p class="note">This page carries no ACH matrices (the map has no hypothesis sets, or the page was built without them).</p>'}
</section>
</aside>
</main>
<footer>
<span><span class="sw sel"></span>selected</span>
<span><span class="sw rests"></span>it rests on</span>
<span><span class="sw supp"></span>rests on it</span>
<span><span class="sw att"></span>challenges it</span>
${(loaded.map.relations ?? []).some((r) => r.outweighed) ? '<span><span class="sw conc"></span>challenges it, conceded: outweighed</span>\n' : ''}<span><kbd>/</kbd> find <kbd>Tab</kbd> <kbd>Enter</kbd> select <kbd>Esc</kbd> clear <kbd>←↑→↓</kbd> pan <kbd>+</kbd> <kbd>-</kbd> zoom <kbd>0</kbd> fit</span>
</footer>
${templates}
<script type="application/json" id="argmap-data">${scriptSafeJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
