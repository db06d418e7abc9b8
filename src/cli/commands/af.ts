import {
  countWithin,
  credulousWithin,
  extensionsWithin,
  skepticalWithin,
  someExtensionWithin,
  type SearchLimit,
  type StopReason,
  labellingOf,
  type Labelling,
  type NamedFramework,
  type Semantics,
  type Task,
} from '../../analysis/dung.js';
import { frameworkOf } from '../../app/af.js';
import { visibleJson } from '../../io/visible-text.js';
import { afSpec } from '../specs/af.js';
import { EXIT, UsageError, defineCommand } from '../command.js';

/**
 * A name as it can be read back out of `[a,b]`: bare when it is a plain token (what ICCMA files hold),
 * otherwise a JSON string, so `a,b`, `]` or a quote inside a name cannot split or end the list.
 */
function argumentText(name: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(name) ? name : visibleJson(JSON.stringify(name));
}

/** One extension as ICCMA solvers answer it: `[a,b]`. */
function iccmaText(ext: string[]): string {
  return `[${ext.map(argumentText).join(',')}]`;
}

function labellingText(l: Labelling): string {
  return `in ${iccmaText(l.in)} out ${iccmaText(l.out)} undec ${iccmaText(l.undec)}`;
}

/** The answer to one task, as JSON and as ICCMA-style text; `labels` spells extensions out as labellings. */
function answer(
  nf: NamedFramework,
  semantics: Semantics,
  task: Task,
  query: string | undefined,
  labels: boolean,
  limit: SearchLimit,
): { json: object; text: string; stopped: StopReason | null } {
  switch (task) {
    case 'EE': {
      const { result: list, stopped } = extensionsWithin(nf, semantics, limit);
      const partial = stopped ? { partial: stopped } : {};
      if (labels) {
        const labellings = list.map((e) => labellingOf(nf, e));
        return { json: { semantics, labellings, ...partial }, text: labellings.map((l) => labellingText(l) + '\n').join(''), stopped };
      }
      return { json: { semantics, extensions: list, ...partial }, text: list.map((e) => iccmaText(e) + '\n').join(''), stopped };
    }
    case 'SE': {
      const found = someExtensionWithin(nf, semantics, limit);
      if (found === 'timeout') return { json: { semantics, task, partial: 'timeout' }, text: '', stopped: 'timeout' };
      const ext = found;
      if (labels) {
        const labelling = ext && labellingOf(nf, ext);
        return { json: { semantics, task, labelling }, text: (labelling ? labellingText(labelling) : 'NO') + '\n', stopped: null };
      }
      return { json: { semantics, task, extension: ext }, text: (ext ? iccmaText(ext) : 'NO') + '\n', stopped: null };
    }
    case 'CE': {
      const { result: count, stopped } = countWithin(nf, semantics, limit);
      return { json: { semantics, task, count, ...(stopped ? { partial: stopped } : {}) }, text: `${count}\n`, stopped };
    }
    case 'DC':
    case 'DS': {
      const yes = task === 'DC' ? credulousWithin(nf, semantics, query!, limit) : skepticalWithin(nf, semantics, query!, limit);
      if (yes === 'timeout') return { json: { semantics, task, query, partial: 'timeout' }, text: '', stopped: 'timeout' };
      return { json: { semantics, task, query, accepted: yes }, text: yes ? 'YES\n' : 'NO\n', stopped: null };
    }
  }
}

/** What a cut decision or witness search had not yet settled, for the note on stderr. */
function undecidedWhat(task: Task, semantics: Semantics, query: string | undefined): string {
  if (task === 'SE') return `found a ${semantics} extension or showed there is none`;
  const q = visibleJson(JSON.stringify(query));
  return `decided whether ${q} is in ${task === 'DC' ? 'some' : 'every'} ${semantics} extension`;
}

export const afCommand = defineCommand({
  ...afSpec,
  async run([file], options, io) {
    const { task, query } = options;
    if ((task === 'DC' || task === 'DS') && query === undefined) throw new UsageError(`--task ${task} needs --query <argument>`);
    if (query !== undefined && task !== 'DC' && task !== 'DS') throw new UsageError(`--query is only for --task DC or DS; found --task ${task}`);
    if (options.labels && task !== 'EE' && task !== 'SE') throw new UsageError(`--labels is only for --task EE or SE; found --task ${task}`);
    const nf = await frameworkOf(file!, options['input-format']);
    if (query !== undefined && !nf.names.includes(query))
      throw new UsageError(`--query ${JSON.stringify(query)} is not an argument of ${file}; expected one of its ${nf.names.length} arguments`);
    // Extensions come sorted: names by UTF-16 code units, the list lexicographically (see analysis/dung.ts).
    const limit: SearchLimit = {};
    for (const [key, value] of [
      ['timeout', options.timeout],
      ['max-extensions', options['max-extensions']],
    ] as const) {
      if (typeof value !== 'string') continue;
      const x = Number(value);
      if (!(x > 0) || (key === 'max-extensions' && !Number.isInteger(x)))
        throw new UsageError(`--${key} expects a positive ${key === 'timeout' ? 'number of seconds' : 'whole number'}; found ${JSON.stringify(value)}`);
      if (key === 'timeout') limit.deadline = Date.now() + x * 1000;
      else limit.maxExtensions = x;
    }
    const result = answer(nf, options.semantics, task, query, options.labels === true, limit);
    const budget = result.stopped === 'timeout' ? `--timeout ${String(options.timeout)}` : `--max-extensions ${String(options['max-extensions'])}`;
    // EE and CE stop with part of the answer, which stands: what was listed or counted is so. A decision
    // (DC, DS) or a witness (SE) has no part to give, and ICCMA's answers have no "unknown": an empty
    // stdout with exit 0 would read as a solver that said nothing, so the cut is an error of the run.
    const undecided = result.stopped !== null && (task === 'DC' || task === 'DS' || task === 'SE');
    if (undecided) io.stderr(`argmap af: no answer: stopped by ${budget} before the search ${undecidedWhat(task, options.semantics, query)}\n`);
    else if (result.stopped) io.stderr(`argmap af: partial result: stopped by ${budget} before the search was done\n`);
    io.stdout(options.format === 'text' ? result.text : visibleJson(JSON.stringify(result.json)) + '\n');
    return undecided ? EXIT.usage : EXIT.ok;
  },
});
