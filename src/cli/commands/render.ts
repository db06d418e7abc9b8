import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadMap } from '../../io/load.js';
import { DRAWING_LIMIT, fitsDrawingLimit, renderSvg, RenderInputError, wholeMapSize, type DrawingSize, type RenderOptions } from '../../render/render.js';
import { warmUpElk } from '../../render/elk-run.js';
import { layoutWarmUp } from '../../render/layout-run.js';
import { sanitiseId } from '../../render/xml.js';
import type { LayoutStats } from '../../render/stats.js';
import { mapName } from '../../render/views.js';
import { writeMapViews } from '../../app/views.js';
import { mapOverview } from '../../app/overview.js';
import { emit, outputFile, writeOutput } from '../output.js';
import { renderSpec } from '../specs/render.js';
import { EXIT, InputError, UsageError, defineCommand } from '../command.js';
import { progressLine, progressWanted } from '../progress.js';
import { visibleText } from '../../io/visible-text.js';

function formatStats(file: string, s: LayoutStats): string {
  return `${file}: ${s.nodes} nodes, ${s.inferences} inferences, ${s.edges} edges, ${s.crossings} crossings, ${s.bends} bends, ${s.width}×${s.height} px, layout ${(s.layoutMs / 1000).toFixed(2)} s\n`;
}

/**
 * Why a whole map is drawn as its overview: past DRAWING_LIMIT a full layout would take minutes (or never
 * end on a million nodes), and the overview of any size takes seconds. Said on stderr, so the SVG on
 * stdout (or the file written) stays what it is.
 */
function overviewNote(file: string, size: DrawingSize): string {
  return (
    `argmap: ${visibleText(file, true)} holds ${size.boxes} boxes (nodes and inferences) and ${size.links} links; render lays out at most ` +
    `${DRAWING_LIMIT.boxes} boxes and ${DRAWING_LIMIT.links} links in full (layout time grows faster than the map), so it draws the overview ` +
    '(one box per section) instead. For part of the map in full: --focus <node-id> (one node with its support and attackers) or --set <set-id> (one hypothesis set)\n'
  );
}

/**
 * `-o` names the one file to write, as for every command; `-` is stdout. A folder given to -o (as
 * before --out-dir existed) is refused with the option that does that, not written into.
 */
function outputTarget(options: { output?: string | undefined; 'out-dir'?: string | undefined }): string | undefined {
  if (options.output === '-') return '-';
  const file = outputFile(options.output);
  if (file === undefined) return undefined;
  if (options['out-dir'] !== undefined) throw new UsageError('-o names the file and --out-dir a folder for the default names; give one of them');
  let isDir = false;
  try {
    isDir = statSync(file).isDirectory();
  } catch {
    // Not there yet: the usual case.
  }
  if (isDir) throw new UsageError(`-o names one file, and ${file} is a folder; to write <map-name>.svg into it, give --out-dir ${file}`);
  return file;
}

export const renderCommand = defineCommand({
  ...renderSpec,
  async run([file], options, io) {
    const outDir = options['out-dir'] ?? 'render';
    const target = outputTarget(options);
    const { focus, set } = options;
    if ([focus !== undefined, set !== undefined, options.views === true, options.overview === true].filter(Boolean).length > 1) {
      throw new UsageError('--focus, --set, --overview and --views each choose what to draw; give at most one');
    }
    if (outDir === '') throw new UsageError('--out-dir needs a directory; found an empty string');
    const toStdout = target === '-';
    if (target !== undefined && options.views) throw new UsageError('--views writes several files and -o names one; give --out-dir <dir> for the views');
    warmUpElk(layoutWarmUp()); // ELK loads and runs on the other core while this thread reads and checks the map
    const progress = progressLine(io, progressWanted(io.isTTY));
    const loaded = loadMap(file!);
    progress.step(`${file}: loaded; preparing the drawing…`);
    const base: RenderOptions = { direction: options.direction, groupBy: options['group-by'] };
    try {
      if (!toStdout) mkdirSync(target === undefined ? outDir : dirname(target), { recursive: true });
    } catch (e) {
      throw new InputError(
        `cannot create output directory ${target === undefined ? outDir : dirname(target)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); expected a writable directory`,
      );
    }
    // ELK works in a worker thread, so the main thread can count the seconds of a long layout.
    const what = `${loaded.map.nodes.length} nodes`;
    const onProgress: RenderOptions['onProgress'] = progressWanted(io.isTTY) ? ({ elapsed }) => progress.step(`laying out ${what}… ${Math.round(elapsed)} s`) : undefined;
    const clearLine = () => progress.done();
    const whole = focus === undefined && set === undefined && !options.views;
    const size = wholeMapSize(loaded.map);
    const overview = options.overview === true || (whole && !fitsDrawingLimit(size));
    const finish = (svg: string, stats: LayoutStats, suffix: string) => {
      clearLine();
      if (toStdout) {
        emit(io, undefined, svg);
        if (options.stats) io.stderr(formatStats('-', stats));
        return EXIT.ok;
      }
      const written = target ?? join(outDir, `${mapName(file!)}${suffix}.svg`);
      writeOutput(written, svg);
      io.stdout(options.stats ? formatStats(written, stats) : `wrote ${written}\n`);
      return EXIT.ok;
    };
    try {
      if (options.views) {
        const written = await writeMapViews(loaded, outDir, { ...base, ...(onProgress ? { onProgress } : {}) });
        clearLine();
        for (const w of written) io.stdout(options.stats ? formatStats(w.file, w.stats) : `wrote ${w.file}\n`);
        return EXIT.ok;
      }
      if (overview) {
        if (!options.overview) io.stderr(overviewNote(file!, size));
        progress.step(`drawing the overview of ${what}…`);
        const { svg, stats } = await mapOverview(loaded);
        return finish(svg, stats, '--overview');
      }
      const view: RenderOptions = {
        ...base,
        ...(focus !== undefined ? { focus } : {}),
        ...(set !== undefined ? { hypothesisSet: set } : {}),
        ...(onProgress ? { onProgress } : {}),
      };
      const { svg, stats } = await renderSvg(loaded, view);
      return finish(svg, stats, focus !== undefined ? `--focus-${sanitiseId(focus)}` : set !== undefined ? `--set-${sanitiseId(set)}` : '');
    } catch (e) {
      clearLine();
      if (e instanceof RenderInputError) throw new InputError(e.message);
      const errno = e as NodeJS.ErrnoException;
      if (errno.syscall && errno.code) throw new InputError(`cannot write into ${outDir} (${errno.code}); expected a writable directory`);
      throw e;
    }
  },
});
