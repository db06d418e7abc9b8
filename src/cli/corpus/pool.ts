import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Worker threads (the default) or child processes; both measured in BENCHMARKS.md ("argmap over a corpus"). */
export type Transport = 'thread' | 'process';

export interface PoolOptions {
  jobs: number;
  /** A task still running after this long is stopped, its worker replaced. */
  timeoutMs: number;
  /** Heap limit of each worker, in MB. */
  memoryMb: number;
  transport: Transport;
  /** The worker's entry module. */
  entry: URL;
}

/** How a task ended: its worker's answer, or why there is none. */
export type Outcome<R> = { kind: 'done'; reply: R } | { kind: 'timeout' } | { kind: 'memory' } | { kind: 'crash'; message: string };

/** One worker, whichever transport: send a task, hear an answer or its death, be stopped. */
interface Slot {
  send(task: unknown): void;
  onAnswer(listener: (reply: unknown) => void): void;
  onDeath(listener: (why: Outcome<never>) => void): void;
  stop(): void;
}

function threadSlot(o: PoolOptions): Slot {
  const w = new Worker(o.entry, { resourceLimits: { maxOldGenerationSizeMb: o.memoryMb }, stdout: false, stderr: false });
  let error: Error | undefined;
  w.on('error', (e) => (error = e));
  return {
    send: (t) => w.postMessage(t),
    onAnswer: (l) => w.on('message', l),
    onDeath: (l) =>
      w.on('exit', (code) =>
        l(
          (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { kind: 'memory' }
            : { kind: 'crash', message: error?.stack ?? `the worker stopped (exit ${code})` },
        ),
      ),
    stop: () => void w.terminate(),
  };
}

function processSlot(o: PoolOptions): Slot {
  const child: ChildProcess = fork(fileURLToPath(o.entry), [], {
    execArgv: [`--max-old-space-size=${o.memoryMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => void (stderr = (stderr + d.toString()).slice(-4000)));
  return {
    send: (t) => child.send(t as object),
    onAnswer: (l) => child.on('message', l),
    onDeath: (l) =>
      child.on('exit', (code, signal) =>
        l(/heap out of memory/i.test(stderr) ? { kind: 'memory' } : { kind: 'crash', message: stderr || `the worker stopped (${signal ?? `exit ${code}`})` }),
      ),
    stop: () => void child.kill('SIGKILL'),
  };
}

/**
 * Runs `tasks` on `jobs` workers, one task per worker at a time, and calls `settle` once per task as it
 * ends, in completion order. A task that hangs, runs out of memory or kills its worker ends that one task:
 * the worker is replaced and the others go on.
 */
export async function runPool<T, R>(tasks: readonly T[], o: PoolOptions, settle: (index: number, outcome: Outcome<R>) => void): Promise<void> {
  let next = 0;
  let open = tasks.length;
  if (open === 0) return;
  await new Promise<void>((resolve) => {
    const start = () => {
      if (next >= tasks.length) return;
      const slot = o.transport === 'process' ? processSlot(o) : threadSlot(o);
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let stopping = false;
      const finish = (outcome: Outcome<R>) => {
        clearTimeout(timer);
        const index = current;
        current = -1;
        settle(index, outcome);
        if (--open === 0) resolve();
      };
      const dispatch = () => {
        if (next >= tasks.length) {
          stopping = true;
          slot.stop();
          return;
        }
        current = next++;
        timer = setTimeout(() => {
          stopping = true;
          slot.stop();
          finish({ kind: 'timeout' });
          start();
        }, o.timeoutMs);
        slot.send(tasks[current]);
      };
      slot.onAnswer((reply) => {
        if (stopping || current < 0) return; // an answer that came after its timeout
        finish({ kind: 'done', reply: reply as R });
        dispatch();
      });
      slot.onDeath((why) => {
        if (stopping) return;
        stopping = true;
        if (current >= 0) finish(why);
        start();
      });
      dispatch();
    };
    for (let i = 0; i < Math.min(o.jobs, tasks.length); i++) start();
  });
}
