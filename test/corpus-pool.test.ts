import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPool, type Outcome, type Transport } from '../src/cli/corpus/pool.js';

// A stand-in worker that misbehaves on request, under either transport, as a hostile file could make argmap's own do.
const WORKER = `
import { parentPort } from 'node:worker_threads';
const held = [];
function work(task) {
  if (task === 'hang') for (;;);
  if (task === 'throw') setTimeout(() => { throw new Error('uncaught in the worker'); });
  else if (task === 'exit') process.exit(3);
  else if (task === 'oom') for (;;) held.push(new Array(1e5).fill(held.length));
  else return 'did ' + task;
}
const reply = (send) => (task) => { const r = work(task); if (r !== undefined) send(r); };
if (parentPort) parentPort.on('message', reply((r) => parentPort.postMessage(r)));
else process.on('message', reply((r) => process.send(r)));
`;

// The timeout leaves room for a worker to start on a loaded machine; the hang is the only task that meets it.
async function run(tasks: string[], transport: Transport): Promise<Outcome<string>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'argmap-pool-'));
  const entry = join(dir, 'worker.mjs');
  writeFileSync(entry, WORKER);
  const outcomes: Outcome<string>[] = [];
  const order: number[] = [];
  await runPool<string, string>(tasks, { jobs: 2, timeoutMs: 6000, memoryMb: 32, transport, entry: pathToFileURL(entry) }, (i, o) => {
    outcomes[i] = o;
    order.push(i);
  });
  expect([...order].sort((a, b) => a - b)).toEqual(tasks.map((_, i) => i)); // each task settled exactly once
  return outcomes;
}

describe.each(['thread', 'process'] as const)('the corpus worker pool (%s)', (transport) => {
  it('answers every task, and a hang, a crash, an exit or running out of memory ends only its own task', async () => {
    const tasks = ['a', 'hang', 'b', 'throw', 'c', 'exit', 'd', 'oom', 'e'];
    const outcomes = await run(tasks, transport);
    const kinds = outcomes.map((o) => (o.kind === 'done' ? o.reply : o.kind));
    expect(kinds).toEqual(['did a', 'timeout', 'did b', 'crash', 'did c', 'crash', 'did d', 'memory', 'did e']);
    const thrown = outcomes[3]!;
    expect(thrown.kind === 'crash' && thrown.message).toContain('uncaught in the worker');
  }, 60_000);

  it('finishes with no tasks and with fewer tasks than workers', async () => {
    expect(await run([], transport)).toEqual([]);
    expect(await run(['only'], transport)).toEqual([{ kind: 'done', reply: 'did only' }]);
  });
});
