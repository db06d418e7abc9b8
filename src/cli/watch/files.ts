import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

export interface FileWatch {
  /** Watches exactly these files from now on (and their folders). */
  follow(files: readonly string[]): void;
  close(): void;
}

function open(path: string, listener: (event: string, name: string | Buffer | null) => void): FSWatcher | undefined {
  try {
    const w = watch(path, { persistent: true }, listener);
    // A folder or file that disappears ends its watcher; the next build reports what is missing.
    w.on('error', () => w.close());
    return w;
  } catch {
    return undefined; // missing now: its folder's watcher sees it come back
  }
}

/**
 * Calls `changed` once things have been quiet for `quietMs` after a change to any followed file. Folders
 * are watched as well as files because editors that save by writing a new file and renaming it over the
 * old one leave a file watcher looking at the replaced inode; the folder sees the rename.
 */
export function watchFiles(changed: () => void, quietMs: number): FileWatch {
  const folders = new Map<string, { watcher: FSWatcher | undefined; names: Set<string> }>();
  let files: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const poke = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      changed();
    }, quietMs);
  };
  return {
    follow(list) {
      const wanted = new Map<string, Set<string>>();
      for (const f of list.map((p) => resolve(p))) {
        const names = wanted.get(dirname(f)) ?? new Set<string>();
        names.add(basename(f));
        wanted.set(dirname(f), names);
      }
      for (const [dir, entry] of folders) {
        if (!wanted.has(dir)) {
          entry.watcher?.close();
          folders.delete(dir);
        }
      }
      for (const [dir, names] of wanted) {
        const entry = folders.get(dir);
        if (entry) {
          entry.names = names;
          continue;
        }
        const fresh = { watcher: undefined as FSWatcher | undefined, names };
        fresh.watcher = open(dir, (_event, name) => {
          // Some platforms do not say which file changed; then any change might be ours.
          if (name === null || fresh.names.has(String(name))) poke();
        });
        folders.set(dir, fresh);
      }
      // Reopened after every build, since a replaced file is a new inode the old watcher never sees.
      for (const w of files) w.close();
      files = [...new Set(list.map((p) => resolve(p)))].flatMap((f) => open(f, poke) ?? []);
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of files) w.close();
      for (const entry of folders.values()) entry.watcher?.close();
      folders.clear();
      files = [];
    },
  };
}
