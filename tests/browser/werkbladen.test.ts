/**
 * The Werkbladen as a civil servant fills them in: a new traject, answers of several kinds on
 * bouwsteen 0-A, 0-B, 1-B and 2 (text, a list reordered and trimmed, grades per partner, a
 * reflection rhythm, an indicator record), each field's own "Opgeslagen", an empty outbox, and
 * every value still there after a reload. Fields are found by role and by the question's text.
 * And Geschiedenis, which shows those answers again, in words rather than stored ids.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QuestionIdSchema } from '../../shared/content/index.ts';
import { antwoordId } from '../../shared/domain/model.ts';
import { formatDate, frequencyText } from '../../shared/i18n/index.ts';
import { createTraject, newPage, outboxEmpty, repositoryOf, shot, useHarness } from './harness.ts';
import { answerField, answerGroup, openBouwsteen, question, saved } from './worksheet.ts';

const harness = useHarness();

const partner = 'Jeugdgezondheidszorg Werkbladstad';
const vraagstuk = 'Jongeren in Werkbladstad voelen zich online minder veilig dan twee jaar geleden.';
const ambities = [
  'Elke jongere kent zijn grenzen',
  'Ouders praten thuis over online veiligheid',
  'Weg ermee',
];
const indicator = 'Percentage jongeren dat zich online veilig voelt';

// Two trajecten, two browser contexts: the tests run side by side.
describe.concurrent('answers on the worksheets', () => {
  it('keeps a text, a list, grades, a rhythm and an indicator record after a reload', async () => {
    const { context, page, errors } = await newPage(harness);
    try {
      await page.goto(harness.appUrl);
      await createTraject(page, 'Online veilig in Werkbladstad', 'Werkbladstad');

      // Grades are given per partner: one partner first.
      const nav = page.getByRole('navigation', { name: 'Onderdelen van het kompas' });
      await nav.getByRole('link', { name: 'Partners' }).click();
      await page.getByRole('button', { name: 'Partner toevoegen' }).click();
      await page.getByRole('textbox', { name: /Organisatie/ }).fill(partner);
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await page.getByRole('heading', { level: 3, name: partner }).waitFor();

      // 0-A: a text answer, named by its question.
      await nav.getByRole('link', { name: 'Werkbladen' }).click();
      await openBouwsteen(page, /^Bouwsteen 0-A/);
      await answerField(page, '0A.vraagstuk').fill(vraagstuk);
      await saved(question(page, '0A.vraagstuk'));
      await shot(page, 'werkbladen-1-0A-tekst');

      // 1-B: a list; three entries, the last moved up, then the first removed.
      await openBouwsteen(page, /^Bouwsteen 1-B/);
      const lijst = answerGroup(page, '1B.ambities');
      await lijst.getByRole('button', { name: 'Ambitie toevoegen' }).click();
      await lijst.getByRole('textbox', { name: 'Ambitie 1' }).fill(ambities[0] ?? '');
      // Enter in an entry adds the next one below it, with the focus in it.
      await lijst.getByRole('textbox', { name: 'Ambitie 1' }).press('Enter');
      await page.keyboard.type(ambities[1] ?? '');
      await lijst.getByRole('button', { name: 'Ambitie toevoegen' }).click();
      await lijst.getByRole('textbox', { name: 'Ambitie 3' }).fill(ambities[2] ?? '');
      await lijst.getByRole('button', { name: 'Zet Ambitie 3 hoger' }).click();
      await lijst.getByText('Ambitie staat nu op plaats 2 van 3.').waitFor({ state: 'attached' });
      await lijst.getByRole('button', { name: 'Verwijder Ambitie 2' }).click();
      await lijst.getByText('Ambitie 2 is verwijderd.').waitFor({ state: 'attached' });
      expect(await listValues(lijst)).toEqual([ambities[0], ambities[1]]);
      await saved(question(page, '1B.ambities'));
      await shot(page, 'werkbladen-2-1B-lijst');

      // 0-B: the reflection rhythm and grades for the samenwerking, per participant.
      await openBouwsteen(page, /^Bouwsteen 0-B/);
      const ritme = answerGroup(page, '0B.lv.afspraken');
      await ritme.getByRole('spinbutton', { name: 'Elke' }).fill('2');
      await ritme.getByRole('combobox', { name: 'Periode' }).selectOption('maanden');
      await ritme.getByRole('textbox', { name: 'Wie plant het in?' }).fill('De GGD');
      await ritme.getByRole('textbox', { name: 'Eerstvolgende moment' }).fill('2027-03-01');
      await ritme
        .getByRole('textbox', { name: 'Afspraken' })
        .fill('Elke keer een half uur in het partneroverleg.');
      await ritme.getByText('elke 2 maanden', { exact: false }).waitFor();
      await saved(question(page, '0B.lv.afspraken'));

      const cijfers = answerGroup(page, '0B.lv.cijfers');
      await cijfers
        .getByRole('combobox', { name: `Cijfer van ${partner} voor Gezamenlijk vraagstuk` })
        .selectOption('7');
      await cijfers
        .getByRole('textbox', { name: `Toelichting van ${partner} bij Gezamenlijk vraagstuk` })
        .fill('We zien hetzelfde probleem.');
      await cijfers
        .getByRole('textbox', { name: 'Naam van een deelnemer die geen partner is' })
        .fill('Jongerenraad');
      await cijfers.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
      await cijfers
        .getByRole('combobox', { name: 'Cijfer van Jongerenraad voor Gezamenlijk vraagstuk' })
        .selectOption('9');
      await cijfers.getByText('Laagste 7, hoogste 9, gemiddeld 8').waitFor();
      await saved(question(page, '0B.lv.cijfers'));
      await shot(page, 'werkbladen-3-0B-ritme-en-cijfers');

      // 2: a structured answer, an indicator record added from its worksheet.
      await openBouwsteen(page, /^Bouwsteen 2 /);
      const indicatoren = answerGroup(page, '2.indicatoren');
      const nieuw = indicatoren.getByRole('group', { name: 'Nieuwe indicator of signaal' });
      await nieuw.getByRole('textbox', { name: 'Naam' }).fill(indicator);
      await nieuw.getByRole('textbox', { name: 'Bron' }).fill('Gezondheidsmonitor Jeugd');
      await nieuw.getByRole('button', { name: 'Toevoegen' }).click();
      const entry = indicatoren.getByRole('group', { name: `Indicator of signaal: ${indicator}` });
      await saved(entry);
      await shot(page, 'werkbladen-4-2-indicator');

      await outboxEmpty(page);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Werkbladen' }).waitFor();

      const stored = indicatoren.getByRole('group', { name: `Indicator of signaal: ${indicator}` });
      expect(await stored.getByRole('textbox', { name: 'Bron' }).inputValue()).toBe(
        'Gezondheidsmonitor Jeugd',
      );

      await openBouwsteen(page, /^Bouwsteen 0-A/);
      expect(await question(page, '0A.vraagstuk').getByRole('textbox').inputValue()).toBe(vraagstuk);

      await openBouwsteen(page, /^Bouwsteen 1-B/);
      await lijst.getByRole('textbox', { name: 'Ambitie 1' }).waitFor();
      expect(await listValues(lijst)).toEqual([ambities[0], ambities[1]]);

      await openBouwsteen(page, /^Bouwsteen 0-B/);
      expect(await ritme.getByRole('spinbutton', { name: 'Elke' }).inputValue()).toBe('2');
      expect(await ritme.getByRole('combobox', { name: 'Periode' }).inputValue()).toBe('maanden');
      expect(await ritme.getByRole('textbox', { name: 'Wie plant het in?' }).inputValue()).toBe('De GGD');
      expect(await ritme.getByRole('textbox', { name: 'Eerstvolgende moment' }).inputValue()).toBe(
        '2027-03-01',
      );
      expect(await ritme.getByRole('textbox', { name: 'Afspraken' }).inputValue()).toBe(
        'Elke keer een half uur in het partneroverleg.',
      );
      expect(
        await cijfers
          .getByRole('combobox', { name: `Cijfer van ${partner} voor Gezamenlijk vraagstuk` })
          .inputValue(),
      ).toBe('7');
      expect(
        await cijfers
          .getByRole('textbox', { name: `Toelichting van ${partner} bij Gezamenlijk vraagstuk` })
          .inputValue(),
      ).toBe('We zien hetzelfde probleem.');
      expect(
        await cijfers
          .getByRole('combobox', { name: 'Cijfer van Jongerenraad voor Gezamenlijk vraagstuk' })
          .inputValue(),
      ).toBe('9');
      await shot(page, 'werkbladen-5-na-herladen');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('keeps what was typed just before the page was reloaded', async () => {
    // "Unsaved work survives a reload" (the outbox in localStorage): also the last keystrokes,
    // typed within the autosave delay before the person reloads or closes the tab.
    const { context, page, errors } = await newPage(harness);
    try {
      await page.goto(`${harness.appUrl}?traject=${harness.richTrajectId}#/werkbladen/1B`);
      const field = answerField(page, '1B.keuze');
      const typed = `${await field.inputValue()} En op het laatste moment nog deze zin.`;
      await field.fill(typed);
      await page.reload();
      await field.waitFor();
      expect(await field.inputValue()).toBe(typed);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('shows every kind of answer in words: element texts, partner names, the rhythm and dates', async ({
    expect,
  }) => {
    // A grade given by a partner is stored under the partner's id, as the grades editor does.
    const repository = repositoryOf(harness);
    const snapshot = await repository.openTraject(harness.richTrajectId);
    const partner = snapshot.partners[0];
    if (partner === undefined) throw new Error('the traject has no partners');
    await repository.save('antwoord', {
      id: antwoordId(harness.richTrajectId, '0B.lv.cijfers'),
      trajectId: harness.richTrajectId,
      questionId: QuestionIdSchema.parse('0B.lv.cijfers'),
      value: {
        kind: 'grades',
        entries: [{ deelnemer: partner.id, thema: 'relatie', cijfer: 8, toelichting: 'Veel vertrouwen.' }],
      },
      auteur: 'demo@voorbeeldstad.nl',
      gewijzigd: new Date().toISOString(),
      revisie: 1,
    });

    const { context, page, errors } = await newPage(harness);
    try {
      await page.goto(`${harness.appUrl}?traject=${harness.richTrajectId}#/geschiedenis`);
      await page.getByRole('heading', { level: 1, name: 'Geschiedenis' }).waitFor();
      const filter = page.getByRole('combobox', { name: 'Bouwsteen' });
      const entry = (questionId: string) => question(page, questionId).first();

      await filter.selectOption('0B');
      const cijfers = entry('0B.lv.cijfers');
      await cijfers.waitFor();
      const cijfersText = await cijfers.innerText();
      await shot(page, 'geschiedenis-1-0B');

      await filter.selectOption('2');
      const ritme = entry('2.lv.afspraken');
      await ritme.waitFor();
      const ritmeText = await ritme.innerText();

      await filter.selectOption('3A');
      const prioriteit = entry('3A.prioriteit');
      await prioriteit.waitFor();
      const prioriteitText = await prioriteit.innerText();
      await shot(page, 'geschiedenis-2-3A');

      // Who gave the grade, by name; never the record id behind it.
      expect.soft(cijfersText).toContain(partner.organisatie);
      expect.soft(cijfersText).not.toContain(partner.id);
      // The agreed rhythm itself, and the next date as a date.
      expect.soft(ritmeText).toContain(frequencyText('nl', { interval: 1, unit: 'jaren' }));
      expect.soft(ritmeText).toContain(formatDate('nl', '2027-02-09'));
      expect.soft(ritmeText).not.toContain('2027-02-09');
      // The priorities as the elements' texts, not their entry ids.
      expect
        .soft(prioriteitText)
        .toContain('Begin op tijd: een doorlopende leerlijn relationele en seksuele vorming vanaf groep 1.');
      expect.soft(prioriteitText).not.toContain('kennis-op-tijd');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

/** The entries of a list editor, in order. */
async function listValues(group: Locator): Promise<string[]> {
  const boxes = await group.getByRole('textbox', { name: /^Ambitie \d+$/ }).all();
  return Promise.all(boxes.map((b) => b.inputValue()));
}
