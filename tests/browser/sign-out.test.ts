/**
 * Signing out of Kompas (issue #4), in Debian's Chromium over the Graph emulator: "Afmelden" in the
 * header asks first, says how many changes are not saved yet, and signing out removes them from
 * this device (localStorage) in this window and the user's other windows, which sign out too.
 * Signing in again shows the tab afresh, without the discarded edit.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  newPage,
  outboxEmpty,
  pendingKeys,
  shot,
  useHarness,
  waitForPending,
} from './harness.ts';
import { fieldById, storedText } from './worksheet.ts';

const harness = useHarness();

const signOutButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Afmelden' });

describe('signing out', () => {
  it('warns about unsent changes, and signing out removes them from this device and every window', async () => {
    const { context, page, errors } = await newPage(harness);
    const url = `${harness.appUrl}?traject=${harness.richTrajectId}#/werkbladen/2`;
    const unsent = 'Niet verstuurd: elk kind heeft een veilige plek op school.';
    try {
      await page.goto(url);
      await fieldById(page, '2.ambitie').waitFor();
      const other = await context.newPage();
      other.on('pageerror', (error) => errors.push(error.message));
      await other.goto(`${harness.appUrl}?traject=${harness.richTrajectId}#/overzicht`);
      await signOutButton(other).waitFor();
      const storedBefore = await storedText(harness, '2.ambitie');

      // Graph answers 503 to everything: the edit stays on this device.
      await harness.control('faults', { rate: 1, statuses: [503], retryAfterSeconds: 5 });
      await fieldById(page, '2.ambitie').fill(unsent);
      await waitForPending(page, 1);

      await signOutButton(page).click();
      const dialog = page.getByRole('alertdialog', { name: 'Afmelden bij Kompas?' });
      await dialog.waitFor();
      await expect
        .poll(() => dialog.textContent())
        .toContain('Eén wijziging is nog niet opgeslagen in SharePoint.');
      expect(await dialog.textContent()).toContain('Blijf dan aangemeld tot alles is opgeslagen');
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'sign-out-dialog');

      // Staying signed in keeps the change.
      await dialog.getByRole('button', { name: 'Aangemeld blijven' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await pendingKeys(page)).toHaveLength(1);
      expect(await fieldById(page, '2.ambitie').inputValue()).toBe(unsent);

      await signOutButton(page).click();
      await page.getByRole('button', { name: 'Afmelden en wijzigingen weggooien' }).click();
      await page.getByRole('heading', { name: 'Kompas', level: 1 }).waitFor();
      expect(await page.getByRole('status').first().textContent()).toContain('Je bent afgemeld uit de demo.');
      expect(await pendingKeys(page)).toEqual([]);
      // The other window heard it and signed out too.
      await other.getByRole('button', { name: 'Aanmelden' }).waitFor();
      expect(await other.getByRole('navigation').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, 'signed-out');

      await harness.control('faults');
      // Nothing of the discarded edit reaches SharePoint, also once Graph answers again.
      await page.waitForTimeout(1_000);
      expect(await storedText(harness, '2.ambitie')).toBe(storedBefore);

      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await fieldById(page, '2.ambitie').waitFor();
      expect(await fieldById(page, '2.ambitie').inputValue()).toBe(storedBefore ?? '');
      await page.reload();
      await fieldById(page, '2.ambitie').waitFor();
      expect(await fieldById(page, '2.ambitie').inputValue()).toBe(storedBefore ?? '');
      expect(await pendingKeys(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await harness.control('faults');
      await context.close();
    }
  }, 90_000);

  it('says everything is saved when it is, and signs out with one click', async () => {
    const { context, page, errors } = await newPage(harness);
    try {
      // The start screen and the personal "Mijn acties" page have it too.
      for (const address of [harness.appUrl, `${harness.appUrl}?view=mijn-acties`]) {
        await page.goto(address);
        await signOutButton(page).waitFor();
      }
      await page.goto(`${harness.appUrl}?traject=${harness.richTrajectId}#/werkbladen/2`);
      await fieldById(page, '2.ambitie').fill('Opgeslagen voor het afmelden.');
      await outboxEmpty(page);
      await signOutButton(page).click();
      const dialog = page.getByRole('alertdialog', { name: 'Afmelden bij Kompas?' });
      await expect.poll(() => dialog.textContent()).toContain('Al je wijzigingen zijn opgeslagen.');
      await dialog.getByRole('button', { name: 'Afmelden', exact: true }).click();
      await page.getByRole('button', { name: 'Aanmelden' }).waitFor();
      expect(await storedText(harness, '2.ambitie')).toBe('Opgeslagen voor het afmelden.');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
