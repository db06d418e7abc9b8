/**
 * Dates as texts write them ("5 March 1953", "March 5, 1953", "14 Oct. 1953", "March 1953", "1952",
 * "5–14 October 1953", "1946–1957"), turned into the ISO 8601 dates and ranges of the model. Only
 * whole dates are taken: a day and month with no year ("1st April") is left for a person to place.
 */
import type { IsoDate } from '../../model/types.js';

export interface FoundDate {
  date: IsoDate;
  /** The words of the text. */
  as: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:1[5-9]|20)\d\d)`;
const DASH = String.raw`\s*[–—-]\s*`;
// Alternatives from the most specific to the least, so "5 March 1953" is not read as "1953" alone.
const DATE = new RegExp(
  [
    String.raw`\b${DAY}${DASH}${DAY}\s+${MONTH}\s+${YEAR}\b`,
    String.raw`\b${DAY}\s+${MONTH},?\s+${YEAR}\b`,
    String.raw`\b${MONTH}\s+${DAY},\s+${YEAR}\b`,
    String.raw`\b${MONTH}\s+${YEAR}\b`,
    String.raw`(?<![\d£$€.,])${YEAR}${DASH}${YEAR}(?![\d.,]\d)`,
    String.raw`(?<![\d£$€.,/-])${YEAR}(?![\d%]|[.,]\d)`,
  ].join('|'),
  'g',
);

const pad = (n: number): string => String(n).padStart(2, '0');
const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function day(y: string, m: string, d: string): IsoDate | undefined {
  const mm = month(m);
  const dd = Number(d);
  const last = new Date(Date.UTC(Number(y), mm, 0)).getUTCDate();
  return dd >= 1 && dd <= last ? `${y}-${pad(mm)}-${pad(dd)}` : undefined;
}

/** Every whole date in `text`, left to right. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const g = m.slice(1);
    let date: IsoDate | undefined;
    if (g[0] !== undefined) {
      const from = day(g[3]!, g[2]!, g[0]);
      const to = day(g[3]!, g[2]!, g[1]!);
      date = from && to && from < to ? `${from}/${to}` : undefined;
    } else if (g[4] !== undefined) date = day(g[6]!, g[5]!, g[4]);
    else if (g[7] !== undefined) date = day(g[9]!, g[7], g[8]!);
    else if (g[10] !== undefined) date = `${g[11]}-${pad(month(g[10]))}`;
    else if (g[12] !== undefined) date = Number(g[12]) < Number(g[13]) ? `${g[12]}/${g[13]}` : undefined;
    else date = g[14];
    if (date !== undefined) out.push({ date, as: m[0] });
  }
  return out;
}
