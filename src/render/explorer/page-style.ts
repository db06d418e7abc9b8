import { kindCssVariables } from '../palette.js';
import { NAV_CSS } from './nav-style.js';

// The kinds' colours come from the palette the SVG draws with, so filters, badges and drawing agree.
/**
 * The page's style sheet: one inline <style>, allowed by its hash in the Content-Security-Policy. State
 * outlines go on a node's own outline (its direct children), not on the pills of its hedge badges.
 */
export const PAGE_CSS = `
:root{--ink:#1d2430;--muted:#5b6472;--line:#d5d9e0;--paper:#fff;--panel:#f6f7f9;--sel:#111;--rests:#1565c0;--supp:#2e7d32;--att:#c62828;--conc:#8d6e63;--mark:#ffe58a;
${kindCssVariables()}}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font:14px/1.45 'Liberation Sans',Arial,Helvetica,sans-serif;color:var(--ink);background:var(--paper);display:flex;flex-direction:column}
header.bar{display:flex;flex-wrap:wrap;align-items:center;gap:6px 16px;padding:6px 12px;border-bottom:1px solid var(--line);background:var(--panel);position:relative}
header h1{font-size:16px;margin:0;flex:1 1 260px;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.tools{display:flex;gap:6px;align-items:center}
#search{width:300px;max-width:60vw;padding:4px 8px;font:inherit;border:1px solid #a9b0bb;border-radius:4px}
button{font:inherit;cursor:pointer;border:1px solid #a9b0bb;background:#fff;border-radius:4px;padding:3px 9px;color:var(--ink)}
button:hover{background:#eef1f5}
button:focus-visible,input:focus-visible,#map-pane:focus-visible,g.node:focus-visible,g.inference:focus-visible{outline:3px solid #ffab00;outline-offset:2px}
#kinds{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:2px 10px;font-size:13px}
#kinds legend{float:left;margin-right:6px;color:var(--muted)}
#kinds label{white-space:nowrap;cursor:pointer}
.kind-dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin:0 5px 0 2px;vertical-align:baseline}
g.inference{cursor:pointer}
.k-inference{background:#424242}
${['conclusion', 'claim', 'hypothesis', 'prediction', 'premise', 'evidence', 'hedge', 'source'].map((k) => `.k-${k}{background:var(--k-${k})}`).join('\n')}
#search-results{position:absolute;z-index:5;top:100%;right:12px;width:min(560px,94vw);max-height:60vh;overflow:auto;margin:2px 0 0;padding:4px;list-style:none;background:#fff;border:1px solid var(--line);border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.18)}
#search-results li.none{padding:4px 8px;color:var(--muted)}
button.result{display:block;width:100%;text-align:left;border:0;padding:4px 8px}
.loc{color:var(--muted);font-size:12px;white-space:nowrap}
main{flex:1;display:flex;min-height:0}
#map-col{flex:1;min-width:0;display:flex;flex-direction:column;position:relative}
#map-pane{flex:1;min-width:0;min-height:0;position:relative;overflow:auto;background:#fbfbfc;touch-action:none;cursor:grab;user-select:none}
${NAV_CSS}
#map-pane:active{cursor:grabbing}
/* Without the script (blocked by a mail viewer) the drawing still scrolls at full size. */
body.js #map-pane{overflow:hidden}
.noscript{padding:4px 12px;background:#fff3cd;margin:0}
body:not(.js) :is(.tools,#kinds,aside#side,footer,#crumbs){display:none}
body.js #map-pane svg{display:block;width:100%;height:100%}
aside#side{width:min(440px,42vw);border-left:1px solid var(--line);display:flex;flex-direction:column;background:var(--paper)}
[role=tablist]{display:flex;gap:2px;padding:6px 8px 0;border-bottom:1px solid var(--line);background:var(--panel)}
[role=tab]{border-bottom:0;border-radius:4px 4px 0 0;background:transparent}
[role=tab][aria-selected=true]{background:#fff;font-weight:bold;position:relative;top:1px}
[role=tabpanel]{flex:1;overflow:auto;padding:10px 14px}
.note{color:var(--muted)}
.warn{color:var(--att)}
.kind-line{display:flex;gap:8px;align-items:center;margin:0}
.kind-badge{color:#fff;border-radius:3px;padding:1px 7px;font-size:12px;font-weight:bold}
.analyst-badge{border:1px dashed var(--muted);border-radius:3px;padding:0 6px;font-size:12px;color:var(--muted)}
.node-id{margin-left:auto;color:var(--muted);font-size:12px}
h2.node-text{font-size:17px;margin:8px 0}
h3{font-size:13px;margin:14px 0 4px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0}
dt{color:var(--muted)}
dd{margin:0}
blockquote.paragraph,blockquote.lead{position:relative;margin:4px 0;padding:8px 10px;background:var(--panel);border-left:3px solid var(--line);font-family:'Liberation Serif','Times New Roman',serif;font-size:15px;white-space:pre-wrap;max-height:40vh;overflow:auto}
mark{background:var(--mark);padding:0 1px}
blockquote.lead{color:var(--muted);font-size:13px;border-left-style:dotted;max-height:20vh}
p.where{margin:0 0 4px;font-size:12px;color:var(--muted)}
.node-actions{margin:0 0 6px}
.small-note{margin:0 0 4px 16px;font-size:12px}
.link-type{color:var(--muted);font-size:12px}
.node-actions button{font-size:12px}
.related ul,.reasoning ul,.rule ul,.suppressed ul{list-style:none;margin:0;padding:0}
button.link{border:0;background:none;padding:2px 0;text-align:left;color:var(--ink)}
button.link:hover{text-decoration:underline}
button.small{font-size:12px;color:var(--muted);display:block}
.related.rests-on h3{color:var(--rests)}.related.supports h3{color:var(--supp)}.related.attacker h3{color:var(--att)}
.inference{border-left:2px solid var(--line);padding-left:8px;margin:6px 0}
.inference p{margin:2px 0}
.scheme{font-weight:bold}.analyst{font-weight:normal;color:var(--muted)}
.stepper{display:flex;gap:8px;align-items:center;margin-bottom:8px}
.step-status{color:var(--muted)}
details.rule{margin:6px 0}
summary{cursor:pointer}
button.finding{display:block;width:100%;text-align:left;margin:4px 0 0}
button.finding.active{border-color:var(--sel);box-shadow:0 0 0 2px #ffab00}
.severity{font-size:11px;text-transform:uppercase;font-weight:bold}
.sev-error .severity{color:var(--att)}.sev-warning .severity{color:#b26a00}.sev-info .severity{color:var(--muted)}
.finding-where{font-size:12px;color:var(--muted);font-family:monospace}
.finding-nodes{padding-left:12px}
details.suppressed{margin:12px 0 6px;border-top:1px solid var(--line);padding-top:6px}
details.suppressed button.finding{opacity:.75}
.suppression{margin:2px 0 0 12px;font-size:13px}
footer{display:flex;flex-wrap:wrap;gap:4px 16px;padding:4px 12px;border-top:1px solid var(--line);font-size:12px;color:var(--muted);background:var(--panel)}
.sw{display:inline-block;width:14px;height:10px;border:3px solid;vertical-align:middle;margin-right:4px;border-radius:2px}
.sw.sel{border-color:var(--sel)}.sw.rests{border-color:var(--rests)}.sw.supp{border-color:var(--supp)}.sw.att{border-color:var(--att);border-style:dashed}.sw.conc{border-color:var(--conc);border-style:dotted}
kbd{font:11px monospace;border:1px solid var(--line);border-radius:3px;padding:0 3px;background:#fff}
g.node{cursor:pointer}
g.node,g.edge,g.inference,[data-id]{transition:opacity .12s}
.dimmed{opacity:.16}
.kind-hidden{opacity:.05;pointer-events:none}
g.node.match>:is(rect,path,polygon,ellipse,circle){stroke:#ffab00;stroke-width:4px}
g.node.selected>:is(rect,path,polygon,ellipse,circle){stroke:var(--sel);stroke-width:4px}
g.edge.selected>path{stroke:var(--sel);stroke-width:3.5px}
g.rests-on>:is(rect,path,polygon,ellipse,circle){stroke:var(--rests);stroke-width:3px}
g.supports>:is(rect,path,polygon,ellipse,circle){stroke:var(--supp);stroke-width:3px}
g.attacker>:is(rect,path,polygon,ellipse,circle){stroke:var(--att);stroke-width:3px;stroke-dasharray:6 3}
g.conceded>:is(rect,path,polygon,ellipse,circle){stroke:var(--conc);stroke-width:2px;stroke-dasharray:2 3}
g.edge.in-chain :is(path,line,polyline){stroke-width:2.5px}
g.edge.attack :is(path,line,polyline){stroke:var(--att);stroke-width:2.5px}
g.edge.attack[data-outweighed] :is(path,line,polyline){stroke:var(--conc)}
body.side-wide aside#side{width:min(820px,62vw)}
#panel-ach tr[data-evidence] th,#panel-ach thead th[title]{cursor:pointer}
#panel-ach .ach{font-size:12px}
#panel-ach h3{text-transform:none}
/* The chain view (client/chain-view.ts): over the map pane, as wide as it, scrolling down. */
.chain-view{position:absolute;inset:0;z-index:3;display:flex;flex-direction:column;background:#fbfbfc;cursor:default}
.chain-view[hidden]{display:none}
.chain-bar{display:flex;gap:10px;align-items:center;padding:5px 10px;border-bottom:1px solid var(--line);background:var(--panel);font-size:13px}
.chain-title{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.chain-note{color:#8a5a00;font-size:12px}
.chain-scroll{flex:1;min-height:0;overflow:auto;touch-action:pan-x pan-y}
body.js #map-pane .chain-scroll svg{display:block;width:auto;height:auto;margin:0 auto}
.chain-view g[data-chain=selected] .shape{stroke:var(--sel);stroke-width:4px}
.chain-view g[data-chain=supports] .shape{stroke:var(--supp);stroke-width:3px}
.chain-view g[data-chain=attacker] .shape{stroke:var(--att);stroke-width:3px;stroke-dasharray:6 3}
.chain-view g[data-chain=conceded] .shape{stroke:var(--conc);stroke-width:2px;stroke-dasharray:2 3}
@media (max-width:760px){footer>span:last-child{display:none}main{flex-direction:column}aside#side{width:auto;height:45vh;border-left:0;border-top:1px solid var(--line)}}
@media print{header.bar,footer,[role=tablist]{display:none}}
`;
