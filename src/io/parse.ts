import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, type Document, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Position } from './diagnostics.js';

/** A step in a path into a parsed document: an object key or an array index. */
export type PathStep = string | number;

/** Parsed data with a way back from a path in the data to the place in the text. */
export interface ParsedFile {
  file: string;
  data: unknown;
  /** Position of the value at `path`; with `key`, the position of the property's key instead. */
  locate(path: readonly PathStep[], key?: boolean): Position | undefined;
}

/** Aliases beyond this count are refused: a few legitimate anchors, never a "billion laughs". */
export const MAX_ALIASES = 200;

export class ParseFailure {
  constructor(readonly diagnostics: Diagnostic[]) {}
}

/** Parses YAML (or JSON, which is YAML) keeping positions. Throws ParseFailure on bad input. */
export function parseYaml(text: string, file: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    schema: 'core',
    // An unknown or custom tag must not silently become a string or an object.
    customTags: [],
  });
  const pos = (offset: number): Position => {
    const lp = lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col };
  };
  const problems: Diagnostic[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    problems.push({
      file,
      position: pos(e.pos[0]),
      severity: 'error',
      message: describeYamlError(e.code, e.message),
    });
  }
  if (problems.length > 0) throw new ParseFailure(problems);
  if (doc.contents === null) {
    throw new ParseFailure([
      { file, position: { line: 1, column: 1 }, severity: 'error', message: 'the file is empty; expected an argument map (a mapping with `title` and `nodes`)' },
    ]);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const first = firstAlias(doc);
    throw new ParseFailure([
      {
        file,
        position: first ?? { line: 1, column: 1 },
        severity: 'error',
        message: `aliases expand too far (${(e as Error).message.replace(/\.$/, '')}); expected at most ${MAX_ALIASES} alias expansions`,
      },
    ]);
    function firstAlias(d: Document): Position | undefined {
      const m = /\*[^\s,\]}]+/.exec(text);
      void d;
      return m ? pos(m.index) : undefined;
    }
  }
  return {
    file,
    data,
    locate(path, key = false) {
      const found = walk(doc.contents as YamlNode, path, key);
      return found === undefined ? undefined : pos(found);
    },
  };
}

function walk(root: YamlNode | null, path: readonly PathStep[], key: boolean): number | undefined {
  let node: unknown = root;
  let last: number | undefined = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return last;
      if (key && i === path.length - 1) return rangeStart(pair.key) ?? last;
      node = pair.value;
      last = rangeStart(pair.value) ?? rangeStart(pair.key) ?? last;
    } else if (isSeq(node)) {
      const item = node.items[Number(step)];
      if (item === undefined) return last;
      node = item;
      last = rangeStart(item) ?? last;
    } else {
      return last;
    }
  }
  return last;
}

function rangeStart(n: unknown): number | undefined {
  const r = (n as { range?: [number, number, number] } | null)?.range;
  return r ? r[0] : undefined;
}

function describeYamlError(code: string, message: string): string {
  const plain = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return `duplicate key (${plain}); expected each key once per mapping`;
    case 'TAG_RESOLVE_FAILED':
      return `unsupported tag (${plain}); expected plain YAML without custom tags`;
    default:
      return `YAML syntax error: ${plain}`;
  }
}

/** JSON parses fast with JSON.parse; positions come from a YAML parse only when a message needs one. */
export function parseJson(text: string, file: string): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Re-parse as YAML for a positioned message (JSON is YAML 1.2); if YAML accepts what JSON does not,
    // say what JSON.parse said.
    parseYaml(text, file);
    const m = /at position (\d+)/.exec((e as Error).message);
    const at = m ? offsetToPosition(text, Number(m[1])) : undefined;
    throw new ParseFailure([
      { file, ...(at ? { position: at } : {}), severity: 'error', message: `invalid JSON: ${(e as Error).message.split('\n')[0]}` },
    ]);
  }
  let positioned: ParsedFile | undefined;
  return {
    file,
    data,
    locate(path, key) {
      positioned ??= parseYaml(text, file);
      return positioned.locate(path, key);
    },
  };
}

function offsetToPosition(text: string, offset: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
