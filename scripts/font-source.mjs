// The font files src/render/fonts/liberation-sans.json was measured from (by scripts/fonts.mjs), so the Chromium
// test can measure with the very same files. Debian's fonts-liberation2 (Liberation 2.x) installs the same family
// name with different kerning (it adds the pair "11", 0.96 px at 13 px), so "whatever fontconfig picks" is not
// good enough. The hashes say exactly which files; the package and version say where to get them.
export const FONT_SOURCE = {
  package: 'fonts-liberation',
  packageVersion: '1:1.07.4-11',
  fontVersion: 'Version 1.07.4',
  dir: '/usr/share/fonts/truetype/liberation',
  files: {
    regular: { name: 'LiberationSans-Regular.ttf', sha256: 'f8ace1f892b2bd9dc1792ba7f097fa7588f84fed48321480e04de5390828221f' },
    bold: { name: 'LiberationSans-Bold.ttf', sha256: '361c61b82d575c5c35fd9157fda8b0194bcfcd0d88ea8521a4fb5dd53d33dddc' },
  },
};
