/**
 * An indicator from start to chart on the Indicatoren screen: added with its basiswaarde and doel,
 * three metingen entered the Dutch way (decimal comma), the chart as one named image, and its data
 * table with the same figures — all of it again after a reload.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, outboxEmpty, shot, useHarness } from './harness.ts';

const harness = useHarness();

const naam = 'Jongeren die zich gedwongen voelden';
const metingen = [
  { datum: '2024-01-15', waarde: '12,5', tekst: '12,5%' },
  { datum: '2025-01-15', waarde: '11', tekst: '11%' },
  { datum: '2026-01-15', waarde: '10,5', tekst: '10,5%' },
] as const;

/** The figures table as rows of cell texts (the row header first), without the buttons' column. */
async function tableRows(card: Locator): Promise<string[][]> {
  const table = card.getByRole('region', { name: `Cijfers van ‘${naam}’` }).getByRole('table');
  const rows = await table.getByRole('row').all();
  const cells = await Promise.all(
    rows.map(async (row) =>
      (await row.getByRole('cell').or(row.getByRole('rowheader')).allInnerTexts()).map((t) => t.trim()),
    ),
  );
  // The header row has column headers only; its cells list is empty.
  return cells.filter((c) => c.length > 0).map((c) => c.slice(0, 2));
}

const expectedRows = [
  ['Basiswaarde, 1 januari 2023', '13%'],
  ['Meting, 15 januari 2024', '12,5%'],
  ['Meting, 15 januari 2025', '11%'],
  ['Meting, 15 januari 2026', '10,5%'],
  ['Doel voor 2029', '9%'],
];

async function checkFigures(page: Page): Promise<void> {
  const card = page.getByRole('article', { name: naam, exact: true });
  // One image, named by the visible sentence beneath it, which carries the figures.
  const summary = 'Van 13% (2023) naar 10,5% (2026); doel 9% in 2029.';
  await card.getByRole('img', { name: summary, exact: true }).waitFor();
  await card.getByText(summary, { exact: true }).waitFor();
  expect(await tableRows(card)).toEqual(expectedRows);
}

describe('an indicator', () => {
  it('is added with a baseline and target, gets three metingen, a chart and its table, and stays', async () => {
    const { context, page, errors } = await newPage(harness);
    try {
      await page.goto(`${harness.appUrl}?traject=${harness.richTrajectId}#/indicatoren`);
      await page.getByRole('heading', { level: 1, name: 'Indicatoren en signalen' }).waitFor();
      await page.getByRole('button', { name: 'Indicator of signaal toevoegen' }).click();
      const form = page.getByRole('form', { name: 'Nieuwe indicator of nieuw signaal' });
      await form.getByRole('textbox', { name: 'Naam' }).fill(naam);
      await form.getByRole('button', { name: 'Toevoegen' }).click();

      // The new indicator opens in its editor for the rest of its fields.
      const card = page.getByRole('article', { name: naam, exact: true });
      await card.getByRole('textbox', { name: 'Basiswaarde', exact: true }).fill('13');
      await card.getByRole('textbox', { name: 'Datum van de basiswaarde' }).fill('2023-01-01');
      await card.getByRole('textbox', { name: 'Streefwaarde', exact: true }).fill('9');
      await card.getByRole('textbox', { name: 'Jaar waarin jullie het doel willen halen' }).fill('2029');
      await card.getByRole('textbox', { name: /^Eenheid/ }).fill('%');
      await card.getByRole('combobox', { name: 'Wat is beter?' }).selectOption('lager');
      await shot(page, 'indicatoren-1-bewerken');
      await card.getByRole('button', { name: 'Klaar' }).click();
      await card.getByRole('status').filter({ hasText: 'Opgeslagen' }).first().waitFor();

      for (const meting of metingen) {
        await card.getByRole('button', { name: `Meting toevoegen aan ‘${naam}’` }).click();
        const metingForm = card.getByRole('form', { name: `Nieuwe meting voor ‘${naam}’` });
        await metingForm.getByRole('textbox', { name: /^Datum van de meting/ }).fill(meting.datum);
        await metingForm.getByRole('textbox', { name: /^Gemeten waarde/ }).fill(meting.waarde);
        await metingForm.getByRole('button', { name: 'Toevoegen' }).click();
        await metingForm.waitFor({ state: 'detached' });
      }
      await checkFigures(page);
      await card.scrollIntoViewIfNeeded();
      await shot(page, 'indicatoren-2-grafiek-en-tabel');

      await outboxEmpty(page);
      await page.reload();
      await checkFigures(page);
      // Movement in words as well as colour and arrow: lower is better here.
      await card.getByText('Van 11% naar 10,5%', { exact: false }).waitFor();
      await page.setViewportSize({ width: 320, height: 900 });
      await shot(page, 'indicatoren-3-na-herladen-320');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
