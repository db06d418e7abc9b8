import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_SOURCE } from '../../scripts/font-source.mjs';

/**
 * The regular and bold font files the width table was measured from, base64 for a page's FontFace. Fails
 * naming the package and version to install when the files are missing or are other versions, rather than
 * measuring some other Liberation Sans and failing by a fraction of a pixel. ARGMAP_METRICS_FONT_DIR points
 * elsewhere (to check the message against another package's files).
 */
export function metricsFonts(): { regular: string; bold: string } {
  const dir = process.env.ARGMAP_METRICS_FONT_DIR ?? FONT_SOURCE.dir;
  const need = `${FONT_SOURCE.package} ${FONT_SOURCE.packageVersion} (Liberation Sans ${FONT_SOURCE.fontVersion}), as in Debian 12: \`apt-get install ${FONT_SOURCE.package}=${FONT_SOURCE.packageVersion}\`. Having fonts-liberation2 as well is fine; this test loads the files itself`;
  const read = ({ name, sha256 }: { name: string; sha256: string }): string => {
    const file = join(dir, name);
    if (!existsSync(file)) throw new Error(`${file} is missing: the width table src/render/fonts/liberation-sans.json was measured from ${need}`);
    const bytes = readFileSync(file);
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (hash !== sha256)
      throw new Error(`${file} is not the file the width table was measured from (sha256 ${hash.slice(0, 12)}…, expected ${sha256.slice(0, 12)}…): it needs ${need}`);
    return bytes.toString('base64');
  };
  return { regular: read(FONT_SOURCE.files.regular), bold: read(FONT_SOURCE.files.bold) };
}
