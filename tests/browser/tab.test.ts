/**
 * The Teams tab in a real browser (Debian's Chromium, headless), standalone on the Graph emulator:
 * the journeys a civil servant takes, accessibility checks with axe-core on every screen in light,
 * dark and high contrast at 320 and 1280 px, and the size of what the first paint downloads.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import axe, { type AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screensDir, startHarness, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** axe-core, injected from the installed package, on the page as it is. */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const injected = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe;
    const result = await injected.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screensDir, `${name}.png`), fullPage: true });
}

// The journeys and the checks use their own browser contexts and data: they run side by side.
describe.concurrent('the standalone tab', () => {
  it('creates a traject, adds a partner that survives a reload, and adds an actie and changes its status', async () => {
    const { context, page, errors } = await newPage(harness);
    try {
      await page.goto(harness.appUrl);
      await page.getByRole('heading', { name: 'Kies een traject' }).waitFor();
      await page.getByRole('radio', { name: 'Een nieuw traject beginnen' }).check();
      await page
        .getByRole('textbox', { name: /Naam van het traject/ })
        .fill('Gezond opgroeien in Voorbeeldstad');
      await page.getByRole('textbox', { name: /Gemeente of regio/ }).fill('Voorbeeldstad');
      await page.getByRole('button', { name: 'Traject aanmaken' }).click();

      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
      await page.getByText('Gezond opgroeien in Voorbeeldstad').first().waitFor();
      expect(await page.getByText('Demo — lokale gegevens').isVisible()).toBe(true);
      expect(new URL(page.url()).searchParams.get('traject')).toMatch(/^[0-9a-f-]{36}$/);
      await shot(page, 'journey-1-overzicht');

      await page.getByRole('navigation').getByRole('link', { name: 'Partners' }).click();
      await page.getByRole('button', { name: 'Partner toevoegen' }).click();
      await page.getByRole('textbox', { name: /Organisatie/ }).fill('Jeugdgezondheidszorg Voorbeeldstad');
      await page.getByRole('combobox', { name: 'Domein' }).selectOption('gezondheidZorg');
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await page.getByRole('textbox', { name: 'Contactpersoon' }).fill('Mirjam Bakker');
      await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).first().waitFor();
      await page.getByRole('button', { name: 'Kinderopvang toevoegen' }).click();
      await page.getByRole('heading', { level: 3, name: 'Kinderopvang' }).waitFor();
      // The outbox keeps unsent changes in localStorage: none left means everything is stored.
      await page.waitForFunction(
        () => !Object.keys(localStorage).some((k) => k.startsWith('kompas:pending:')),
      );
      await shot(page, 'journey-2-partners');

      await page.reload();
      await page.getByRole('heading', { level: 3, name: 'Jeugdgezondheidszorg Voorbeeldstad' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Kinderopvang' }).waitFor();
      expect(await page.getByText('Mirjam Bakker').isVisible()).toBe(true);

      await page.getByRole('navigation').getByRole('link', { name: 'Acties' }).click();
      await page.getByRole('button', { name: 'Actie toevoegen' }).click();
      await page.getByRole('textbox', { name: /^Actie/ }).fill('Spreekuur op school starten');
      await page.getByRole('textbox', { name: /Eigenaar/ }).fill('demo@voorbeeldstad.nl');
      await page.getByLabel('Deadline').fill('2024-12-01');
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      const card = page.getByRole('article', { name: 'Spreekuur op school starten' });
      await card.getByText(/^Te laat: de deadline was \d+ dagen geleden\.$/).waitFor();
      await card.getByRole('combobox', { name: 'Status' }).selectOption('afgerond');
      await page
        .getByText('De status van ‘Spreekuur op school starten’ is nu: Afgerond.')
        .waitFor({ state: 'attached' });
      await card.getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
      await shot(page, 'journey-3-acties');

      await page.reload();
      const reloaded = page.getByRole('article', { name: 'Spreekuur op school starten' });
      await reloaded.waitFor();
      expect(await reloaded.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('afgerond');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

const screens = [
  { route: 'overzicht', heading: 'Overzicht' },
  { route: 'partners', heading: 'Partners' },
  { route: 'acties', heading: 'Verbeteracties' },
] as const;
const themes = ['light', 'dark', 'contrast'] as const;
const widths = [320, 1280] as const;

/** Every screen of one theme at both widths: axe's violations as lines, and a screenshot each. */
async function checkTheme(theme: (typeof themes)[number]): Promise<string[]> {
  const found: string[] = [];
  const { context, page, errors } = await newPage(harness);
  const check = async (name: string) => {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      for (const v of await axeViolations(page)) {
        found.push(
          `${name} ${theme} ${width}: ${v.id} (${v.impact ?? '?'}) ${v.help} @ ${v.nodes.slice(0, 3).join(', ')}`,
        );
      }
      await shot(page, `${name}-${theme}-${width}`);
    }
  };
  try {
    await page.goto(`${harness.appUrl}?theme=${theme}`);
    await page.getByRole('heading', { name: 'Kies een traject' }).waitFor();
    await page.getByRole('radio').first().waitFor();
    await check('start');
    await page.goto(`${harness.appUrl}?theme=${theme}&traject=${harness.richTrajectId}#/overzicht`);
    for (const { route, heading } of screens) {
      // The screens share one page load: the router follows the hash.
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, `#/${route}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForFunction(() => document.querySelector('main .fui-Skeleton') === null);
      await check(route);
    }
    found.push(...errors.map((e) => `${theme}: page error ${e}`));
  } finally {
    await context.close();
  }
  return found;
}

describe.concurrent('accessibility (axe-core)', () => {
  it('finds no violations on the start screen, Overzicht, Partners and Acties in every theme and width', async () => {
    const found = (await Promise.all(themes.map(checkTheme))).flat();
    expect(found).toEqual([]);
  }, 120_000);
});

describe('download budget', () => {
  it('keeps the JavaScript of the first paint under 200 KB gzipped', async () => {
    const html = await readFile(path.join(harness.outDir, 'tab/index.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(files.length).toBeGreaterThan(0);
    let total = 0;
    for (const file of files) total += gzipSync(await readFile(path.join(harness.outDir, file))).length;
    expect(total).toBeLessThan(200 * 1024);
  });
});
