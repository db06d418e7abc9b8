// `npm start`: the main job on every map under arguments/ (the memorandum first): validate, check the
// reasoning and write its findings, render the SVG views, the ACH matrices and the offline explorer into
// render/. Check findings do not fail the job (the memorandum's own date slips are errors by design);
// invalid input does.
import { readdirSync, writeFileSync, renameSync } from 'node:fs';
import { join, basename } from 'node:path';
import { main } from '../dist/cli/main.js';

const maps = [
  ...readdirSync('arguments')
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join('arguments', f)),
  ...readdirSync(join('arguments', 'examples'))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join('arguments', 'examples', f)),
];

const passthrough = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stderr.isTTY),
};

async function run(args, { allow = [0], io = passthrough } = {}) {
  const code = await main(args, io);
  if (!allow.includes(code)) {
    process.stderr.write(`npm start: \`argmap ${args.join(' ')}\` exited ${code}\n`);
    process.exit(code);
  }
  return code;
}

function writeAtomic(file, text) {
  writeFileSync(file + '.tmp', text);
  renameSync(file + '.tmp', file);
}

const started = Date.now();
await run(['validate', ...maps]);
for (const map of maps) {
  const name = basename(map).replace(/\.ya?ml$/, '');
  console.log(`\n== ${map}`);
  await run(['coverage', map, '--quiet'], { allow: [0, 1] });
  // The check's text summary goes to the terminal; its Markdown report is kept beside the drawings.
  let report = '';
  await run(['check', map, '--format', 'markdown'], { allow: [0, 1], io: { ...passthrough, stdout: (t) => (report += t) } });
  writeAtomic(join('render', `${name}--findings.md`), report);
  const summary = report.split('\n').find((l) => /\d+ findings?/.test(l));
  console.log(`check: ${summary ?? 'no findings'} (render/${name}--findings.md)`);
  await run(['render', map, '--views']);
  await run(['render', map, '--overview']);
  let hasSets = true;
  for (const format of ['html', 'svg']) {
    const code = await run(['ach', map, '--format', format, '-o', join('render', `${name}--ach.${format}`)], {
      allow: [0, 2],
      io: { ...passthrough, stderr: () => {} },
    });
    if (code === 2) hasSets = false;
  }
  if (hasSets) console.log(`ach: render/${name}--ach.html, render/${name}--ach.svg`);
  await run(['html', map, '-o', join('render', `${name}.html`)]);
}
console.log(`\nnpm start: done in ${((Date.now() - started) / 1000).toFixed(1)} s; open render/soviet-policies-1953.html in a browser.`);
