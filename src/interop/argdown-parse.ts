/**
 * Runs Argdown's own parser (`@argdown/core` 1.7, CommonJS) and turns its lexer, parser and plugin
 * failures into diagnostics with `file:line:col`. Nothing here interprets the model: that is
 * argdown-read's job.
 */
import argdownCore from '@argdown/core';
import type { IArgdownResponse } from '@argdown/core';
import { echoText, type Diagnostic } from '../io/diagnostics.js';

const { ArgdownApplication, ParserPlugin, DataPlugin, ModelPlugin } = argdownCore;

export type ArgdownResponse = IArgdownResponse;

// Argdown's default logger writes to the console; the layers below the CLI never touch the terminal.
const silent = { log() {}, setLevel() {} };

/**
 * Argdown's ModelPlugin files statements, arguments and tags in plain objects keyed by their titles, so a
 * statement titled `constructor` or `toString` found Object.prototype's function there and vanished from
 * the model. This plugin runs after the ModelPlugin's start-of-document listener and swaps in tables
 * without a prototype before anything is filed.
 */
const prototypeFreeTables = {
  name: 'argmap-prototype-free-tables',
  ruleListeners: {
    argdownEntry: (_request: unknown, response: { statements?: object; arguments?: object; tags?: object }) => {
      response.statements = Object.create(null) as object;
      response.arguments = Object.create(null) as object;
      response.tags = Object.create(null) as object;
    },
  },
};

/**
 * Parses Argdown text and builds Argdown's model (statements, arguments, relations, sections, tags).
 * Tags are taken out of statement texts so a `#tag` lives only in `tags`. A document's front matter may
 * still set Argdown's own options (e.g. `model: {mode: strict}`), as in Argdown's tools.
 */
export function runArgdown(input: string): ArgdownResponse {
  const app = new ArgdownApplication(silent as never);
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin({ removeTagsFromText: true }), 'build-model');
  app.addPlugin(prototypeFreeTables, 'build-model');
  return app.run({ process: ['parse-input', 'build-model'], input, logExceptions: false, throwExceptions: false });
}

/**
 * A message of Argdown's parser, on one line and cut to a length a terminal can show: it quotes the token it
 * found whole, and a 20,000-character line of a hostile file came back as a 20,000-character error.
 */
const said = (message: string) => echoText(message.replace(/\s+/g, ' ').trim(), 400);

interface TokenLike {
  startLine?: number;
  startColumn?: number;
}

/** Lexer, parser and plugin failures, each with the position Argdown gives (1-based). */
export function argdownProblems(response: ArgdownResponse, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (line: number | undefined, column: number | undefined) => (line !== undefined && Number.isFinite(line) ? { position: { line, column: column ?? 1 } } : {});
  const r = response as ArgdownResponse & { lexerErrors?: { line?: number; column?: number; message: string }[]; parserErrors?: { message: string; token?: TokenLike }[] };
  for (const e of r.lexerErrors ?? []) out.push({ file, ...at(e.line, e.column), severity: 'error', message: `Argdown cannot read this text: ${said(e.message)}` });
  for (const e of r.parserErrors ?? []) out.push({ file, ...at(e.token?.startLine, e.token?.startColumn), severity: 'error', message: `Argdown syntax: ${said(e.message)}` });
  // A plugin after a failed parse fails for want of a syntax tree; the syntax error says it all.
  if (out.length === 0) for (const e of response.exceptions ?? []) out.push({ file, severity: 'error', message: `Argdown could not read the file: ${said(e.message)}` });
  return out;
}
