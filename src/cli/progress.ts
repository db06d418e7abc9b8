import { visibleText } from '../io/visible-text.js';
import type { Io } from './command.js';

/** A run shorter than this says nothing: a progress line that flashes and vanishes is noise. */
export const PROGRESS_AFTER_MS = 2000;

/**
 * Whether a command may draw progress on stderr: only on a terminal (a log or a pipe would keep every
 * redrawn line), and never under a format a program reads (JSON, JSON Lines, SARIF), whose caller wants a quiet stderr.
 */
export function progressWanted(isTTY: boolean, format?: string): boolean {
  return isTTY && format !== 'json' && format !== 'jsonl' && format !== 'sarif';
}

export interface Progress {
  /** Says what the run is doing now; shown once the run has taken PROGRESS_AFTER_MS, redrawn in place. */
  step(text: string): void;
  /** Clears the line, so the command's own output starts on a clean line. */
  done(): void;
}

/** One redrawn stderr line for a long run; silent when not `wanted`. `clock` is in milliseconds. */
export function progressLine(io: Io, wanted: boolean, clock: () => number = () => performance.now()): Progress {
  const started = clock();
  let shown = false;
  return {
    step(text) {
      if (!wanted || clock() - started < PROGRESS_AFTER_MS) return;
      shown = true;
      // A file name can carry terminal controls like any map text.
      io.stderr(`\r\x1b[K${visibleText(text, true)}`);
    },
    done() {
      if (shown) io.stderr('\r\x1b[K');
      shown = false;
    },
  };
}
