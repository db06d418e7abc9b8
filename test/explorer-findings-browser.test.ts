import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/findings.js';
import { plural } from '../src/model/plural.js';
import { readSourceTexts } from '../src/io/sources.js';
import { checkMap } from '../src/rules/index.js';
import { useExplorerPages, type OpenedPage } from './helpers/explorer-pages.js';

// The findings tab must agree with `argmap check`: what the map's author suppressed is listed apart,
// folded, with its reason and where the suppression is written, and never counted.
const ONE = 'test/fixtures/explorer/one-suppression.yaml';
const MEMORANDUM = 'arguments/soviet-policies-1953.yaml';
const maps = [ONE, ...(existsSync(MEMORANDUM) ? [MEMORANDUM] : [])];

const explorer = useExplorerPages(maps, { viewport: { width: 1440, height: 900 }, prefix: 'argmap-explorer-findings-' });

/** The findings the page was built from (explorerPage checks with the default settings too). */
function findingsOf(file: string): Finding[] {
  const { loaded } = explorer.written(file);
  return checkMap(loaded, { sources: readSourceTexts(loaded) });
}

const open = (file: string): Promise<OpenedPage> => explorer.open(file, '#view=map');

const where = (at: Finding['location']): string => `${at.file}:${at.line}:${at.column}`;

describe('the page with nothing selected', () => {
  it('counts the map in words that agree with their numbers: one step, one warning', async () => {
    const { page, errors } = await open(ONE);
    // Five nodes, one inference, no other relation; one live warning (orphan-node) and one suppressed.
    expect(await page.textContent('#panel-node p.note:nth-of-type(2)')).toBe('5 nodes, 1 step of reasoning, 0 other relations; the checks report 0 errors and 1 warning.');
    await page.click('#tab-findings');
    expect(await page.textContent('#panel-findings .step-status')).toBe('1 finding');
    expect(errors).toEqual([]);
  });
});

describe.each(maps)('the findings of %s', (file) => {
  it('count and step through only the live findings, as check does, and list the suppressed ones apart, folded', async () => {
    const all = findingsOf(file);
    const live = all.filter((f) => !f.suppressed);
    const held = all.filter((f) => f.suppressed);
    expect(held.length).toBeGreaterThan(0);
    const { page, errors } = await open(file);
    const errorCount = live.filter((f) => f.severity === 'error').length;
    const warningCount = live.filter((f) => f.severity === 'warning').length;
    expect(await page.textContent('#panel-node')).toContain(`the checks report ${plural(errorCount, 'error')} and ${plural(warningCount, 'warning')}`);
    expect(await page.textContent('#tab-findings')).toBe(`Findings (${live.length})`);
    await page.click('#tab-findings');
    expect(await page.textContent('#panel-findings .step-status')).toBe(plural(live.length, 'finding'));
    const listed = await page.$$eval('#panel-findings details.rule button.finding', (bs) => bs.map((b) => b.textContent));
    expect(listed.length).toBe(live.length);
    expect(listed.sort()).toEqual(live.map((f) => `${f.severity} ${f.message}`).sort());

    const folded = page.locator('#panel-findings details.suppressed');
    expect(await folded.count()).toBe(1);
    expect(await folded.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await folded.locator('summary').textContent()).toBe(`Suppressed (${held.length})`);
    expect(await folded.locator('button.finding').first().isVisible()).toBe(false);
    await folded.locator('summary').click();
    const shown = await folded
      .locator('li')
      .evaluateAll((lis) => lis.map((li) => ({ message: li.querySelector('button.finding')!.textContent, reason: li.querySelector('.suppression')!.textContent })));
    expect(shown).toEqual(
      held.map((f) => ({ message: `${f.severity} ${f.rule} ${f.message}`, reason: `Reason: ${f.suppressed!.reason} (suppressed at ${where(f.suppressed!.location)})` })),
    );

    // Stepping goes round the live findings and never lands on a suppressed one.
    for (let i = 0; i < live.length; i++) await page.click('#finding-next');
    expect(await page.textContent('#panel-findings .step-status')).toBe(`${live.length} of ${live.length}`);
    expect(await folded.locator('button.finding.active').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('a suppression on a small map', () => {
  it('shows its reason literally and where it is written, and selects its node when clicked', async () => {
    const { page, errors } = await open(ONE);
    expect(await page.textContent('#tab-findings')).toBe('Findings (1)');
    await page.click('#tab-findings');
    await page.click('#panel-findings details.suppressed summary');
    const item = page.locator('#panel-findings details.suppressed li');
    expect(await item.count()).toBe(1);
    expect(await item.locator('.suppression').textContent()).toBe(
      'Reason: Kept for the record <b>only</b>: the patch held & nothing rests on it (suppressed at test/fixtures/explorer/one-suppression.yaml:14:9)',
    );
    expect(await item.locator('b').count()).toBe(0);
    expect(await item.locator('.finding-where').first().textContent()).toBe('test/fixtures/explorer/one-suppression.yaml:10:5');
    await item.locator('button.finding').click();
    expect(await page.$$eval('g.node.selected', (els) => els.map((e) => e.getAttribute('data-id')))).toEqual(['old-tank-leaks']);
    expect(errors).toEqual([]);
  });
});
