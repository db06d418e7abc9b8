import { readFileSync } from 'node:fs';
import { MapLoadError } from '../../io/diagnostics.js';
import { RULES, SUPPRESSION_RULES, ruleById, type Finding, type Rule, type RuleMeta } from '../../rules/index.js';
import { visibleJson, visibleText } from '../../io/visible-text.js';
import { markdownText } from '../../render/markdown-text.js';
import { checkSpec } from '../specs/check.js';
import { EXIT, UsageError, defineCommand } from '../command.js';
import { printDiagnostics, streamOut } from '../output.js';
import { progressLine, progressWanted } from '../progress.js';
import { settingsLookup, type Override } from '../../app/lint-config.js';
import { checkFile } from '../../app/check.js';
import { sarifLog } from '../sarif.js';
import { CHUNK, findingsJsonChunks } from '../findings-json.js';
import { summaryLine, type Summary } from '../summary-line.js';

export const checkCommand = defineCommand({
  ...checkSpec,
  async run(files, options, io) {
    const { select, overrides } = splitRuleOption(options.rule);
    const rules = selectRules(select, options.ignore);
    const run = { rules, config: options.config, overrides, allowOutside: options['allow-outside'] === true };
    const settingsFor = settingsLookup(run.config, run.overrides);
    const findings: Finding[] = [];
    const progress = progressLine(io, progressWanted(io.isTTY, options.format));
    let bad = 0;
    for (const file of files) {
      try {
        // A loop, not push(...list): a million findings would overflow the call stack as arguments.
        for (const f of checkFile(file, run, settingsFor, (what) => progress.step(`checking ${what}…`))) findings.push(f);
      } catch (e) {
        // A bad config file (ConfigError) is a MapLoadError too: both name file:line:col and exit 2.
        if (!(e instanceof MapLoadError)) throw e;
        bad++;
        progress.done();
        printDiagnostics(io, e.diagnostics);
      }
    }
    progress.done();
    const summary = { error: 0, warning: 0, info: 0, suppressed: 0 };
    for (const f of findings) summary[f.suppressed ? 'suppressed' : f.severity]++;
    const format = options.format;
    const metas = [...RULES.map((r) => r.meta), ...SUPPRESSION_RULES];
    if (format === 'json') await streamOut(io, findingsJsonChunks(findings, summary));
    else if (format === 'markdown') io.stdout(markdown(findings, metas, summary));
    else if (format === 'sarif') io.stdout(visibleJson(sarifLog(findings, metas, { version: packageVersion(), cwd: process.cwd() })));
    else await streamOut(io, textChunks(findings, summary));
    if (bad > 0) return EXIT.usage;
    return summary.error > 0 ? EXIT.findings : EXIT.ok;
  },
});

function ids(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return values
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `--rule a,b` chooses rules, `--rule a=off` sets one's severity, as ESLint's --rule does. */
function splitRuleOption(values: string[] | undefined): { select: string[] | undefined; overrides: Override[] } {
  const items = ids(values);
  if (!items) return { select: undefined, overrides: [] };
  const overrides = items.filter((s) => s.includes('=')).map((s) => ({ rule: s.slice(0, s.indexOf('=')).trim(), severity: s.slice(s.indexOf('=') + 1).trim() }));
  const select = items.filter((s) => !s.includes('='));
  return { select: select.length > 0 ? select : undefined, overrides };
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function selectRules(only: string[] | undefined, skip: string[] | undefined): Rule[] {
  const check = (list: string[] | undefined, flag: string) => {
    for (const id of list ?? []) {
      if (!ruleById(id)) throw new UsageError(`${flag} ${JSON.stringify(id)} is not a rule; expected one of the ids \`argmap rules\` lists`);
    }
    return list;
  };
  const wanted = check(only, '--rule');
  const unwanted = new Set(check(ids(skip), '--ignore'));
  return RULES.filter((r) => (!wanted || wanted.includes(r.meta.id)) && !unwanted.has(r.meta.id));
}

function* textChunks(findings: Finding[], s: Summary): Generator<string> {
  for (let i = 0; i < findings.length; i += CHUNK) {
    yield findings
      .slice(i, i + CHUNK)
      .map(
        (f) =>
          visibleText(
            `${f.location.file}:${f.location.line}:${f.location.column} ${f.suppressed ? 'suppressed ' : ''}${f.severity} ${f.rule} ${f.message}${f.suppressed ? ` (reason: ${f.suppressed.reason})` : ''}`,
            true,
          ) + '\n',
      )
      .join('');
  }
  yield summaryLine(s) + '\n';
}

const cell = markdownText;

function markdown(findings: Finding[], rules: readonly RuleMeta<object>[], s: Summary): string {
  const out = ['# argmap check', '', summaryLine(s) + '.', ''];
  for (const rule of rules) {
    const own = findings.filter((f) => f.rule === rule.id);
    if (own.length === 0) continue;
    const suppressed = own.filter((f) => f.suppressed).length;
    const counted = own.length - suppressed;
    const count = suppressed > 0 ? `${counted}, ${suppressed} suppressed` : `${counted}`;
    out.push(`## ${rule.id} (${own[0]!.severity}, ${count})`, '', cell(rule.description) + '.', '', '| Location | Nodes | Finding |', '|---|---|---|');
    for (const f of own) {
      const why = f.suppressed ? `Suppressed (${f.suppressed.reason}): ` : '';
      out.push(`| ${cell(`${f.location.file}:${f.location.line}:${f.location.column}`)} | ${cell(f.nodes.join(', '))} | ${cell(why + f.message)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
