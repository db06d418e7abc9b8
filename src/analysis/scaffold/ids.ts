/** Readable, unique ids for a drafted map: from a unit's locator and its first words. */

const SYMBOLS: Record<string, string> = { '*': 'star', '†': 'dagger', '‡': 'ddagger', '§': 'section' };
const STOP = new Set('a an and are as at be by for from has had have in into is it its of on or that the their there this to was we were which with'.split(' '));

/** Lower-case ASCII words of `text`, accents dropped. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function slug(text: string, fallback: string): string {
  return words(text).slice(0, 8).join('-') || fallback;
}

/** `3.A.v.2` → `3-a-v-2`, `fn*` → `fn-star`, `fn-note` → `fn-note`. */
export function locatorSlug(locator: string): string {
  return words(locator.replace(/[*†‡§]/g, (c) => `-${SYMBOLS[c]}`)).join('-');
}

/** `3-a-v-2-granted-amnesty-even`: the locator and the first three words that carry meaning. */
export function nodeId(locator: string, text: string): string {
  const first = words(text)
    .filter((w) => !STOP.has(w))
    .slice(0, 3);
  return [locatorSlug(locator), ...first].join('-');
}

/** Hands out ids, suffixing `-2`, `-3`… to repeats so every id is unique. */
export function uniqueIds(): (id: string) => string {
  const seen = new Set<string>();
  return (id) => {
    let out = id;
    for (let k = 2; seen.has(out); k++) out = `${id}-${k}`;
    seen.add(out);
    return out;
  };
}
