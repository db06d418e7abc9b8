/// <reference lib="dom" />
/*
 * What the address does not hold (the zoom, an inference or finding picked, the open tab, the kinds
 * hidden, the search) kept across a reload of the same page: `argmap watch` reloads the explorer on
 * every save, and a reader who had zoomed into a chain should find it where they left it. The state
 * goes to sessionStorage when the page is hidden and comes back only when the same page is reloaded
 * under the same address, so following a link or opening another map starts fresh.
 */
import type { Box } from './viewport.js';

export interface ReloadState {
  /** The address when the page was left: the state is restored only under the same one. */
  hash: string;
  view: string;
  box: Box;
  inference?: string;
  tab: string;
  hiddenKinds: string[];
  search: string;
}

const key = (): string => `argmap-explorer:${location.pathname}`;

/** Stores the state `read` gives each time the page is hidden (a reload, a closed tab, another page). */
export function keepOnReload(read: () => ReloadState): void {
  window.addEventListener('pagehide', () => {
    try {
      sessionStorage.setItem(key(), JSON.stringify(read()));
    } catch {
      // Storage may be off (private modes, sandboxed previews): a reload then starts from the address alone.
    }
  });
}

/** The state stored for this page under its present address, taken once; undefined when there is none. */
export function takeReloadState(): ReloadState | undefined {
  try {
    const text = sessionStorage.getItem(key());
    sessionStorage.removeItem(key());
    // Only a reload picks up where the reader was; arriving by a link or from history starts from the address.
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (text === null || navigation?.type !== 'reload') return undefined;
    const state = JSON.parse(text) as ReloadState;
    return state.hash === location.hash ? state : undefined;
  } catch {
    return undefined;
  }
}
