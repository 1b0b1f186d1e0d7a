/**
 * The Teams tab in a real browser (Debian's Chromium, headless), standalone on the Graph emulator:
 * a civil servant's first journey (traject, partners, acties) and the size of what the first paint
 * downloads. The other journeys and the axe checks have their own files beside this one.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TrajectIdSchema } from '../../shared/domain/ids.ts';
import { createTraject, newPage, outboxEmpty, repositoryOf, shot, useHarness } from './harness.ts';

const harness = useHarness(120_000);

// The journeys and the checks use their own browser contexts and data: they run side by side.
describe.concurrent('the standalone tab', () => {
  it('creates a traject, adds a partner that survives a reload, and adds an actie and changes its status', async () => {
    const { context, page, errors } = await newPage(harness);
    try {
      await page.goto(harness.appUrl);
      await page.getByRole('heading', { name: 'Kies een traject' }).waitFor();
      await createTraject(page, 'Gezond opgroeien in Voorbeeldstad', 'Voorbeeldstad');
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
      await page.getByRole('button', { name: 'Kinderopvang toevoegen' }).click();
      await page.getByRole('heading', { level: 3, name: 'Kinderopvang' }).waitFor();
      // The contact person is saved after the autosave delay; wait until it is stored (the
      // last keystrokes before a reload are the subject of werkbladen.test.ts).
      const trajectId = TrajectIdSchema.parse(new URL(page.url()).searchParams.get('traject'));
      await expect
        .poll(
          async () =>
            (await repositoryOf(harness).openTraject(trajectId)).partners.find(
              (p) => p.organisatie === 'Jeugdgezondheidszorg Voorbeeldstad',
            )?.contactpersoon,
          { timeout: 20_000, interval: 250 },
        )
        .toBe('Mirjam Bakker');
      await outboxEmpty(page);
      await shot(page, 'journey-2-partners');

      await page.reload();
      await page.getByRole('heading', { level: 3, name: 'Jeugdgezondheidszorg Voorbeeldstad' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Kinderopvang' }).waitFor();
      await page.getByText('Mirjam Bakker').waitFor();

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
