/// <reference lib="dom" />
import { plural } from '../../../model/plural.js';
import type { ExplorerData, ExplorerFinding } from '../data-types.js';
import { append, clear, el } from './dom.js';

const SEVERITY_ORDER = ['error', 'warning', 'info'];

export interface FindingsContext {
  data: ExplorerData;
  /** Selects and shows the finding's nodes on the map. */
  show(finding: ExplorerFinding): void;
}

/** The check findings grouped by rule, with previous/next to step through them in order; the suppressed ones apart. */
export function renderFindings(panel: HTMLElement, ctx: FindingsContext): void {
  clear(panel);
  if (ctx.data.findings === undefined) {
    append(panel, el('p', { class: 'note' }, 'This page was built without the checks, so it lists no findings.'));
    return;
  }
  // As in `argmap check`: what the author suppressed is listed, but neither counted nor stepped through.
  const findings = ctx.data.findings.filter((f) => !f.suppressed);
  const held = ctx.data.findings.filter((f) => f.suppressed);
  if (findings.length === 0) {
    append(panel, el('p', { class: 'note' }, held.length ? 'The checks found nothing to report beyond what the map suppresses.' : 'The checks found nothing to report.'));
    append(panel, suppressedList(held, ctx));
    return;
  }
  // Rules with errors first, then warnings, then notes; by rule id within a severity.
  const rank = (f: ExplorerFinding): number => SEVERITY_ORDER.indexOf(f.severity) + (SEVERITY_ORDER.includes(f.severity) ? 0 : SEVERITY_ORDER.length);
  const worst = new Map<string, number>();
  for (const f of findings) worst.set(f.rule, Math.min(worst.get(f.rule) ?? Infinity, rank(f)));
  const rules = [...worst.keys()].sort((a, b) => worst.get(a)! - worst.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const order: { finding: ExplorerFinding; button: HTMLButtonElement }[] = [];
  let current = -1;
  const status = el('span', { class: 'step-status', 'aria-live': 'polite' }, plural(findings.length, 'finding'));
  const go = (i: number): void => {
    if (order.length === 0) return;
    current = (i + order.length) % order.length;
    for (const [k, o] of order.entries()) o.button.classList.toggle('active', k === current);
    const { finding, button } = order[current]!;
    const group = button.closest('details');
    if (group) group.open = true;
    status.textContent = `${current + 1} of ${order.length}`;
    button.scrollIntoView({ block: 'nearest' });
    ctx.show(finding);
  };
  append(
    panel,
    el(
      'div',
      { class: 'stepper' },
      el('button', { type: 'button', id: 'finding-prev', title: 'Previous finding (p)' }, '‹ Previous'),
      status,
      el('button', { type: 'button', id: 'finding-next', title: 'Next finding (n)' }, 'Next ›'),
    ),
  );
  for (const rule of rules) {
    const inRule = findings.filter((f) => f.rule === rule);
    const list = el('ul', {});
    for (const f of inRule) {
      const index = order.length;
      const button = el(
        'button',
        { type: 'button', class: `finding sev-${f.severity}` },
        el('span', { class: 'severity' }, f.severity),
        ' ',
        f.message,
      );
      button.addEventListener('click', () => go(index));
      order.push({ finding: f, button });
      list.appendChild(el('li', {}, button, f.where ? el('span', { class: 'finding-where' }, f.where) : null, nodeLinks(f, ctx)));
    }
    // Long groups start folded so the rules stay in view; stepping opens them.
    append(panel, el('details', { open: inRule.length <= 8 ? '' : undefined, class: 'rule' }, el('summary', {}, el('code', {}, rule), ` (${inRule.length})`), list));
  }
  append(panel, suppressedList(held, ctx));
  panel.querySelector('#finding-prev')!.addEventListener('click', () => go(current - 1));
  panel.querySelector('#finding-next')!.addEventListener('click', () => go(current + 1));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'n') go(current + 1);
    else if (e.key === 'p') go(current - 1);
  });
}

function nodeLinks(f: ExplorerFinding, ctx: FindingsContext): HTMLElement | null {
  const links = f.nodes.map((id) => el('button', { type: 'button', class: 'link small', 'data-goto': id }, ctx.data.nodes.find((n) => n.id === id)?.text ?? id));
  return links.length ? el('div', { class: 'finding-nodes' }, ...links) : null;
}

/** The findings the map's author suppressed, folded: each with the reason given and where the suppression is written. */
function suppressedList(held: readonly ExplorerFinding[], ctx: FindingsContext): HTMLElement | null {
  if (held.length === 0) return null;
  const items = held.map((f) => {
    const button = el('button', { type: 'button', class: `finding sev-${f.severity}` }, el('span', { class: 'severity' }, f.severity), ' ', el('code', {}, f.rule), ' ', f.message);
    button.addEventListener('click', () => ctx.show(f));
    return el(
      'li',
      {},
      button,
      f.where ? el('span', { class: 'finding-where' }, f.where) : null,
      el('p', { class: 'suppression' }, el('strong', {}, 'Reason: '), f.suppressed!.reason, ' ', el('span', { class: 'finding-where' }, `(suppressed at ${f.suppressed!.where})`)),
      nodeLinks(f, ctx),
    );
  });
  return el(
    'details',
    { class: 'suppressed' },
    el('summary', {}, `Suppressed (${held.length})`),
    el('p', { class: 'note' }, 'The map’s author accepted these findings, each for the reason given; they are not counted.'),
    el('ul', {}, ...items),
  );
}
