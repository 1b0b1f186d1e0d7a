/**
 * The Leren-en-verbeteren journey (issue #7) in Debian's Chromium over the Graph emulator, as a
 * civil servant takes it: plan a reflection for bouwsteen 2 in Outlook (and see that bad input
 * sends nothing), record a cycle with two verbeteracties, find them under Acties and in the
 * personal tab, record a second cycle that starts with the first's actions and compares with it,
 * and reload. What the screens say is checked against what reached the calendar and the lists.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Frequency } from '../../shared/domain/answer.ts';
import type { TrajectId } from '../../shared/domain/ids.ts';
import type { TrajectSnapshot } from '../../shared/ports/traject-repository.ts';
import { DEMO_USER, newPage, outboxEmpty, repositoryOf, screensDir, shot, useHarness } from './harness.ts';

const harness = useHarness();

// The accessible names of bouwsteen 2's periodic questions: the step, then the sheet's prompt.
const VRAGEN = {
  herkennen:
    'Herkennen: Herkennen we de ontwikkeling rondom de maatschappelijke resultaten? En rondom de elementen uit het veranderverhaal?',
  begrijpen: 'Begrijpen: Kunnen we het beeld verklaren?',
  waarderen:
    'Waarderen: Wat vinden we ervan? Willen we onze maatschappelijke resultaten veranderen of bijstellen?',
  verbeteren: 'Verbeteren: Welke acties halen we hieruit? En hoe pakken we die aan?',
} as const;
type Stap = keyof typeof VRAGEN;
const stappen = Object.keys(VRAGEN) as Stap[];
/** The regions of "Eerder / Op dit moment" are named by the questions' short labels. */
const KORT: Record<Stap, string> = {
  herkennen: 'Herkennen we de ontwikkeling',
  begrijpen: 'Kunnen we het beeld verklaren',
  waarderen: 'Resultaten veranderen of bijstellen',
  verbeteren: 'Acties',
};

const ACTIE_MIJN = 'Gesprek met de scholen over de nieuwe cijfers';
const ACTIE_GGD = 'Ouderavond over veiligheid online organiseren';

const EERSTE: Record<Stap, string> = {
  herkennen: 'Ja, de meldingen dalen licht; scholen zien hetzelfde.',
  begrijpen: 'De lessen op school beginnen te werken.',
  waarderen: 'We houden de resultaten zoals ze zijn.',
  verbeteren: `- ${ACTIE_MIJN}\n- ${ACTIE_GGD}`,
};
const TWEEDE: Record<Stap, string> = {
  herkennen: 'Het beeld is hetzelfde als vorige keer, met minder meldingen online.',
  // Unchanged on purpose: the comparison says so.
  begrijpen: EERSTE.begrijpen,
  waarderen: 'We scherpen het resultaat over hulp zoeken aan.',
  verbeteren: 'De ouderavond herhalen in het voorjaar.',
};

const EventsSchema = z.object({
  value: z.array(
    z.looseObject({
      id: z.string(),
      subject: z.string(),
      isOnlineMeeting: z.boolean(),
      isCancelled: z.boolean(),
      body: z.object({ contentType: z.string(), content: z.string() }),
      start: z.object({ dateTime: z.string(), timeZone: z.string() }),
      attendees: z.array(
        z.object({ type: z.string(), emailAddress: z.object({ name: z.string(), address: z.string() }) }),
      ),
      recurrence: z
        .object({
          pattern: z.looseObject({ type: z.string(), interval: z.number() }),
          range: z.looseObject({ type: z.string(), startDate: z.string() }),
        })
        .nullable(),
      onlineMeeting: z.object({ joinUrl: z.string() }).nullable(),
    }),
  ),
});
type GraphEvent = z.infer<typeof EventsSchema>['value'][number];

/** The demo user's calendar as Graph lists it, times in Dutch time. */
async function myEvents(): Promise<GraphEvent[]> {
  const response = await fetch(`${harness.emulator.url}/v1.0/me/events?$top=1000`, {
    headers: {
      authorization: `Bearer ${DEMO_USER}`,
      prefer: 'outlook.timezone="W. Europe Standard Time"',
    },
  });
  expect(response.status).toBe(200);
  return EventsSchema.parse(await response.json()).value;
}

/** The traject as the SharePoint lists hold it, read as the app reads it. */
function storedTraject(id: TrajectId): Promise<TrajectSnapshot> {
  return repositoryOf(harness).openTraject(id);
}

function agreedFrequency(snapshot: TrajectSnapshot): Frequency | undefined {
  const value = snapshot.antwoorden.find((a) => a.questionId === '2.lv.afspraken')?.value;
  return value?.kind === 'frequency' ? value.frequentie : undefined;
}

const graphPattern: Record<Frequency['unit'], string> = {
  weken: 'weekly',
  maanden: 'absoluteMonthly',
  jaren: 'absoluteYearly',
};

/** Today on the Dutch calendar, as `YYYY-MM-DD`. */
function todayInNl(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "12 november 2026", as Dutch dates read. */
function dutchDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** RFC 5545 §3.1: a line that starts with a space continues the one before it. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** The whole dialog: the viewport grows for the picture, so its scrolling body shows all of it. */
async function shotDialog(page: Page, dialog: Locator, name: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const height = await dialog.evaluate((el) =>
    Math.max(...[el, ...el.querySelectorAll('*')].map((e) => e.scrollHeight)),
  );
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height + 200) });
  await dialog.screenshot({ path: path.join(screensDir, `reflecties-${name}.png`) });
  await page.setViewportSize(viewport);
}

function bouwsteen2(page: Page): Locator {
  return page.getByRole('article', { name: /^Bouwsteen 2:/ });
}

/** Starts a cycle for bouwsteen 2 on a date; resolves in the cycle, once its heading shows. */
async function startCycle(page: Page, datum: string): Promise<Locator> {
  await bouwsteen2(page).getByRole('button', { name: 'Reflectie vastleggen voor bouwsteen 2' }).click();
  const form = bouwsteen2(page).getByRole('form', { name: 'Reflectie vastleggen' });
  await form.getByLabel(/^Datum van de reflectie/).fill(datum);
  await form.getByRole('button', { name: 'Reflectie starten' }).click();
  const heading = page.getByRole('heading', { level: 2, name: `Reflectie van ${dutchDate(datum)}` });
  await heading.waitFor();
  return page.getByRole('region', { name: `Reflectie van ${dutchDate(datum)}` });
}

async function answer(cycle: Locator, answers: Record<Stap, string>): Promise<void> {
  for (const stap of stappen) {
    await cycle.getByRole('textbox', { name: VRAGEN[stap], exact: true }).fill(answers[stap]);
  }
}

async function finish(cycle: Locator): Promise<void> {
  await cycle.getByRole('button', { name: 'Reflectie afronden' }).click();
  await cycle
    .getByRole('group', { name: 'Reflectie afronden' })
    .getByRole('button', { name: 'Ja, afronden' })
    .click();
  await cycle.getByText(/^Afgerond op .+\. Deze reflectie blijft bewaard/).waitFor();
}

describe('Leren en verbeteren in the tab', () => {
  it('plans a reflection in Outlook, records two cycles with actions and compares them, and keeps it all', async () => {
    const trajectId = harness.richTrajectId;
    const before = await storedTraject(trajectId);
    const ggd = before.partners.find((p) => /GGD/.test(p.organisatie) && p.email.trim() !== '');
    if (ggd === undefined) throw new Error('the rich traject needs a GGD partner with an e-mail address');
    const invited = before.partners.filter((p) => p.email.trim() !== '');
    const agreed = agreedFrequency(before);
    const frequentie: Frequency = agreed ?? { interval: 3, unit: 'maanden' };
    const eventsBefore = await myEvents();

    const today = todayInNl();
    const planDatum = addDays(today, 21);
    const eersteDatum = addDays(today, -14);

    const { context, page, errors } = await newPage(harness);
    const browserErrors: string[] = [];
    page.on('console', (message) => {
      // Chromium asks for /favicon.ico by itself; the tab has none (Teams shows the app's icon).
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
        browserErrors.push(`${message.text()} @ ${message.location().url}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        browserErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
      }
    });
    try {
      // ── 1. Plan the reflection of bouwsteen 2 in Outlook ───────────────────────────────────
      await page.goto(`${harness.appUrl}?traject=${trajectId}#/reflecties`);
      await page.getByRole('heading', { level: 1, name: 'Reflecties' }).waitFor();
      await bouwsteen2(page).getByRole('button', { name: 'Reflectie plannen voor bouwsteen 2' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reflectie plannen in Outlook' });
      await dialog.waitFor();
      expect(await dialog.getByRole('checkbox', { name: /^Bouwsteen 2:/ }).isChecked()).toBe(true);
      await dialog.getByLabel(/^Datum/).fill(planDatum);
      await dialog.getByLabel(/^Begintijd/).fill('10:30');
      await dialog.getByRole('combobox', { name: 'Tijdzone' }).selectOption('Europe/Amsterdam');
      // Every partner's contact with an address is invited, required, unless someone says otherwise.
      const ggdLabel = `${ggd.organisatie} — ${ggd.contactpersoon} (${ggd.email})`;
      expect(await dialog.getByRole('checkbox', { name: ggdLabel }).isChecked()).toBe(true);
      expect(
        await dialog.getByRole('combobox', { name: `Aanwezigheid van ${ggd.contactpersoon}` }).inputValue(),
      ).toBe('required');
      // The series follows the agreement on the worksheet; without one the user chooses.
      const herhalen = dialog.getByRole('checkbox', { name: 'Herhalen', exact: true });
      if (agreed === undefined) {
        await dialog.getByText('Er is nog geen frequentie afgesproken; kies hier hoe vaak.').waitFor();
        await herhalen.check();
        await dialog.getByRole('spinbutton', { name: 'Elke' }).fill(String(frequentie.interval));
        await dialog.getByRole('combobox', { name: 'Eenheid' }).selectOption(frequentie.unit);
      } else {
        await dialog.getByText(/^Afgesproken: .+\.$/).waitFor();
        expect(await herhalen.isChecked()).toBe(true);
        expect(await dialog.getByRole('spinbutton', { name: 'Elke' }).inputValue()).toBe(
          String(agreed.interval),
        );
        expect(await dialog.getByRole('combobox', { name: 'Eenheid' }).inputValue()).toBe(agreed.unit);
      }
      const teams = dialog.getByRole('switch', { name: 'Teams-vergadering toevoegen' });
      // Whether the calendar allows Teams meetings is asked first; until then the switch waits.
      await dialog
        .getByText('Bezig met nagaan of je agenda Teams-vergaderingen toestaat…')
        .waitFor({ state: 'detached' });
      expect(await teams.isEnabled()).toBe(true);
      expect(await teams.isChecked()).toBe(true);
      // The agenda as it will be sent, before anything is.
      const voorbeeld = dialog.getByRole('region', { name: 'Voorbeeld van de agenda' });
      await voorbeeld.getByText(VRAGEN.begrijpen.replace('Begrijpen: ', ''), { exact: false }).waitFor();
      await shotDialog(page, dialog, '1-plan-dialoog');

      await dialog.getByRole('button', { name: 'Plannen in Outlook' }).click();
      await dialog.getByText('Geplaatst in je Outlook-agenda').waitFor();
      const join = dialog.getByRole('link', { name: 'Deelnemen aan de Teams-vergadering' });
      const joinUrl = await join.getAttribute('href');
      expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
      await shotDialog(page, dialog, '1-plan-geplaatst');

      // Outlook has exactly one new meeting, and it is the one the dialog described.
      const eventsAfter = await myEvents();
      const nieuw = eventsAfter.filter((e) => !eventsBefore.some((b) => b.id === e.id));
      expect(nieuw).toHaveLength(1);
      const event = nieuw[0] as GraphEvent;
      expect(event.isCancelled).toBe(false);
      expect(event.isOnlineMeeting).toBe(true);
      expect(event.onlineMeeting?.joinUrl).toBe(joinUrl);
      expect(event.subject).toMatch(/bouwsteen 2/i);
      expect(event.start.dateTime.startsWith(`${planDatum}T10:30:00`)).toBe(true);
      expect(event.attendees.map((a) => a.emailAddress.address).sort()).toEqual(
        invited.map((p) => p.email.trim()).sort(),
      );
      expect(event.attendees.find((a) => a.emailAddress.address === ggd.email)).toMatchObject({
        type: 'required',
        emailAddress: { name: ggd.contactpersoon },
      });
      expect(event.recurrence?.pattern).toMatchObject({
        type: graphPattern[frequentie.unit],
        interval: frequentie.interval,
      });
      expect(event.recurrence?.range).toMatchObject({ type: 'noEnd', startDate: planDatum });
      expect(event.body.contentType).toBe('html');
      for (const stap of stappen) {
        const prompt = VRAGEN[stap].slice(VRAGEN[stap].indexOf(': ') + 2);
        expect(event.body.content).toContain(escapeHtml(prompt));
      }
      const terug = new URL(harness.appUrl);
      terug.searchParams.set('traject', trajectId);
      terug.hash = '#/reflecties';
      expect(event.body.content).toContain(`href="${escapeHtml(terug.toString())}"`);

      // The .ics for people outside the tenant says the same, escaped as RFC 5545 wants.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('link', { name: 'Agenda-bestand (.ics) downloaden' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`reflectie-bouwsteen-2-${planDatum}.ics`);
      const ics = await readFile(await download.path(), 'utf8');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(ics.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
      const lines = unfold(ics);
      expect(lines).toContain(`SUMMARY:${event.subject.replace(/([\\;,])/g, '\\$1')}`);
      expect(lines).toContain(`DTSTART;TZID=Europe/Amsterdam:${planDatum.replace(/-/g, '')}T103000`);
      expect(lines.some((l) => l.startsWith('RRULE:'))).toBe(true);
      const description = lines.find((l) => l.startsWith('DESCRIPTION:')) ?? '';
      // Line breaks as \n, commas and semicolons escaped; none left bare.
      expect(description).toContain('\\n');
      expect(description).not.toMatch(/(^|[^\\])[,;]/);
      expect(description).toContain('Kunnen we het beeld verklaren?');
      expect(
        lines.some(
          (l) => /^ATTENDEE;CN="[^"]*";ROLE=REQ-PARTICIPANT;.*:mailto:/.test(l) && l.endsWith(ggd.email),
        ),
      ).toBe(true);

      await dialog.getByRole('button', { name: 'Sluiten' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await outboxEmpty(page);

      // A date in the past is refused in Dutch, and nothing reaches Outlook or the lists.
      const overleggen = (await storedTraject(trajectId)).overleggen.length;
      await bouwsteen2(page).getByRole('button', { name: 'Reflectie plannen voor bouwsteen 2' }).click();
      await dialog.waitFor();
      await dialog.getByLabel(/^Datum/).fill(addDays(today, -1));
      await dialog.getByLabel(/^Begintijd/).fill('10:30');
      await dialog.getByRole('button', { name: 'Plannen in Outlook' }).click();
      const fouten = dialog.getByRole('group', { name: 'Het overleg is nog niet gepland. Pas dit aan:' });
      await fouten
        .getByText('Het overleg begint in het verleden. Kies een moment dat nog moet komen.')
        .waitFor();
      // The summary takes focus, so it is read out at once.
      await fouten.and(page.locator(':focus')).waitFor();
      await shotDialog(page, dialog, '1-plan-verleden');
      expect(await dialog.getByRole('button', { name: 'Plannen in Outlook' }).isEnabled()).toBe(true);
      expect((await myEvents()).length).toBe(eventsAfter.length);
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await outboxEmpty(page);
      expect((await storedTraject(trajectId)).overleggen.length).toBe(overleggen);

      // ── 2. Record a cycle two weeks ago, with two verbeteracties ─────────────────────────
      const eerste = await startCycle(page, eersteDatum);
      const reviewEerste = eerste.getByRole('region', { name: 'Zijn voorgenomen acties uitgevoerd?' });
      await reviewEerste
        .getByText('Dit is de eerste reflectie voor deze bouwsteen: er zijn nog geen voorgenomen acties.')
        .waitFor();
      await answer(eerste, EERSTE);
      const acties = eerste.getByRole('region', { name: 'Verbeteracties' });
      await acties.getByRole('button', { name: 'Voorstellen uit Verbeteren overnemen' }).click();
      const nieuweActies = acties.getByRole('form', { name: 'Nieuwe verbeteracties' });
      const rij1 = nieuweActies.getByRole('group', { name: 'Actie 1' });
      const rij2 = nieuweActies.getByRole('group', { name: 'Actie 2' });
      // The suggestions replace the empty row at once: when row 2 is there, both are filled.
      await rij2.waitFor();
      expect(await rij2.getByRole('textbox', { name: 'Wat gaan we doen?' }).inputValue()).toBe(ACTIE_GGD);
      expect(await rij1.getByRole('textbox', { name: 'Wat gaan we doen?' }).inputValue()).toBe(ACTIE_MIJN);
      await rij1.getByRole('textbox', { name: 'Wie pakt het op?' }).fill(DEMO_USER);
      await rij1.getByLabel('Deadline').fill(addDays(today, 30));
      await rij2.getByRole('textbox', { name: 'Wie pakt het op?' }).fill(ggd.email);
      await rij2.getByLabel('Deadline').fill(addDays(today, 60));
      await shot(page, 'reflecties-2-cyclus-acties');
      await nieuweActies.getByRole('button', { name: 'Acties toevoegen' }).click();
      const afgesproken = acties.getByRole('list', { name: 'Afgesproken in deze reflectie' });
      await afgesproken
        .getByText(`${ACTIE_MIJN} — ${DEMO_USER}, uiterlijk ${dutchDate(addDays(today, 30))}`)
        .waitFor();
      await afgesproken.getByText(`${ACTIE_GGD} — `, { exact: false }).waitFor();
      await finish(eerste);
      await shot(page, 'reflecties-2-cyclus-afgerond');
      await outboxEmpty(page);

      const naEerste = await storedTraject(trajectId);
      const cyclus1 = naEerste.reflecties.find(
        (r) =>
          r.datum === eersteDatum &&
          r.bouwstenen.includes('2') &&
          !before.reflecties.some((b) => b.id === r.id),
      );
      expect(cyclus1).toMatchObject({
        status: 'afgerond',
        bouwstenen: ['2'],
        antwoorden: {
          '2.lv.herkennen': { kind: 'text', text: EERSTE.herkennen },
          '2.lv.begrijpen': { kind: 'text', text: EERSTE.begrijpen },
          '2.lv.waarderen': { kind: 'text', text: EERSTE.waarderen },
          '2.lv.verbeteren': { kind: 'text', text: EERSTE.verbeteren },
        },
      });
      const uitCyclus1 = naEerste.acties.filter(
        (a) => a.herkomst.soort === 'reflectie' && a.herkomst.reflectieId === cyclus1?.id,
      );
      expect(
        uitCyclus1.map((a) => [a.tekst, a.eigenaar, a.deadline, a.status, a.herkomst.bouwsteen]).sort(),
      ).toEqual(
        [
          [ACTIE_MIJN, DEMO_USER, addDays(today, 30), 'open', '2'],
          [ACTIE_GGD, ggd.email, addDays(today, 60), 'open', '2'],
        ].sort(),
      );

      // ── 3. The actions under Acties, and mine in the personal tab ─────────────────────────
      await page.evaluate(() => {
        window.location.hash = '#/acties';
      });
      await page.getByRole('heading', { level: 1, name: 'Verbeteracties' }).waitFor();
      for (const [tekst, eigenaar] of [
        [ACTIE_MIJN, DEMO_USER],
        [ACTIE_GGD, ggd.email],
      ] as const) {
        const card = page.getByRole('article', { name: tekst });
        await card.waitFor();
        expect(await card.locator('dd').allTextContents()).toEqual(
          expect.arrayContaining([eigenaar, 'Reflectie bij bouwsteen 2']),
        );
      }
      await shot(page, 'reflecties-3-acties');

      await page.goto(`${harness.appUrl}?view=mijn-acties`);
      await page.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
      const mijn = page.getByRole('heading', { level: 3, name: ACTIE_MIJN });
      await mijn.waitFor();
      expect(await page.getByRole('heading', { level: 3, name: ACTIE_GGD }).count()).toBe(0);
      const mijnKaart = page.getByRole('listitem').filter({ has: mijn });
      await mijnKaart.getByText('Reflectie bij bouwsteen 2', { exact: true }).waitFor();
      await shot(page, 'reflecties-3-mijn-acties');

      // ── 4. A second cycle today: first the actions of the first, then compare ──────────────
      await page.goto(`${harness.appUrl}?traject=${trajectId}#/reflecties`);
      await page.getByRole('heading', { level: 1, name: 'Reflecties' }).waitFor();
      const tweede = await startCycle(page, today);
      const review = tweede.getByRole('region', { name: 'Zijn voorgenomen acties uitgevoerd?' });
      // The review comes first in the bouwsteen's part.
      expect(await tweede.locator('h4').first().textContent()).toBe('Zijn voorgenomen acties uitgevoerd?');
      await review
        .getByText(`De acties uit de reflectie van ${dutchDate(eersteDatum)}.`, { exact: false })
        .waitFor();
      await review.getByText(ACTIE_GGD, { exact: true }).waitFor();
      await review.getByText(`Eigenaar: ${DEMO_USER}`).waitFor();
      await review
        .getByRole('combobox', { name: `Status van ‘${ACTIE_MIJN}’` })
        .selectOption({ label: 'Uitgevoerd' });
      await page.getByText(`De status van ‘${ACTIE_MIJN}’ is nu: Uitgevoerd.`).waitFor({ state: 'attached' });
      await answer(tweede, TWEEDE);
      await finish(tweede);
      await outboxEmpty(page);

      const vergelijk = tweede.getByRole('region', { name: 'Eerder en op dit moment: bouwsteen 2' });
      await vergelijk.getByText(`Vergeleken met de reflectie van ${dutchDate(eersteDatum)}.`).waitFor();
      const checkComparison = async (region: Locator) => {
        for (const stap of stappen) {
          const vraag = region.getByRole('region', { name: KORT[stap], exact: true });
          const tekst = (await vraag.textContent()) ?? '';
          expect(tekst).toContain(`Eerder${EERSTE[stap]}`);
          expect(tekst).toContain(`Op dit moment${TWEEDE[stap]}`);
          expect(tekst).toContain(
            EERSTE[stap] === TWEEDE[stap]
              ? 'Het antwoord is hetzelfde gebleven.'
              : 'Het antwoord is veranderd.',
          );
        }
      };
      await checkComparison(vergelijk);
      await shot(page, 'reflecties-4-vergelijking');

      // ── 5. Reload: everything kept ──────────────────────────────────────────────────────
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Reflecties' }).waitFor();
      const card = bouwsteen2(page);
      await card.getByRole('button', { name: `Reflectie van ${dutchDate(eersteDatum)} openen` }).waitFor();
      // The next meeting is the one planned above; the last reflection is today's.
      const overleg = card.getByRole('region', { name: 'Volgend overleg in Outlook' });
      await overleg.getByText(`${dutchDate(planDatum)}, 10:30 tot 12:00.`, { exact: false }).waitFor();
      expect(
        await overleg.getByRole('link', { name: 'Deelnemen aan de Teams-vergadering' }).getAttribute('href'),
      ).toBe(joinUrl);
      expect(await card.locator('dd').allTextContents()).toContain(dutchDate(today));
      await shot(page, 'reflecties-5-overzicht-herladen');
      await card.getByRole('button', { name: `Reflectie van ${dutchDate(today)} openen` }).click();
      const herladen = page.getByRole('region', { name: `Reflectie van ${dutchDate(today)}` });
      await herladen.getByText(/^Afgerond op /).waitFor();
      await checkComparison(herladen.getByRole('region', { name: 'Eerder en op dit moment: bouwsteen 2' }));
      await shot(page, 'reflecties-5-herladen');

      const na = await storedTraject(trajectId);
      const cyclus2 = na.reflecties.find(
        (r) =>
          r.datum === today && r.bouwstenen.includes('2') && !before.reflecties.some((b) => b.id === r.id),
      );
      expect(cyclus2?.status).toBe('afgerond');
      expect(cyclus2?.antwoorden['2.lv.herkennen']).toEqual({ kind: 'text', text: TWEEDE.herkennen });
      expect(na.acties.find((a) => a.tekst === ACTIE_MIJN)?.status).toBe('afgerond');
      expect(na.acties.find((a) => a.tekst === ACTIE_GGD)?.status).toBe('open');
      expect(na.overleggen.filter((o) => o.eventId === event.id)).toMatchObject([
        { status: 'gepland', bouwstenen: ['2'], joinUrl },
      ]);
      expect((await myEvents()).length).toBe(eventsAfter.length);
      expect(errors).toEqual([]);
      expect(browserErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
