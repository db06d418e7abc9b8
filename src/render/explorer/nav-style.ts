/**
 * Style of the explorer's navigation: the breadcrumb above the drawing, the legend over its corner, the
 * overview's clickable boxes, and the text a drawing hides while zoomed out too far to read it.
 */
export const NAV_CSS = `
#crumbs{display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px;padding:4px 12px;border-bottom:1px solid var(--line);background:#fff;font-size:14px;min-height:32px}
#crumbs ol{display:flex;flex-wrap:wrap;align-items:center;list-style:none;margin:0;padding:0;gap:4px}
#crumbs li+li::before{content:'›';color:var(--muted);margin:0 6px 0 2px}
#crumbs [aria-current=page]{font-weight:bold}
#crumbs button.crumb{border:0;background:none;padding:2px 2px;color:var(--rests);text-decoration:underline}
#crumbs .views{margin-left:auto;display:flex;gap:6px;align-items:center}
#crumbs .views button[aria-pressed=true]{background:#e3ebf5;border-color:var(--rests)}
#crumbs .hint{color:var(--muted);font-size:13px}
#crumbs .zoom-note{display:none}
body.text-hidden #crumbs .zoom-note{display:inline}
#legend{position:absolute;left:10px;bottom:10px;z-index:4;max-width:min(560px,calc(100% - 20px));background:rgba(255,255,255,.97);border:1px solid #a9b0bb;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.12);font-size:13px}
#legend summary{padding:4px 10px;font-weight:bold}
#legend .legend-body{max-height:min(60vh,520px);overflow:auto;padding:0 12px 8px}
#legend ul{list-style:none;margin:0;padding:0}
#legend .legend-kinds{display:grid;grid-template-columns:repeat(auto-fill,minmax(130px,1fr));gap:2px 10px}
#legend li{display:flex;gap:8px;align-items:center;margin:2px 0}
#legend .legend-edges li{align-items:flex-start}
#legend svg.swatch{flex:none}
#legend h3{margin:8px 0 2px}
#legend p.note{margin:0 0 4px;font-size:12px}
g.section{cursor:pointer}
g.section:hover>rect,g.section:focus-visible>rect{stroke:var(--rests);stroke-width:3px}
g.section:focus-visible{outline:3px solid #ffab00}
.zoom-hidden{display:none}
`;

/**
 * The map pane of the page at 1440 × 900 (the side panel, 440 px, and the header, breadcrumb and footer
 * taken off), measured in Chromium; the overview the page opens on is made to fit it at 11 px type.
 */
export const MAP_PANE = { width: 999, height: 760 } as const;
