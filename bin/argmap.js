#!/usr/bin/env node
// The CLI runs from the compiled library in dist/ (built by `npm ci` through the `prepare` script).
import { installSignalCleanup, main, processIo } from '../dist/cli/main.js';

installSignalCleanup();

main(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`argmap: internal error: ${e?.stack ?? e}\n`);
    process.exitCode = 70;
  },
);
