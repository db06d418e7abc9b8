import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { PreviewBuild } from '../../app/preview.js';
import { watchFiles } from './files.js';
import { makeLive, problemPage } from './live-page.js';
import { startPreviewServer, type BoundAddress } from './server.js';

export { WATCH_HOST } from './server.js';

/** What one build of the page gives: the page, or the problems that stop it; either way the files to follow. */
export type BuildOutcome = PreviewBuild;

export interface BuildReport {
  /** 1 for the first build. */
  count: number;
  ms: number;
  outcome: BuildOutcome;
  /** Set when the builder itself failed (a bug, not the map): the page then shows this message. */
  internal?: Error;
}

export interface WatchOptions {
  mapFile: string;
  /** 0 for any free port. */
  port: number;
  /** Makes the page; the watcher does not care how. */
  build(): Promise<BuildOutcome>;
  /** Quiet time after a change before rebuilding (editors write a file in several steps). */
  quietMs?: number;
  /** Called when a change starts a rebuild (a large map takes seconds to lay out). */
  onRebuild?(): void;
  /** Called after every build; with onRebuild, the only way the watcher reports (it does no terminal output). */
  onBuild?(report: BuildReport): void;
}

export interface WatchSession {
  url: string;
  address: BoundAddress;
  close(): Promise<void>;
}

/** Builds the page once, then serves it on 127.0.0.1 and rebuilds it whenever a followed file changes. */
export async function startWatch(options: WatchOptions): Promise<WatchSession> {
  // A fresh prefix per run, so a tab left open from an earlier run reloads rather than matching build 1.
  const run = randomBytes(4).toString('hex');
  let count = 0;
  let page = '';
  let build = '';
  let followed: string[] = [options.mapFile];
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;

  const once = async (): Promise<BuildReport> => {
    const started = performance.now();
    let outcome: BuildOutcome;
    let internal: Error | undefined;
    try {
      outcome = await options.build();
    } catch (e) {
      internal = e instanceof Error ? e : new Error(String(e));
      outcome = {
        kind: 'problems',
        problems: [{ file: options.mapFile, severity: 'error', message: `internal error in argmap (not in your map): ${internal.message}` }],
        files: followed,
      };
    }
    count += 1;
    build = `${run}-${count}`;
    // While broken the map may not say which texts it quotes: keep following the ones it named before.
    if (outcome.kind === 'page') followed = outcome.files;
    else followed = [...new Set([...outcome.files, ...followed])];
    page = makeLive(outcome.kind === 'page' ? outcome.html : problemPage(options.mapFile, outcome.problems), build);
    return { count, ms: performance.now() - started, outcome, ...(internal ? { internal } : {}) };
  };

  // Watching starts before the first build, so a save while it runs is not lost.
  let server: Awaited<ReturnType<typeof startPreviewServer>> | undefined;
  let missed = false;
  const files = watchFiles(() => {
    if (server) void rebuild();
    else missed = true;
  }, options.quietMs ?? 150);
  files.follow(followed);
  let first: BuildReport;
  try {
    first = await once();
    server = await startPreviewServer(options.port, { current: () => ({ html: page, build }) });
  } catch (e) {
    files.close();
    throw e;
  }
  const serving = server;

  // One build at a time; changes during a build ask for exactly one more after it.
  function rebuild(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        options.onRebuild?.();
        const report = await once();
        if (closed) return;
        files.follow(followed);
        serving.announce(build);
        options.onBuild?.(report);
      } while (again && !closed);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  files.follow(followed);
  options.onBuild?.(first);
  if (missed) void rebuild();
  return {
    url: serving.url,
    address: serving.address,
    async close() {
      closed = true;
      files.close();
      await serving.close();
    },
  };
}
