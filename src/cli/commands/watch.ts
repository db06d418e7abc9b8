import { constants } from 'node:os';
import { formatDiagnostic } from '../../io/diagnostics.js';
import { buildPreview } from '../../app/preview.js';
import { startWatch, type BuildReport } from '../watch/index.js';
import { watchSpec } from '../specs/watch.js';
import { InputError, UsageError, defineCommand, type Io } from '../command.js';
import { plural } from '../../model/plural.js';

/** One build of the explorer page, as the app layer composes it (load, check, draw). */
export const buildExplorer = buildPreview;

function parsePort(value: unknown): number {
  const text = String(value);
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port ${JSON.stringify(text)} is not a port; expected a whole number from 0 to 65535 (0: any free port)`);
  return port;
}

function describe(r: BuildReport, io: Io): void {
  if (io.isTTY) io.stderr('\r\x1b[K');
  const verb = r.count === 1 ? 'built' : 'rebuilt';
  const ms = Math.round(r.ms);
  if (r.outcome.kind === 'page') {
    io.stderr(`${verb} in ${ms} ms (${plural(r.outcome.errors, 'error')})\n`);
    return;
  }
  io.stderr(`${verb} in ${ms} ms (${plural(r.outcome.problems.length, 'error')}; the map cannot be drawn, the page lists them):\n`);
  for (const d of r.outcome.problems) io.stderr(`  ${formatDiagnostic(d)}\n`);
  if (r.internal) io.stderr(`${r.internal.stack ?? r.internal.message}\n`);
}

/**
 * Closes the preview on SIGINT or SIGTERM and resolves with the signal. The close starts inside the
 * handler, which runs before bin/argmap.js's own (that one ends the process right after), so the socket
 * and the watchers are released either way.
 */
function closeOnSignal(close: () => Promise<void>): Promise<'SIGINT' | 'SIGTERM'> {
  return new Promise((done) => {
    const stop = (signal: 'SIGINT' | 'SIGTERM') => () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      void close().then(() => done(signal));
    };
    const onInt = stop('SIGINT');
    const onTerm = stop('SIGTERM');
    process.prependListener('SIGINT', onInt);
    process.prependListener('SIGTERM', onTerm);
  });
}

export const watchCommand = defineCommand({
  ...watchSpec,
  async run([file], options, io) {
    const port = parsePort(options.port);
    const allowOutside = options['allow-outside'] === true;
    let session;
    try {
      session = await startWatch({
        mapFile: file!,
        port,
        build: () => buildExplorer(file!, allowOutside),
        onBuild: (r) => describe(r, io),
        ...(io.isTTY ? { onRebuild: () => io.stderr('rebuilding…') } : {}),
      });
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code === 'EADDRINUSE') throw new InputError(`port ${port} on 127.0.0.1 is in use; expected a free port (--port 0 picks one)`);
      if (code === 'EACCES') throw new InputError(`port ${port} on 127.0.0.1 needs privileges; expected a port above 1023 (--port 0 picks one)`);
      throw e;
    }
    io.stdout(`argmap watch: ${session.url} (Ctrl-C to stop)\n`);
    const signal = await closeOnSignal(session.close);
    io.stderr('argmap watch: stopped\n');
    // As a shell reports a command ended by a signal, and as bin/argmap.js exits for every other command.
    return 128 + constants.signals[signal];
  },
});
