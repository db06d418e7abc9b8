import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { ElkNode } from './elk-graph.js';

const require = createRequire(import.meta.url);

// The worker is evaluated from a string so the same code runs from `src/` under vitest and from `dist/`;
// it hosts ELK's own web-worker build, so the main thread stays free to report progress and can
// terminate a runaway layout. It avoids `require` and `import` statements because an eval'd worker is
// CommonJS or an ES module depending on the parent's flags (`--input-type=module` is inherited).
const WORKER_SOURCE = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const { createRequire } = process.getBuiltinModule('node:module');
globalThis.self = { postMessage: (message) => parentPort.postMessage(message) };
createRequire(workerData.elkWorker)(workerData.elkWorker);
parentPort.on('message', (data) => globalThis.self.onmessage({ data }));
`;

export interface LayoutProgress {
  /** Seconds since the layout began. */
  elapsed: number;
}

export interface RunOptions {
  /** Called about once a second while ELK works (only for layouts that take that long). */
  onProgress?: (p: LayoutProgress) => void;
  /** Give up after this many ms (default: no limit). */
  timeoutMs?: number;
}

function spawn(): Worker {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { elkWorker: require.resolve('elkjs/lib/elk-worker.min.js') } });
  // The same first message elk-api.js sends: register the algorithm (its answer carries nothing we need).
  worker.postMessage({ id: 0, cmd: 'register', algorithms: ['layered'] });
  return worker;
}

/** Idle workers with ELK loaded, the most recently used last. */
const spares: Worker[] = [];
/**
 * Idle workers kept: two, one per core, so a whole map's candidate orders are laid out side by side
 * (`layoutMap`); each holds about 40 MB.
 */
const KEPT = 2;

/** Id of the warm-up layouts, whose answers nobody waits for. */
const WARM_UP = 2;

/**
 * Starts loading ELK (about a third of a second) in a worker now, on the other core, so it is ready when
 * the first layout comes; the CLI calls this before it reads the map. `samples` are laid out there and
 * then dropped: ELK's first layout in a fresh worker runs unoptimised code, and the first candidate pass
 * of the memorandum cost 1.7 s of CPU against 1.0 s for the next. The idle worker never keeps the
 * process alive.
 */
export function warmUpElk(samples: readonly ElkNode[] = []): void {
  if (spares.length > 0) return;
  addSpare(() => samples);
}

/** One more idle worker (up to the two kept), warmed up on `samples()` as `warmUpElk` does. */
export function addSpare(samples: () => readonly ElkNode[] = () => []): void {
  if (spares.length >= KEPT) return;
  const worker = spawn();
  for (const graph of samples()) worker.postMessage({ id: WARM_UP, cmd: 'layout', graph, layoutOptions: {}, options: {} });
  worker.unref();
  spares.unshift(worker);
}

/**
 * Lays out `graph` with ELK in a worker thread; resolves with the laid-out copy ELK returns. The worker is
 * kept for the next call, so a run of layouts (a layer pass and its candidate orders, the overview's box
 * budgets) loads ELK once.
 */
export async function runElk(graph: ElkNode, options: RunOptions = {}): Promise<ElkNode> {
  // The most recently used worker has run the most ELK code, so it is the warmest.
  const worker = spares.pop() ?? spawn();
  let kept = false;
  worker.ref();
  const started = Date.now();
  const timer = options.onProgress ? setInterval(() => options.onProgress?.({ elapsed: (Date.now() - started) / 1000 }), 1000) : undefined;
  try {
    const laidOut = await new Promise<ElkNode>((resolve, reject) => {
      const timeout = options.timeoutMs ? setTimeout(() => reject(new Error(`layout took longer than ${options.timeoutMs} ms`)), options.timeoutMs) : undefined;
      worker.on('error', (e) => reject(e));
      worker.on('message', (answer: { id: number; error?: unknown; data?: ElkNode }) => {
        const failed = answer.error !== undefined && answer.error !== null;
        // Registration done, or a warm-up layout (whose failure would only mean a cold start).
        if ((answer.id === 0 && !failed) || answer.id === WARM_UP) return;
        if (timeout) clearTimeout(timeout);
        if (failed) reject(new Error(`ELK layout failed: ${describe(answer.error)}`));
        else if (answer.data) resolve(answer.data);
        else reject(new Error('ELK returned no graph'));
      });
      worker.postMessage({ id: 1, cmd: 'layout', graph, layoutOptions: {}, options: {} });
    });
    // A worker that answered is kept for the next layout: loading ELK again costs about a third of a
    // second, which the overview (one layout per box budget) and the explorer's sections paid each time.
    worker.removeAllListeners('message');
    worker.removeAllListeners('error');
    if (spares.length < KEPT) {
      worker.unref();
      spares.push(worker);
      kept = true;
    }
    return laidOut;
  } finally {
    if (timer) clearInterval(timer);
    if (!kept) await worker.terminate();
  }
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
