import { describe, expect, it } from 'vitest';
import { MapLoadError, formatDiagnostic } from '../src/io/diagnostics.js';
import { apxName, detectFormat, parseFramework, readFramework, toArgumentationFramework, writeApx, writeTgf, type FrameworkFormat } from '../src/interop/iccma.js';

const FLOATING = {
  arguments: ['a', 'b', 'c', 'd'],
  attacks: [
    ['a', 'b'],
    ['b', 'a'],
    ['a', 'c'],
    ['b', 'c'],
    ['c', 'd'],
  ],
};

/** The one diagnostic a bad file gives, as the CLI prints it. */
function problem(text: string, format: FrameworkFormat, file = `bad.${format}`): string {
  try {
    parseFramework(text, file, format);
  } catch (e) {
    if (e instanceof MapLoadError) return e.diagnostics.map(formatDiagnostic).join('\n');
    throw e;
  }
  throw new Error('expected the text to be refused');
}

describe('reading the three ICCMA formats', () => {
  it('reads the same framework from apx, tgf and i23 fixtures', () => {
    expect(toArgumentationFramework(readFramework('test/fixtures/af/floating.apx'))).toEqual(FLOATING);
    expect(toArgumentationFramework(readFramework('test/fixtures/af/floating.tgf'))).toEqual(FLOATING);
    const i23 = toArgumentationFramework(readFramework('test/fixtures/af/floating.i23'));
    expect(i23.arguments).toEqual(['1', '2', '3', '4']);
    expect(i23.attacks).toEqual(FLOATING.attacks.map(([a, b]) => [String(a!.charCodeAt(0) - 96), String(b!.charCodeAt(0) - 96)]));
  });
  it('reads quoted apx names with escapes, upper-case bare names, and several statements per line', () => {
    const f = toArgumentationFramework(readFramework('test/fixtures/af/names.apx'));
    expect(f.arguments).toEqual(['Kremlin', '3.A.v', 'say "no"', 'malenkov_1']);
    expect(f.attacks).toEqual([
      ['Kremlin', '3.A.v'],
      ['malenkov_1', 'say "no"'],
    ]);
    expect(toArgumentationFramework(parseFramework('arg(A).arg(b).att(A,b).', 'x.apx', 'apx')).attacks).toEqual([['A', 'b']]);
  });
  it('accepts an apx attack before the arguments it names, as ASP does', () => {
    const f = toArgumentationFramework(parseFramework('att(a,b).\narg(b). arg(a).\n', 'x.apx', 'apx'));
    expect(f).toEqual({ arguments: ['b', 'a'], attacks: [['a', 'b']] });
  });
  it('ignores tgf labels after a name and blank lines, and i23 comments', () => {
    expect(toArgumentationFramework(parseFramework('a first\r\n\r\nb second\r\n#\r\na b edge\r\n', 'x.tgf', 'tgf'))).toEqual({ arguments: ['a', 'b'], attacks: [['a', 'b']] });
    expect(toArgumentationFramework(parseFramework('# made by hand\np af 2\n# attacks\n2 1\n1 2 # both ways\n', 'x.i23', 'i23')).attacks).toEqual([
      ['2', '1'],
      ['1', '2'],
    ]);
    expect(parseFramework('p af 0\n', 'x.i23', 'i23').names).toEqual([]);
  });
  it('detects the format by extension, else by content', () => {
    expect(detectFormat('x.APX', 'whatever')).toBe('apx');
    expect(detectFormat('x.af', '')).toBe('i23');
    expect(detectFormat('x.i23', '')).toBe('i23');
    expect(detectFormat('x.txt', '% c\n\narg(a).')).toBe('apx');
    expect(detectFormat('x', '# comment\np af 3\n1 2')).toBe('i23');
    expect(detectFormat('x', 'a\nb\n#\na b')).toBe('tgf');
  });
});

describe('refusing bad files with file:line:col, what was found and what was expected', () => {
  it('apx', () => {
    expect(problem('arg(a).\narg(b).\natt(a,c).\n', 'apx')).toBe('bad.apx:3:7: error: attack names argument "c", which is not declared; expected a declared argument');
    expect(problem('arg(a).\n  arg(a).\n', 'apx')).toBe('bad.apx:2:7: error: argument "a" is declared twice; expected each argument once');
    expect(problem('arg(a)\narg(b).\n', 'apx')).toBe('bad.apx:1:7: error: found end of line; expected "." ending the statement');
    expect(problem('arg(a).\nargs(b).\n', 'apx')).toBe('bad.apx:2:1: error: found "args(b)."; expected arg(name). or att(name,name).');
    expect(problem('att(a b).', 'apx')).toBe('bad.apx:1:7: error: found "b)."; expected "," between the two names of att(...)');
    expect(problem('arg("open).', 'apx')).toBe('bad.apx:1:5: error: found a quoted name that is not closed; expected a closing " on the same line');
    expect(problem('arg(-x).', 'apx')).toMatch(/^bad\.apx:1:5: error: found "-x\)\."; expected an argument name/);
  });
  it('tgf', () => {
    expect(problem('a\nb\n#\na c\n', 'tgf')).toBe('bad.tgf:4:3: error: attack names argument "c", which is not declared; expected a declared argument');
    expect(problem('a\nb\n#\nb\n', 'tgf')).toBe('bad.tgf:4:2: error: found end of line; expected a second argument name (an attack is "attacker target")');
    expect(problem('a\na\n', 'tgf')).toBe('bad.tgf:2:1: error: argument "a" is declared twice; expected each argument once');
  });
  it('i23', () => {
    expect(problem('# c\np af 3\n1 2\n2 4\n', 'i23')).toBe('bad.i23:4:3: error: found "4"; expected an argument number from 1 to 3');
    expect(problem('1 2\n', 'i23')).toBe('bad.i23:1:1: error: found "1"; expected the header "p af N" before any attack');
    expect(problem('p af x\n', 'i23')).toBe('bad.i23:1:6: error: found "x"; expected the number of arguments N in "p af N"');
    expect(problem('p bf 3\n', 'i23')).toBe('bad.i23:1:3: error: found "bf"; expected "af" in the header "p af N"');
    expect(problem('p af 2\n0 1\n', 'i23')).toBe('bad.i23:2:1: error: found "0"; expected an argument number from 1 to 2');
    expect(problem('p af 2\n1\n', 'i23')).toBe('bad.i23:2:2: error: found end of line; expected a second argument number (an attack is "i j")');
    expect(problem('p af 2\n1 2 3\n', 'i23')).toBe('bad.i23:2:5: error: found "3"; expected the end of the attack line "i j"');
    expect(problem('p af 999999999\n', 'i23')).toBe('bad.i23:1:6: error: found 999999999 arguments; expected at most 20000000 (each is named in memory)');
    expect(problem('# only a comment\n', 'i23')).toBe('bad.i23:2:1: error: found no header; expected "p af N" as the first line that is not a comment');
  });
  it('files that are missing, and directories', () => {
    expect(() => readFramework('test/fixtures/af/none.apx')).toThrow(/none\.apx: error: file not found/);
    expect(() => readFramework('test/fixtures/af')).toThrow(/is a directory/);
  });
});

describe('writing', () => {
  it('quotes every name that is not a lower-case ASP constant', () => {
    expect(['a1', 'malenkov_1', 'Kremlin', '3', '3.A.v', 'x-y', 'q"\\'].map(apxName)).toEqual(['a1', 'malenkov_1', '"Kremlin"', '"3"', '"3.A.v"', '"x-y"', '"q\\"\\\\"']);
  });
  it('round-trips awkward names through apx, and plain ones through tgf', () => {
    const f = {
      arguments: ['Kremlin', '3.A.v', 'say "no"', 'back\\slash', 'plain'],
      attacks: [
        ['Kremlin', '3.A.v'],
        ['plain', 'back\\slash'],
        ['say "no"', 'say "no"'],
      ] as [string, string][],
    };
    expect(toArgumentationFramework(parseFramework(writeApx(f), 'x.apx', 'apx'))).toEqual(f);
    const g = { arguments: ['3.A.v', 'b'], attacks: [['b', '3.A.v']] as [string, string][] };
    expect(toArgumentationFramework(parseFramework(writeTgf(g), 'x.tgf', 'tgf'))).toEqual(g);
    expect(() => writeTgf({ arguments: ['has space'], attacks: [] })).toThrow(/cannot be written as tgf/);
  });
});
