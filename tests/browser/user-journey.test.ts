/**
 * A newcomer's first hour, end to end: `npm start` exactly as the README says (on free ports and a
 * fresh data folder), then in Debian's Chromium a new traject, answers on the worksheets of
 * bouwsteen 0-A to 2, partners, an indicator with metingen, a reflectie planned in Outlook (the
 * emulator's calendar), the Overzicht's progress, and the Word add-in's .docx download — opened
 * in LibreOffice to see that an office suite reads what the person typed.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../devtools/chromium.ts';
import { screensDir } from './harness.ts';
import { convertToPdf, docxText, pdfText, renderFirstPage } from './journey-docx.ts';
import { startKompas, type RunningStart } from './journey-start.ts';

let kompas: RunningStart | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  kompas = await startKompas();
  browser = await launchChromium();
  await mkdir(screensDir, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await kompas?.stop();
}, 30_000);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screensDir, `journey-user-${name}.png`), fullPage: true });
}

/** One part of a long screen, at a size one can read. */
async function shotOf(part: Locator, name: string): Promise<void> {
  await part.screenshot({ path: path.join(screensDir, `journey-user-${name}.png`) });
}

/** The save state under one question (or card) says it is stored. */
async function saved(scope: Locator): Promise<void> {
  await scope
    .getByRole('status')
    .filter({ hasText: /^Opgeslagen$/ })
    .first()
    .waitFor();
}

async function bouwsteen(page: Page, label: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Bouwstenen' }).getByRole('link', { name: label }).click();
}

const traject = { naam: 'Samen sterk in Kompasdorp', gemeente: 'Kompasdorp' };
const answers = {
  vraagstuk:
    'Jongeren in Kompasdorp ervaren online grensoverschrijdend gedrag en weten niet waar ze heen kunnen.',
  deelnemer: 'Wijkteam Noord',
  grade: 'Samen zien we het vraagstuk scherper dan vorig jaar.',
  lokaal: 'Uit de GGD-monitor: 14 procent van de jongeren kreeg ongewenste seksuele berichten.',
  ambitie1B: 'Alle jongeren in Kompasdorp weten waar ze terechtkunnen met een melding.',
  ambitie2: 'In 2027 durft elke jongere in Kompasdorp grensoverschrijdend gedrag te melden.',
  resultaat: 'Minder jongeren ontvangen ongewenste berichten.',
} as const;
const partners = [
  {
    organisatie: 'GGD Kompasregio',
    domein: 'gezondheidZorg',
    niveau: 'basisondersteuning',
    contact: 'Noor de Vries',
    email: 'noor.devries@ggd-kompas.example',
  },
  { organisatie: 'Jongerenwerk Kompasdorp', domein: 'welzijnSportCultuur', niveau: 'basisvoorzieningen' },
] as const;
const indicator = { naam: 'Jongeren met ongewenste berichten', metingen: ['48', '41', '35'] } as const;

describe('the README journey: npm start, the tab and the Word add-in', () => {
  it('creates a traject, fills 0-A to 2, partners, an indicator and a reflectie, and downloads a .docx with it all', async () => {
    if (kompas === undefined || browser === undefined) throw new Error('not started');
    const timings: string[] = [];
    let mark = Date.now();
    const lap = (name: string) => {
      timings.push(`${name} ${((Date.now() - mark) / 1000).toFixed(1)} s`);
      mark = Date.now();
    };
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    // Open the Word add-in page in the background now: Vite compiles its entry once, while the tab is used.
    const warm = await context.newPage();
    const warming = warm.goto(kompas.wordUrl, { waitUntil: 'commit' }).catch(() => undefined);
    const page = await context.newPage();
    const errors: string[] = [];
    for (const p of [warm, page]) p.on('pageerror', (error) => errors.push(error.message));
    const work = await mkdtemp(path.join(tmpdir(), 'kompas-journey-docx-'));
    try {
      // 1. The tab's URL as printed; the demo marker; a new traject.
      // Vite's dev server compiles the app on this first visit: wait for the screen, not for 'load'.
      await page.goto(kompas.tabUrl, { waitUntil: 'commit' });
      await page.getByRole('heading', { name: 'Kies een traject' }).waitFor({ timeout: 90_000 });
      expect(await page.getByText('Demo — lokale gegevens').isVisible()).toBe(true);
      await page.getByRole('radio', { name: 'Een nieuw traject beginnen' }).check();
      await page.getByRole('textbox', { name: /Naam van het traject/ }).fill(traject.naam);
      await page.getByRole('textbox', { name: /Gemeente of regio/ }).fill(traject.gemeente);
      await shot(page, '1-nieuw-traject');
      await page.getByRole('button', { name: 'Traject aanmaken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
      await page.getByRole('banner').getByText(traject.naam).waitFor();
      lap('start+traject');

      // 2. Werkbladen, one answer (or more) on each of 0-A, 0-B, 1-A, 1-B and 2.
      await page
        .getByRole('navigation', { name: 'Onderdelen van het kompas' })
        .getByRole('link', { name: 'Werkbladen' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Werkbladen' }).waitFor();
      const vraagstuk = page.getByRole('article', {
        name: 'Met welk vraagstuk willen we aan de slag voor kinderen en jongeren?',
      });
      await vraagstuk.getByRole('textbox').fill(answers.vraagstuk);
      await saved(vraagstuk);

      await bouwsteen(page, /^Bouwsteen 0-B /);
      const cijfers = page.getByRole('article', { name: 'Blijf in gesprek: hoe verloopt de samenwerking?' });
      await cijfers
        .getByRole('textbox', { name: 'Naam van een deelnemer die geen partner is' })
        .fill(answers.deelnemer);
      await cijfers.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
      await cijfers
        .getByRole('combobox', { name: `Cijfer van ${answers.deelnemer} voor Gezamenlijk vraagstuk` })
        .selectOption('7');
      await cijfers
        .getByRole('textbox', { name: `Toelichting van ${answers.deelnemer} bij Gezamenlijk vraagstuk` })
        .fill(answers.grade);
      await cijfers.getByText('Laagste 7, hoogste 7, gemiddeld 7').waitFor();
      await saved(cijfers);
      await shotOf(cijfers, '2-werkblad-0B-cijfers');

      await bouwsteen(page, /^Bouwsteen 1-A /);
      const lokaal = page.getByRole('article', { name: 'Welke lokale cijfers hebben we?' });
      await lokaal.getByRole('textbox').fill(answers.lokaal);
      await saved(lokaal);

      await bouwsteen(page, /^Bouwsteen 1-B /);
      const ambities = page.getByRole('article', {
        name: 'Wat zijn hiervoor onze ambities voor kinderen en jongeren?',
      });
      await ambities.getByRole('button', { name: 'Ambitie toevoegen' }).click();
      await ambities.getByRole('textbox', { name: 'Ambitie 1' }).fill(answers.ambitie1B);
      await saved(ambities);

      await bouwsteen(page, /^Bouwsteen 2 /);
      const ambitie = page.getByRole('article', { name: 'Wat is onze ambitie?' });
      // Bouwsteen 2 points back at 1-B's ambities: the answer just given is shown there.
      await ambitie.getByText(answers.ambitie1B).waitFor();
      await ambitie.getByRole('textbox').fill(answers.ambitie2);
      await saved(ambitie);
      const resultaten = page.getByRole('article', {
        name: 'Wat willen we concreet voor en met onze kinderen en jongeren bereiken?',
      });
      await resultaten.getByRole('button', { name: 'Maatschappelijk resultaat toevoegen' }).click();
      await resultaten.getByRole('textbox', { name: 'Maatschappelijk resultaat 1' }).fill(answers.resultaat);
      await saved(resultaten);
      await shotOf(
        page.getByRole('region', { name: 'Formuleer concrete maatschappelijke resultaten' }),
        '2-werkblad-2',
      );
      lap('werkbladen');

      // 3. Partners: two, one with a contact's e-mail address.
      const nav = page.getByRole('navigation', { name: 'Onderdelen van het kompas' });
      await nav.getByRole('link', { name: 'Partners' }).click();
      for (const partner of partners) {
        await page.getByRole('button', { name: 'Partner toevoegen' }).click();
        await page.getByRole('textbox', { name: /Organisatie/ }).fill(partner.organisatie);
        await page.getByRole('combobox', { name: 'Domein' }).selectOption(partner.domein);
        await page.getByRole('combobox', { name: 'Niveau' }).selectOption(partner.niveau);
        await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
        const card = page.getByRole('listitem').filter({
          has: page.getByRole('heading', { level: 3, name: partner.organisatie }),
        });
        if ('contact' in partner) {
          await card.getByRole('textbox', { name: 'Contactpersoon' }).fill(partner.contact);
          await card.getByRole('textbox', { name: 'E-mailadres' }).fill(partner.email);
        }
        await card.getByRole('button', { name: 'Klaar' }).click();
        await card.getByRole('button', { name: `Bewerken: ${partner.organisatie}` }).waitFor();
        await saved(card);
      }
      await page.getByRole('link', { name: partners[0].email }).waitFor();
      // Both are placed in the overview by domain and level.
      const grid = page.getByRole('table', { name: 'Partners per domein (rijen) en niveau (kolommen)' });
      for (const partner of partners) await grid.getByText(partner.organisatie).waitFor();
      await shot(page, '3-partners');

      // Indicatoren: one indicator with three metingen, and its chart.
      await nav.getByRole('link', { name: 'Indicatoren' }).click();
      await page.getByRole('button', { name: 'Indicator of signaal toevoegen' }).click();
      await page.getByRole('textbox', { name: /^Naam/ }).fill(indicator.naam);
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      const indicatorCard = page.getByRole('article', { name: indicator.naam });
      await indicatorCard.getByRole('button', { name: 'Klaar' }).click();
      for (const [i, waarde] of indicator.metingen.entries()) {
        await indicatorCard.getByRole('button', { name: `Meting toevoegen aan ‘${indicator.naam}’` }).click();
        await indicatorCard.getByLabel('Datum van de meting').fill(`${2022 + i}-06-01`);
        await indicatorCard.getByRole('textbox', { name: /^Gemeten waarde/ }).fill(waarde);
        await indicatorCard.getByRole('button', { name: 'Toevoegen', exact: true }).click();
        await indicatorCard.getByRole('rowheader', { name: new RegExp(`^Meting, .*${2022 + i}$`) }).waitFor();
      }
      const chart = indicatorCard.getByRole('img');
      await chart.waitFor();
      expect(await chart.locator('circle').count()).toBe(3);
      await indicatorCard.getByText('Gedaald sinds de vorige meting: van 41 naar 35.').waitFor();
      await shotOf(indicatorCard, '3-indicatoren');
      lap('partners+indicatoren');

      // 4. Reflecties: plan bouwsteen 2's reflection in Outlook (the emulator's /me/events).
      await nav.getByRole('link', { name: 'Reflecties' }).click();
      await page.getByRole('button', { name: 'Reflectie plannen voor bouwsteen 2' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reflectie plannen in Outlook' });
      await dialog.waitFor();
      const nextYear = new Date().getFullYear() + 1;
      await dialog.getByLabel('Datum').fill(`${nextYear}-03-12`);
      await dialog.getByLabel('Begintijd').fill('14:00');
      await dialog
        .getByRole('checkbox', { name: new RegExp(partners[0].email.replace(/\./g, '\\.')) })
        .check();
      await shotOf(dialog, '4-reflectie-plannen');
      await dialog.getByRole('button', { name: 'Plannen in Outlook' }).click();
      await dialog.getByText('Geplaatst in je Outlook-agenda').waitFor();
      await shotOf(dialog, '4-reflectie-gepland');
      await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
      await dialog.waitFor({ state: 'hidden' });
      lap('reflectie');

      // 5. Overzicht: progress on every bouwsteen that was answered.
      await nav.getByRole('link', { name: 'Overzicht' }).click();
      const compass = page.getByRole('region', { name: 'Het kompas in één oogopslag' });
      await compass.waitFor();
      for (const label of ['0-A', '0-B', '1-A', '1-B', '2']) {
        // The innermost list item: the bouwsteen's own line, inside its group's.
        const item = compass
          .getByRole('listitem')
          .filter({ has: page.getByRole('link', { name: new RegExp(`^${label} `) }) })
          .last();
        await expect.poll(() => item.innerText()).toMatch(/\b[1-9]\d* van \d+ vragen beantwoord/);
      }
      // Planned in Outlook a minute ago, shown as planned on Reflecties: the Overzicht should say so too.
      const volgende = page.getByRole('region', { name: 'Volgende reflectie' });
      expect
        .soft(await volgende.innerText())
        .toContain('Bij bouwsteen 2: Formuleer concrete maatschappelijke resultaten');
      await shot(page, '5-overzicht');
      // Everything the outbox held has reached the emulator before Word reads it.
      await page.waitForFunction(
        () => !Object.keys(localStorage).some((k) => k.startsWith('kompas:pending:')),
      );
      lap('overzicht');

      // 6. The Word add-in outside Word: choose the traject, download the .docx.
      await warming;
      const word = warm;
      // Reloaded, so it lists the traject made above.
      await word.reload({ waitUntil: 'commit' });
      await word.getByRole('heading', { level: 1, name: 'Kompas' }).waitFor({ timeout: 60_000 });
      lap('word-open');
      await word.getByRole('combobox', { name: 'Traject' }).selectOption({ label: traject.naam });
      const downloadButton = word.getByRole('button', { name: 'Download als Word-document' });
      await expect.poll(() => downloadButton.isEnabled(), { timeout: 30_000 }).toBe(true);
      const [download] = await Promise.all([word.waitForEvent('download'), downloadButton.click()]);
      // The pane says so, and its live region announces it too.
      await word
        .getByText(/^Het Word-document ‘.+\.docx’ is gedownload\.$/)
        .first()
        .waitFor();
      await shot(word, '6-word-addin');
      const docx = path.join(work, 'kompas.docx');
      await download.saveAs(docx);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const text = docxText(await readFile(docx));
      for (const typed of [...Object.values(answers), ...partners.map((p) => p.organisatie)]) {
        expect(text).toContain(typed);
      }
      lap('word-download');

      // The .docx in LibreOffice: a PDF, its text, and page 1 to look at.
      const pdf = await convertToPdf(docx, work);
      const flat = (await pdfText(pdf)).replace(/\s+/g, ' ');
      expect(flat).toContain(answers.vraagstuk);
      expect(flat).toContain(partners[0].organisatie);
      await renderFirstPage(pdf, path.join(screensDir, 'journey-user-7-docx-pagina-1.png'));
      lap('libreoffice+pdftotext');

      expect(errors).toEqual([]);
      console.info(`user journey: ${timings.join(', ')}`);
    } finally {
      await context.close();
      await rm(work, { recursive: true, force: true });
    }
  }, 240_000);
});
