import { plural } from '../model/plural.js';
import type { FindingSummary } from './findings-json.js';

export type Summary = FindingSummary;

/** `25 findings (6 errors, 10 warnings, 9 info; 7 suppressed)`: the last line of `check`, and a corpus table's cell. */
export function summaryLine(s: Summary): string {
  const total = s.error + s.warning + s.info;
  const suppressed = s.suppressed > 0 ? `; ${s.suppressed} suppressed` : '';
  return `${plural(total, 'finding')} (${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info${suppressed})`;
}
