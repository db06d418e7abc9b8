import { loadMap } from '../../io/load.js';
import { MapLoadError, formatDiagnostic } from '../../io/diagnostics.js';
import { readSourceTexts } from '../../io/sources.js';
import { RULES, checkMap, ruleById, type Finding, type Rule } from '../../rules/index.js';
import { visibleJson, visibleText } from '../../io/visible-text.js';
import { markdownText } from '../../render/markdown-text.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { ALLOW_OUTSIDE_OPTION } from '../sources.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const checkCommand: Command = {
  name: 'check',
  summary: 'lint the reasoning of maps: provenance, support, contradiction and hedging rules',
  usage: '<file...>',
  positionals: { min: 1, max: Infinity },
  options: {
    format: { type: 'string', short: 'f', arg: '<format>', description: 'output format', choices: FORMATS, default: 'text' },
    rule: { type: 'string', multiple: true, arg: '<ids>', description: 'run only these rules (comma-separated or repeated)' },
    ignore: { type: 'string', multiple: true, arg: '<ids>', description: 'skip these rules (comma-separated or repeated)' },
    'allow-outside': ALLOW_OUTSIDE_OPTION,
  },
  async run(files, options, io) {
    const rules = selectRules(options.rule as string[] | undefined, options.ignore as string[] | undefined);
    const findings: Finding[] = [];
    let bad = 0;
    for (const file of files) {
      try {
        const loaded = loadMap(file);
        const needsSources = rules.some((r) => r.needsSources);
        const sources = needsSources ? readSourceTexts(loaded, { allowOutside: options['allow-outside'] === true }) : undefined;
        // A loop, not push(...list): a million findings would overflow the call stack as arguments.
        for (const f of checkMap(loaded, { rules, ...(sources ? { sources } : {}) })) findings.push(f);
      } catch (e) {
        if (!(e instanceof MapLoadError)) throw e;
        bad++;
        for (const d of e.diagnostics) io.stderr(formatDiagnostic(d) + '\n');
      }
    }
    const summary = { error: 0, warning: 0, info: 0 };
    for (const f of findings) summary[f.severity]++;
    const format = options.format as (typeof FORMATS)[number];
    if (format === 'json') writeJson(findings, summary, io.stdout);
    else if (format === 'markdown') io.stdout(markdown(findings, rules, summary));
    else writeText(findings, summary, io.stdout);
    if (bad > 0) return EXIT.usage;
    return summary.error > 0 ? EXIT.findings : EXIT.ok;
  },
};

function ids(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
}

function selectRules(only: string[] | undefined, skip: string[] | undefined): Rule[] {
  const check = (list: string[] | undefined, flag: string) => {
    for (const id of list ?? []) {
      if (!ruleById(id)) throw new UsageError(`${flag} ${JSON.stringify(id)} is not a rule; expected one of the ids \`argmap rules\` lists`, checkCommand);
    }
    return list;
  };
  const wanted = check(ids(only), '--rule');
  const unwanted = new Set(check(ids(skip), '--ignore'));
  return RULES.filter((r) => (!wanted || wanted.includes(r.id)) && !unwanted.has(r.id));
}

type Summary = Record<Finding['severity'], number>;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryLine(s: Summary): string {
  const total = s.error + s.warning + s.info;
  return `${plural(total, 'finding')} (${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info)`;
}

/** Output goes out in chunks: one string for a million findings would pass V8's limit on string length. */
const CHUNK = 2000;

function writeText(findings: Finding[], s: Summary, write: (t: string) => void): void {
  for (let i = 0; i < findings.length; i += CHUNK) {
    write(findings.slice(i, i + CHUNK).map((f) => visibleText(`${f.location.file}:${f.location.line}:${f.location.column} ${f.severity} ${f.rule} ${f.message}`, true) + '\n').join(''));
  }
  write(summaryLine(s) + '\n');
}

const q = (value: string): string => visibleJson(JSON.stringify(value));

/** One finding as JSON.stringify(f, null, 2) indents it inside the list, built directly (a million of them). */
function findingJson(f: Finding): string {
  const nodes = f.nodes.length === 0 ? '[]' : `[\n${f.nodes.map((n) => `        ${q(n)}`).join(',\n')}\n      ]`;
  const at = f.location;
  return `    {\n      "rule": ${q(f.rule)},\n      "severity": ${q(f.severity)},\n      "message": ${q(f.message)},\n      "nodes": ${nodes},\n      "location": {\n        "file": ${q(at.file)},\n        "line": ${at.line},\n        "column": ${at.column}\n      }\n    }`;
}

/** The same bytes as JSON.stringify({ findings, summary }, null, 2), written a chunk at a time. */
function writeJson(findings: Finding[], summary: Summary, write: (t: string) => void): void {
  if (findings.length === 0) {
    write(JSON.stringify({ findings, summary }, null, 2) + '\n');
    return;
  }
  write('{\n  "findings": [\n');
  for (let i = 0; i < findings.length; i += CHUNK) {
    const part = findings.slice(i, i + CHUNK).map((f, k) => findingJson(f) + (i + k < findings.length - 1 ? ',\n' : '\n'));
    write(part.join(''));
  }
  write(`  ],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
}

const cell = markdownText;

function markdown(findings: Finding[], rules: Rule[], s: Summary): string {
  const out = ['# argmap check', '', summaryLine(s) + '.', ''];
  for (const rule of rules) {
    const own = findings.filter((f) => f.rule === rule.id);
    if (own.length === 0) continue;
    out.push(`## ${rule.id} (${rule.severity}, ${own.length})`, '', cell(rule.description) + '.', '', '| Location | Nodes | Finding |', '|---|---|---|');
    for (const f of own) out.push(`| ${cell(`${f.location.file}:${f.location.line}:${f.location.column}`)} | ${cell(f.nodes.join(', '))} | ${cell(f.message)} |`);
    out.push('');
  }
  return out.join('\n');
}
