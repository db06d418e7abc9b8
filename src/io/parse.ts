import { LineCounter, parseDocument, visit, isMap, isSeq, isScalar, isPair, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Position } from './diagnostics.js';
import { jsonLocator } from './json-locate.js';
import { lineIndex } from './line-index.js';

/** A step in a path into a parsed document: an object key or an array index. */
export type PathStep = string | number;

/** Parsed data with a way back from a path in the data to the place in the text. */
export interface ParsedFile {
  file: string;
  data: unknown;
  /** Position of the value at `path`; with `key`, the position of the property's key instead. */
  locate(path: readonly PathStep[], key?: boolean): Position | undefined;
}

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

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
  });
  const pos = (offset: number): Position => {
    const lp = lineCounter.linePos(offset);
    return { line: lp.line, column: lp.col };
  };
  const problems: Diagnostic[] = [];
  const seenAt = new Set<number>();
  for (const e of [...doc.errors, ...doc.warnings]) {
    // One message per place: the parser often reports a single slip several ways.
    if (seenAt.has(e.pos[0])) continue;
    seenAt.add(e.pos[0]);
    problems.push({
      file,
      position: pos(e.pos[0]),
      severity: 'error',
      message: describeYamlError(e.code, e.message),
    });
  }
  // The yaml library resolves some non-core tags (e.g. !!binary) on its own; a map has no use for any of them.
  visit(doc, (_key, node) => {
    const tag = (node as { tag?: string } | null)?.tag;
    if (tag && !CORE_TAGS.has(tag)) {
      const at = rangeStart(node);
      problems.push({
        file,
        ...(at !== undefined ? { position: pos(at) } : {}),
        severity: 'error',
        message: `unsupported tag ${tag.replace('tag:yaml.org,2002:', '!!')}; expected plain YAML without tags`,
      });
    }
  });
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
    const first = firstAlias();
    throw new ParseFailure([
      {
        file,
        position: first ?? { line: 1, column: 1 },
        severity: 'error',
        message: `aliases expand too far (${(e as Error).message.replace(/\.$/, '')}); expected at most ${MAX_ALIASES} alias expansions`,
      },
    ]);
    function firstAlias(): Position | undefined {
      const m = /\*[^\s,\]}]+/.exec(text);
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
    const m = /at position (\d+)/.exec((e as Error).message);
    // Without an offset from JSON.parse, a YAML parse (JSON is YAML 1.2) finds the place instead.
    if (!m) parseYaml(text, file);
    const at = m ? lineIndex(text)(Number(m[1])) : undefined;
    throw new ParseFailure([
      { file, ...(at ? { position: at } : {}), severity: 'error', message: `invalid JSON: ${(e as Error).message.split('\n')[0]}` },
    ]);
  }
  // Values are found by scanning the JSON text itself (fast at 1M nodes); only a key's position, which
  // the scanner does not track, takes a full YAML parse.
  let scan: ((path: readonly PathStep[]) => Position) | undefined;
  let positioned: ParsedFile | undefined;
  return {
    file,
    data,
    locate(path, key) {
      if (key) {
        positioned ??= parseYaml(text, file);
        return positioned.locate(path, key);
      }
      scan ??= jsonLocator(text);
      return scan(path);
    },
  };
}
