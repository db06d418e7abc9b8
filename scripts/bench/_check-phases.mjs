// The phase runner of the check bench: the same steps as `argmap check --format json` (loadMap, checkMap,
// the JSON writer), timed one by one in this process. Prints one JSON object ({ rows, rss }); run it alone to
// see where the time goes on any map: `node --max-old-space-size=8192 scripts/bench/_check-phases.mjs map.json`.
import { join } from 'node:path';
import { root } from './_lib.mjs';

const imp = (p) => import(join(root, 'dist', p));
const { readTextInput } = await imp('io/input.js');
const { parseJson } = await imp('io/parse.js');
const { validateShape } = await imp('io/schema.js');
const { checkReferences } = await imp('io/references.js');
const { RULES, runRule, createContext, sortFindings } = await imp('rules/index.js');
const { applySuppressions } = await imp('rules/suppress.js');
const { writeFindingsJson } = await imp('cli/findings-json.js');
const file = process.argv[2];
const rows = [];
let c0 = process.cpuUsage();
let t0 = performance.now();
const lap = (name) => {
  const cpu = process.cpuUsage(c0);
  rows.push({ name, ms: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000, rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed });
  c0 = process.cpuUsage();
  t0 = performance.now();
};
const text = readTextInput(file, 'json-map');
lap('read the file');
const parsed = parseJson(text, file);
lap('parse (syntax scan and JSON.parse)');
if (validateShape(parsed).length > 0) throw new Error('invalid');
lap('validate (ajv)');
if (checkReferences(parsed.data, parsed).length > 0) throw new Error('bad references');
lap('references');
const loaded = { file, map: parsed.data, locate: parsed.locate };
const ctx = createContext(loaded);
lap('support index and rule context');
const findings = [];
const ran = new Set();
for (const rule of RULES) {
  if (rule.needsSources) continue;
  ran.add(rule.meta.id);
  const found = runRule(rule, ctx);
  for (const f of found) findings.push(f);
  lap('rule ' + rule.meta.id + ' (' + found.length.toLocaleString('en') + ' findings)');
}
const sorted = sortFindings(applySuppressions(ctx, findings, { known: new Set(RULES.map((r) => r.meta.id)), ran, settings: undefined }));
lap('suppressions and sort');
const summary = { error: 0, warning: 0, info: 0, suppressed: 0 };
for (const f of sorted) summary[f.suppressed ? 'suppressed' : f.severity]++;
let bytes = 0;
writeFindingsJson(sorted, summary, (t) => {
  bytes += t.length;
});
lap('JSON output (' + (bytes / 2 ** 20).toFixed(0) + ' MB, counted, not written)');
process.stdout.write(JSON.stringify({ rows, rss: process.resourceUsage().maxRSS * 1024 }));
