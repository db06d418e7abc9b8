import { Composer, LineCounter, Parser, YAMLParseError, visit, isMap, isSeq, isScalar, isPair, type CST, type Document, type Node as YamlNode } from 'yaml';
import { echoText, MAX_ECHO, type Diagnostic, type Position } from './diagnostics.js';
import { jsonLocator } from './json-locate.js';
import { checkJsonSyntax } from './json-syntax.js';
import { lineIndex } from './line-index.js';

import type { PathStep } from '../model/diagnostics.js';

export type { PathStep };

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

/**
 * Collections may nest at most this deep. A map needs fewer than 10 levels; the yaml library's composer
 * recursed out of stack from about 900 nested flow lists (2,000 block mappings) on Node 20, and JSON
 * positions used to come from it, so the bound sits an order of magnitude below any overflow.
 */
export const MAX_DEPTH = 100;

export class ParseFailure extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'ParseFailure';
  }
}

/**
 * YAML 1.2 and JSON both take a lone CR as a line break, as editors do; the yaml library and the line
 * index count LF only. One character for one keeps every offset where it was.
 */
const lineBreaksAsLf = (text: string) => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

/** Parses YAML (or JSON, which is YAML) keeping positions. Throws ParseFailure on bad input. */
export function parseYaml(source: string, file: string): ParsedFile {
  const text = lineBreaksAsLf(source);
  const lineCounter = new LineCounter();
  const doc = composeYaml(text, lineCounter, file);
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
        message: `unsupported tag ${echoText(tag.replace('tag:yaml.org,2002:', '!!'))}; expected plain YAML without tags`,
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

const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, schema: 'core' } as const;

/** parseDocument's steps, with the nesting bounded between the (iterative) parser and the (recursive) composer. */
function composeYaml(text: string, lineCounter: LineCounter, file: string): Document.Parsed {
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = tooDeep(tokens);
  if (deep !== undefined) {
    const lp = lineCounter.linePos(deep);
    throw new ParseFailure([
      {
        file,
        position: { line: lp.line, column: lp.col },
        severity: 'error',
        message: `nesting deeper than ${MAX_DEPTH} levels; expected at most ${MAX_DEPTH} (a map needs fewer than 10)`,
      },
    ]);
  }
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(YAML_OPTIONS).compose(tokens, true, text.length)) {
    if (doc) {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'a second document'));
      break;
    }
    doc = next;
  }
  return doc!;
}

/** Offset of the first collection nested deeper than MAX_DEPTH, walking the syntax tree without recursion. */
function tooDeep(tokens: CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  let first: number | undefined;
  while (stack.length > 0) {
    const [t, depth] = stack.pop()!;
    if (t.type === 'document') {
      if (t.value) stack.push([t.value, depth]);
    } else if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (depth >= MAX_DEPTH) {
        if (first === undefined || t.offset < first) first = t.offset;
        continue;
      }
      for (const item of t.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return first;
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
  // The parser's words can quote the text (an unresolved tag, say): cut like any echo.
  const plain = echoText(message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), 2 * MAX_ECHO);
  switch (code) {
    case 'DUPLICATE_KEY':
      return `duplicate key (${plain}); expected each key once per mapping`;
    case 'MULTIPLE_DOCS':
      return 'a second document starts here; expected one map per file';
    case 'TAG_RESOLVE_FAILED':
      return `unsupported tag (${plain}); expected plain YAML without custom tags`;
    default:
      return `YAML syntax error: ${plain}`;
  }
}

/**
 * JSON parses fast with JSON.parse, after a scan of the text for what JSON.parse lets through or cannot
 * place (duplicate keys, deep nesting, the position of a syntax error); positions come from scanning the
 * JSON text itself, never from a YAML parse of it.
 */
export function parseJson(source: string, file: string): ParsedFile {
  const text = lineBreaksAsLf(source);
  const position = lineIndex(text);
  const lists = { items: new Map<number, Int32Array>(), ends: new Map<number, number>() };
  const problems = checkJsonSyntax(text, MAX_DEPTH, position, lists);
  if (problems.length > 0) {
    throw new ParseFailure(problems.map((p) => ({ file, position: position(p.offset), severity: 'error', message: p.message })));
  }
  const data: unknown = JSON.parse(text);
  let scan: ReturnType<typeof jsonLocator> | undefined;
  return {
    file,
    data,
    locate(path, key) {
      scan ??= jsonLocator(text, position, lists);
      return scan(path, key);
    },
  };
}
