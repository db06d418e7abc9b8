/// <reference lib="dom" />
import { OVERVIEW, WHOLE_MAP, type Views } from './views.js';

/** True while the selection is being set from the address (or a reload), which must then not be rewritten. */
let restoring = false;

/** Runs `set`, which sets the selection from the address or a reload, without writing the address. */
export function restoringAddress(set: () => void): void {
  restoring = true;
  try {
    set();
  } finally {
    restoring = false;
  }
}

/**
 * Keeps the address pointing at the selection, so a link or a reload reopens it. Each new selection is a
 * history entry, so the browser's Back retraces a walk through the argument.
 */
export function setLink(url: string): void {
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

/** The address of what is shown: the node `id`, and the view when it is not the one the node opens in. */
export function addressOf(views: Views, id: string | undefined): string {
  const v = views.current.key;
  if (id !== undefined) return `#node=${encodeURIComponent(id)}${v === views.homeOf(id) ? '' : `&view=${encodeURIComponent(v)}`}`;
  return v === OVERVIEW || (v === WHOLE_MAP && !views.has(OVERVIEW)) ? location.pathname + location.search : `#view=${encodeURIComponent(v)}`;
}
