/**
 * The core journey with the keyboard only — Tab, Shift+Tab, Enter, arrow keys and typing; no
 * clicks, no fill, no programmatic focus — on the production build: the skip link, a new traject,
 * Werkbladen through the navigation, an answer, a partner, a remove confirmation opened and
 * cancelled, and an actie. At every step: where focus is, and that it can be seen.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, screensDir, useHarness } from './harness.ts';
import { describeFocus, focused, focusIndicator, tabTo, type Focused } from './journey-keys.ts';

const harness = useHarness(120_000);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screensDir, `journey-keyboard-${name}.png`) });
}

/** Focus is on an element of this role and name. */
function expectFocus(now: Focused, role: string, name: string | RegExp): void {
  expect(describeFocus(now)).toMatch(
    new RegExp(
      `^${role} "${typeof name === 'string' ? name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : name.source}"$`,
    ),
  );
}

/** The focused element shows that it has focus. */
async function expectVisibleFocus(page: Page, step: string): Promise<void> {
  const indicator = await focusIndicator(page);
  expect(
    indicator.visible,
    `${step}: no visible focus indicator on ${describeFocus(await focused(page))}\n${indicator.styles}`,
  ).toBe(true);
}

/** The label of the role=group the focused element is in, or undefined. */
function focusGroup(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () => document.activeElement?.closest('[role="group"]')?.getAttribute('aria-label') ?? undefined,
  );
}

const naam = 'Toetsenbord zonder muis';
const gemeente = 'Tabstad';
const vraagstuk = 'Jongeren willen zonder muis hun weg vinden.';
const partner = 'Buurtteam Tabstad';
const actie = 'Toetsenbordtest op school houden';

describe('the tab with the keyboard only', () => {
  it('creates a traject, answers a question, adds a partner and an actie; focus is always placed and visible', async () => {
    const { context, page, errors } = await newPage(harness);
    try {
      await page.goto(harness.appUrl);
      await page.getByRole('heading', { name: 'Kies een traject' }).waitFor();
      await page.getByRole('radio').first().waitFor();

      // A new traject: the radio group by arrow key, then the two required fields.
      await tabTo(page, /./, { role: 'radio', max: 5 });
      await page.keyboard.press('ArrowDown');
      await page
        .getByRole('radio', { name: 'Een nieuw traject beginnen' })
        .and(page.locator(':checked'))
        .waitFor();
      expectFocus(await focused(page), 'radio', 'Een nieuw traject beginnen');
      await page.getByRole('textbox', { name: /Naam van het traject/ }).waitFor();
      await expectVisibleFocus(page, 'radio');
      expectFocus(await tabTo(page, 'Naam van het traject', { max: 3 }), 'textbox', 'Naam van het traject');
      await page.keyboard.type(naam);
      // After typing: leaving an empty required field would show its error, which changes the picture too.
      await expectVisibleFocus(page, 'naam');
      await tabTo(page, 'Gemeente of regio', { max: 3 });
      await page.keyboard.type(gemeente);
      expectFocus(await tabTo(page, 'Traject aanmaken', { max: 8 }), 'button', 'Traject aanmaken');
      await expectVisibleFocus(page, 'aanmaken');
      await shot(page, '1-start');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
      await page.getByRole('banner').getByText(naam).waitFor();

      // The skip link: the first stop, visible when focused, and it moves focus to the content.
      const skip = await tabTo(page, 'Direct naar de inhoud', { max: 1 });
      expectFocus(skip, 'link', 'Direct naar de inhoud');
      const skipBox = await page.getByRole('link', { name: 'Direct naar de inhoud' }).boundingBox();
      expect(skipBox?.y ?? -1).toBeGreaterThanOrEqual(0);
      await shot(page, '2-skiplink');
      await expectVisibleFocus(page, 'skip link');
      await page.keyboard.press('Enter');
      expect((await focused(page)).role).toBe('main');

      // Werkbladen through the navigation, back from the content with Shift+Tab.
      expectFocus(await tabTo(page, 'Werkbladen', { backwards: true, max: 12 }), 'link', 'Werkbladen');
      await expectVisibleFocus(page, 'nav link');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Werkbladen' }).waitFor();
      // A new screen starts reading at its content.
      await expect.poll(async () => (await focused(page)).role).toBe('main');

      const prompt = 'Met welk vraagstuk willen we aan de slag voor kinderen en jongeren?';
      expectFocus(await tabTo(page, prompt, { max: 40, role: 'textbox' }), 'textbox', prompt);
      await expectVisibleFocus(page, 'answer');
      await page.keyboard.type(vraagstuk);
      const question = page.getByRole('article', { name: prompt });
      await question
        .getByRole('status')
        .filter({ hasText: /^Opgeslagen$/ })
        .waitFor();
      await shot(page, '3-werkblad');

      // A partner: the add form takes focus, the editor after it too, and Klaar gives it back.
      expectFocus(
        await tabTo(page, 'Partners', { backwards: true, max: 40, role: 'link' }),
        'link',
        'Partners',
      );
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
      expectFocus(await tabTo(page, 'Partner toevoegen', { max: 10 }), 'button', 'Partner toevoegen');
      await expectVisibleFocus(page, 'partner toevoegen');
      await page.keyboard.press('Enter');
      await expect.poll(async () => describeFocus(await focused(page))).toBe('textbox "Organisatie"');
      await page.keyboard.type(partner);
      await expectVisibleFocus(page, 'organisatie');
      expectFocus(await tabTo(page, 'Domein', { max: 2 }), 'combobox', 'Domein');
      await expectVisibleFocus(page, 'domein');
      // A closed select takes typed letters, as a person picks "Gezondheid en zorg".
      await page.keyboard.type('Gez');
      expect(await page.getByRole('combobox', { name: 'Domein' }).inputValue()).toBe('gezondheidZorg');
      expectFocus(await tabTo(page, 'Toevoegen', { max: 4 }), 'button', 'Toevoegen');
      await page.keyboard.press('Enter');
      const card = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3, name: partner }) });
      await card.waitFor();
      await expect.poll(async () => describeFocus(await focused(page))).toBe('textbox "Organisatie"');
      expectFocus(await tabTo(page, 'Contactpersoon', { max: 10 }), 'textbox', 'Contactpersoon');
      await page.keyboard.type('Sam Toets');
      expectFocus(await tabTo(page, 'Klaar', { max: 6 }), 'button', 'Klaar');
      await expectVisibleFocus(page, 'klaar');
      await page.keyboard.press('Enter');
      await expect.poll(async () => describeFocus(await focused(page))).toBe(`button "Bewerken: ${partner}"`);
      await expectVisibleFocus(page, 'bewerken');
      await card
        .getByRole('status')
        .filter({ hasText: /^Opgeslagen$/ })
        .waitFor();

      // Remove, then cancel: focus goes into the question, and back to where it came from.
      expectFocus(
        await tabTo(page, `Verwijderen: ${partner}`, { max: 2 }),
        'button',
        `Verwijderen: ${partner}`,
      );
      await page.keyboard.press('Enter');
      const confirm = `${partner} verwijderen uit dit traject?`;
      await page.getByRole('group', { name: confirm }).waitFor();
      await shot(page, '4-bevestigen');
      expect
        .soft(
          await focusGroup(page),
          `focus after opening the confirmation is on ${describeFocus(await focused(page))}`,
        )
        .toBe(confirm);
      expectFocus(await tabTo(page, 'Annuleren', { max: 4 }), 'button', 'Annuleren');
      await expectVisibleFocus(page, 'annuleren');
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: confirm }).waitFor({ state: 'detached' });
      expect
        .soft(describeFocus(await focused(page)), 'focus after cancelling the confirmation')
        .toBe(`button "Verwijderen: ${partner}"`);
      await page.getByRole('heading', { level: 3, name: partner }).waitFor();

      // An actie: the form takes focus, and focus returns to "Actie toevoegen" once it is added.
      expectFocus(await tabTo(page, 'Acties', { backwards: true, max: 40, role: 'link' }), 'link', 'Acties');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Verbeteracties' }).waitFor();
      expectFocus(await tabTo(page, 'Actie toevoegen', { max: 10 }), 'button', 'Actie toevoegen');
      await page.keyboard.press('Enter');
      await expect.poll(async () => describeFocus(await focused(page))).toBe('textbox "Actie"');
      await page.keyboard.type(actie);
      await expectVisibleFocus(page, 'actie');
      expectFocus(await tabTo(page, /^Eigenaar/, { max: 2 }), 'textbox', /Eigenaar.*/);
      await page.keyboard.type('demo@voorbeeldstad.nl');
      expectFocus(await tabTo(page, 'Toevoegen', { max: 8 }), 'button', 'Toevoegen');
      await page.keyboard.press('Enter');
      await page.getByRole('article', { name: actie }).waitFor();
      await expect.poll(async () => describeFocus(await focused(page))).toBe('button "Actie toevoegen"');
      await expectVisibleFocus(page, 'actie toegevoegd');
      await shot(page, '5-acties');

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
