import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/command.js';

/** Runs the CLI in-process with captured output, as a user's shell would see it. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}
