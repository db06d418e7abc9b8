// Types for scripts/font-source.mjs, so the Chromium test can load the files the width table came from.
interface FontFile {
  name: string;
  sha256: string;
}
export declare const FONT_SOURCE: { package: string; packageVersion: string; fontVersion: string; dir: string; files: { regular: FontFile; bold: FontFile } };
