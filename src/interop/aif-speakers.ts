/**
 * Who said what in an AIF dialogue: an I-node's speaker is whoever uttered the locution anchored on it
 * (L → YA → I). The L-node's own words ("Vaughan Gething: we will…") name the speaker as the transcript
 * does; a participants list names roles or handles as often as people, so it is the fallback.
 */
import type { Author } from '../model/types.js';

export interface DialogueNode {
  id: string;
  type: string;
  text: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const idOf = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
const slug = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, '-');

/** The speaker an L-node's text names ("Name: words" or AIFdb's "Name : words"). */
export function speakerInLocution(text: string): string | undefined {
  return /^\s*([^:\n]{1,60}?)\s*:\s/.exec(text)?.[1];
}

export function speakers(aif: Record<string, unknown>, into: (id: string) => readonly { from: DialogueNode }[]) {
  const names = new Map<string, string>();
  for (const p of Array.isArray(aif.participants) ? aif.participants : []) {
    const id = isObject(p) ? idOf(p.participantID) : undefined;
    const name = isObject(p) ? [p.firstname, p.surname].filter((x) => typeof x === 'string' && x.trim()).join(' ') : '';
    if (id !== undefined && name) names.set(id, name);
  }
  const personOf = new Map<string, string>();
  for (const l of Array.isArray(aif.locutions) ? aif.locutions : []) {
    const node = isObject(l) ? idOf(l.nodeID) : undefined;
    const person = isObject(l) ? idOf(l.personID) : undefined;
    if (node !== undefined && person !== undefined) personOf.set(node, person);
  }
  const authors = new Map<string, string>();
  const authorOf = (iNode: string): string | undefined => {
    for (const { from: ya } of into(iNode)) {
      if (ya.type !== 'YA') continue;
      for (const { from: l } of into(ya.id)) {
        if (l.type !== 'L') continue;
        const person = personOf.get(l.id);
        const said = speakerInLocution(l.text);
        if (person === undefined && said === undefined) continue;
        const id = person !== undefined ? `aif-person-${slug(person)}` : `aif-speaker-${slug(said!)}`;
        if (!authors.has(id)) authors.set(id, said ?? names.get(person!) ?? `Participant ${person}`);
        return id;
      }
    }
    return undefined;
  };
  const list = (): Author[] => [...authors].map(([id, name]) => ({ id, name, role: 'speaker' }));
  return { authorOf, list, locutions: Array.isArray(aif.locutions) ? aif.locutions.length : 0 };
}
