import type { LoadedMap } from '../io/load.js';
import { runElk } from '../render/elk-run.js';
import { renderOverview } from '../render/overview/overview.js';
import { renderSvg } from '../render/render.js';
import { MAP_PANE } from '../render/explorer/nav-style.js';
import type { SectionView } from '../render/explorer/page.js';

/**
 * The drawings the explorer opens on before the whole map: the overview, made to fit the page's map
 * pane (not the whole screen: the side panel takes a third of it), and each of its boxes laid out alone,
 * so a click on a box shows that part of the argument at a size that can be read. A map with fewer
 * than two boxes has nothing to choose between and opens on the whole map.
 */
export async function explorerViews(loaded: LoadedMap): Promise<{ overview?: string; sections?: SectionView[] }> {
  const overview = await renderOverview(loaded.map, (graph) => runElk(graph), MAP_PANE);
  const groups = overview.model.groups;
  if (groups.length < 2) return {};
  const sections: SectionView[] = [];
  for (const g of groups) {
    if (g.nodes.length === 0) continue;
    sections.push({ id: g.id, title: g.title, svg: (await renderSvg(loaded, { part: { title: g.title, nodes: g.nodes } })).svg });
  }
  return { overview: overview.svg, sections };
}
