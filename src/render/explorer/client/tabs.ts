/// <reference lib="dom" />
import { byId } from './dom.js';

const TABS = ['node', 'findings', 'ach'] as const;
export type TabName = (typeof TABS)[number];

export const isTab = (name: string): name is TabName => (TABS as readonly string[]).includes(name);

/** The side panel's tabs: the selection, the findings, the ACH matrices. */
export class Tabs {
  open: TabName = 'node';

  constructor() {
    for (const t of TABS) byId(`tab-${t}`).addEventListener('click', () => this.show(t));
  }

  show(name: TabName): void {
    this.open = name;
    for (const t of TABS) {
      const on = t === name;
      byId(`tab-${t}`).setAttribute('aria-selected', String(on));
      byId(`panel-${t}`).hidden = !on;
    }
    // The matrices need room: the side panel widens while the ACH tab is open.
    document.body.classList.toggle('side-wide', name === 'ach');
  }
}
