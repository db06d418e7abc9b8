import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TSC = resolve('node_modules', '.bin', 'tsc');

describe('the published types (dist/*.d.ts, as `npm run build` makes them)', () => {
  it('compile in a project with only typescript: no @types/node, no skipLibCheck, no DOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'argmap-types-'));
    try {
      mkdirSync(join(dir, 'node_modules'));
      // Installed as a dependency is installed: the package folder under node_modules, found through "exports".
      symlinkSync(resolve('.'), join(dir, 'node_modules', 'argmap'), 'dir');
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'es2022',
            lib: ['es2023'],
            module: 'nodenext',
            moduleResolution: 'nodenext',
            strict: true,
            exactOptionalPropertyTypes: true,
            types: [],
            noEmit: true,
          },
          files: ['use.ts'],
        }),
      );
      writeFileSync(
        join(dir, 'use.ts'),
        [
          "import * as argmap from 'argmap';",
          "import type { ArgumentMap, LoadedMap, Finding, Diagnostic, RenderOptions, SourceText } from 'argmap';",
          "const map: ArgumentMap = { title: 'A first map', nodes: [{ id: 'c', kind: 'conclusion', text: 'It rains' }] };",
          'export const uses: [typeof argmap, ArgumentMap, LoadedMap?, Finding?, Diagnostic?, RenderOptions?, SourceText?] = [argmap, map];',
          'export const load: (text: string, file: string) => LoadedMap = (text, file) => argmap.loadMapText(text, file);',
          '',
        ].join('\n'),
      );
      let listed = '';
      try {
        listed = execFileSync(TSC, ['-p', join(dir, 'tsconfig.json'), '--listFiles'], { encoding: 'utf8', cwd: dir });
      } catch (e) {
        const out = (e as { stdout?: string }).stdout ?? '';
        expect.fail(
          `tsc found errors in the published types:\n${out
            .split('\n')
            .filter((l) => /error TS/.test(l))
            .join('\n')}`,
        );
      }
      // The point of the test: Node's own declarations were never loaded to make it pass.
      expect(listed).toContain('dist/index.d.ts');
      expect(listed).not.toMatch(/@types\/node|lib\.dom\.d\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
