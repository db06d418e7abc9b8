// The entry of a corpus run's workers: a worker thread (parentPort) or a child process (IPC), the same code.
// Each task is one file run through the command's own `run`, exactly as `argmap <command> <file>` would.
import { parentPort } from 'node:worker_threads';
import { prepareOutput } from '../../io/out-tree.js';
import { COMMANDS } from '../registry.js';
import { reportFailure } from '../errors.js';
import { EXIT, type Io } from '../command.js';
import { CORPUS_SPECS } from './spec.js';
import { jsonLine, problemsOf, tableLine, type FileRecord } from './records.js';
import type { Reply, Task } from './protocol.js';

async function handle(task: Task): Promise<Reply> {
  const command = await COMMANDS.find((c) => c.name === task.command)!.load();
  const spec = CORPUS_SPECS[task.command]!;
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false };
  let status: number;
  let target: string | undefined;
  try {
    target = task.output ? prepareOutput(task.output.folder, task.output.rel) : undefined;
    status = await command.run([task.file], spec.fileOptions(task.options, target), io);
  } catch (e) {
    status = reportFailure(e, command, io);
  }
  const messages = problemsOf(err, task.file);
  let record: FileRecord = { file: task.file, status, errors: messages };
  let summary = '';
  if (status === EXIT.ok || status === EXIT.findings) {
    try {
      record = { file: task.file, status, result: spec.result(out, messages, target) };
      summary = spec.summary(record.result);
    } catch (e) {
      record = { file: task.file, status: EXIT.internal, errors: [{ severity: 'error', message: `internal error reading the result: ${(e as Error).message}` }] };
    }
  }
  return { index: task.index, status: record.status, line: task.format === 'jsonl' ? jsonLine(record) : tableLine(record, summary) };
}

/** Never rejects: whatever a file does, the pool gets an answer (a crash of the worker itself is the pool's to see). */
async function answer(task: Task): Promise<Reply> {
  try {
    return await handle(task);
  } catch (e) {
    const record: FileRecord = { file: task.file, status: EXIT.internal, errors: [{ severity: 'error', message: `internal error: ${(e as Error).stack ?? String(e)}` }] };
    return { index: task.index, status: EXIT.internal, line: task.format === 'jsonl' ? jsonLine(record) : tableLine(record, '') };
  }
}

const port = parentPort;
if (port) port.on('message', (task: Task) => void answer(task).then((r) => port.postMessage(r)));
else if (process.send) process.on('message', (task: Task) => void answer(task).then((r) => process.send!(r)));
