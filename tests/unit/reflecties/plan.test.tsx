// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { frequency, type TrajectBuilder } from '../../../shared/testing/builders.ts';
import { FakeCalendar } from '../reflectie/fakes.ts';
import { blobs, renderReflecties, stored, type RenderedReflecties } from './setup.tsx';

const FOUTEN = 'Het overleg is nog niet gepland. Pas dit aan:';
const SUBJECT = 'Reflectie bouwsteen 2: Maatschappelijk resultaat — Testtraject';

/** Bouwsteen 2 agreed every 3 months, next on 20 March 2026; one partner can be invited, one cannot. */
function partnership(b: TrajectBuilder, volgendeDatum = '2026-03-20'): TrajectBuilder {
  return b
    .withAnswer(
      '2.lv.afspraken',
      frequency({ interval: 3, unit: 'maanden' }, { volgendeDatum, organisator: 'Anna de Vries' }),
    )
    .withPartner({
      id: 'partner-ggd',
      organisatie: 'GGD regio Utrecht',
      contactpersoon: 'Bram Bakker',
      email: 'bram@ggd.example',
    })
    .withPartner({
      id: 'partner-school',
      organisatie: 'Scholengroep Noord',
      contactpersoon: 'Sanne',
      email: '',
    });
}

async function cardOf(bouwsteen: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', {
    level: 2,
    name: new RegExp(`^Bouwsteen ${bouwsteen}:`),
  });
  return heading.closest('article') as HTMLElement;
}

async function openPlan(bouwsteen = '2'): Promise<HTMLElement> {
  const card = await cardOf(bouwsteen);
  await userEvent.click(
    within(card).getByRole('button', { name: `Reflectie plannen voor bouwsteen ${bouwsteen}` }),
  );
  const dialog = await screen.findByRole('dialog', { name: 'Reflectie plannen in Outlook' });
  // The dialog asks the calendar whether Teams meetings are allowed before planning.
  await waitFor(() =>
    expect(
      within(dialog).queryByText('Bezig met nagaan of je agenda Teams-vergaderingen toestaat…'),
    ).toBeNull(),
  );
  return dialog;
}

function setValue(dialog: HTMLElement, label: RegExp, value: string): void {
  fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
}

async function submit(dialog: HTMLElement): Promise<void> {
  await userEvent.click(within(dialog).getByRole('button', { name: 'Plannen in Outlook' }));
}

/** Nothing reached Outlook and nothing was kept. */
async function nothingCreated(rendered: RenderedReflecties): Promise<void> {
  expect(rendered.calendar?.calls).not.toContain('createEvent');
  expect(rendered.calendar?.events).toEqual([]);
  expect((await stored(rendered)).overleggen).toEqual([]);
}

describe('the Reflecties overview', () => {
  it('shows per bouwsteen the frequency, the organiser and the status in words and icon', async () => {
    await renderReflecties({ build: partnership });
    const card = await cardOf('2');
    const text = card.textContent ?? '';
    expect(text).toContain('Elke 3 maanden');
    expect(text).toContain('Anna de Vries');
    expect(text).toContain('Gepland De volgende reflectie is op 20 maart 2026.');
    expect(text).toContain('Er staat geen overleg gepland in Outlook.');
    expect(text).toContain('Er is nog geen reflectie vastgelegd voor deze bouwsteen.');
    // 3-A has no agreement question: no date, said so, with the way to make one.
    const drieA = await cardOf('3-A');
    expect(drieA.textContent).toContain('Geen afspraak');
    expect(drieA.textContent).toContain('Er is nog geen afspraak en geen overleg gepland.');
  });

  it('says an overdue reflectie is overdue, not by colour alone', async () => {
    await renderReflecties({ build: (b) => partnership(b, '2026-02-20') });
    const card = await cardOf('2');
    expect(card.textContent).toContain('Verlopen');
    expect(card.textContent).toContain(
      'De reflectie is 10 dagen te laat; die stond gepland op 20 februari 2026.',
    );
  });
});

describe('planning a reflectie in Outlook', () => {
  it('shows the time zone, the agreed repetition, who can be invited and why not, and the agenda as text', async () => {
    await renderReflecties({ build: partnership });
    const dialog = await openPlan();
    expect(within(dialog).getByLabelText<HTMLSelectElement>(/^Tijdzone/).value).toBe('Europe/Amsterdam');
    expect(within(dialog).getByText('Nederland (Europe/Amsterdam)')).toBeTruthy();
    expect(within(dialog).getByLabelText<HTMLInputElement>(/^Datum/).value).toBe('2026-03-20');
    expect(within(dialog).getByText('Afgesproken: Elke 3 maanden.')).toBeTruthy();
    expect(within(dialog).getByRole<HTMLInputElement>('checkbox', { name: 'Herhalen' }).checked).toBe(true);
    expect(within(dialog).getByLabelText<HTMLInputElement>('Elke').value).toBe('3');
    expect(
      within(dialog).getByText(
        'Scholengroep Noord — Sanne kan niet worden uitgenodigd: bij Partners staat geen e-mailadres van de contactpersoon.',
      ),
    ).toBeTruthy();
    expect(
      within(dialog).getByRole<HTMLInputElement>('checkbox', { name: /GGD regio Utrecht — Bram Bakker/ })
        .checked,
    ).toBe(true);
    const preview = within(dialog).getByRole('region', { name: 'Voorbeeld van de agenda' });
    const agenda = preview.querySelector('pre')?.textContent ?? '';
    expect(agenda).toContain(SUBJECT);
    expect(agenda).toContain('vrijdag 20 maart 2026, 14:00 tot 15:30');
    expect(agenda).toContain('Zijn voorgenomen acties uitgevoerd?');
    expect(agenda).toContain('Herkennen: Herkennen we de ontwikkeling');
    // The preview follows the form.
    setValue(dialog, /^Begintijd/, '09:30');
    expect(preview.querySelector('pre')?.textContent).toContain('vrijdag 20 maart 2026, 09:30 tot 11:00');
  });

  it('refuses a start in the past, with a Dutch message, and creates nothing', async () => {
    const rendered = await renderReflecties({ build: partnership });
    const dialog = await openPlan();
    setValue(dialog, /^Datum/, '2026-03-01');
    await submit(dialog);
    const alert = await within(dialog).findByRole('group', { name: FOUTEN });
    expect(alert.textContent).toContain(
      'Het overleg begint in het verleden. Kies een moment dat nog moet komen.',
    );
    expect(
      within(dialog)
        .getByLabelText(/^Datum/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    await nothingCreated(rendered);
  });

  it('refuses a meeting without attendees and creates nothing', async () => {
    const rendered = await renderReflecties({ build: partnership });
    const dialog = await openPlan();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /GGD regio Utrecht — Bram Bakker/ }));
    await submit(dialog);
    expect((await within(dialog).findByRole('group', { name: FOUTEN })).textContent).toContain(
      'Nodig ten minste één deelnemer uit.',
    );
    await nothingCreated(rendered);
  });

  it('refuses an attendee without an e-mail address and creates nothing', async () => {
    const rendered = await renderReflecties({ build: partnership });
    const dialog = await openPlan();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deelnemer toevoegen' }));
    // The new row takes focus at its name field.
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Naam'));
    await userEvent.keyboard('Wethouder Jansen');
    await submit(dialog);
    expect((await within(dialog).findByRole('group', { name: FOUTEN })).textContent).toContain(
      'Niet alle deelnemers hebben een geldig e-mailadres.',
    );
    await nothingCreated(rendered);
  });

  it('refuses a repetition that ends before it starts and creates nothing', async () => {
    const rendered = await renderReflecties({ build: partnership });
    const dialog = await openPlan();
    setValue(dialog, /^Herhalen tot en met/, '2026-03-10');
    await submit(dialog);
    expect((await within(dialog).findByRole('group', { name: FOUTEN })).textContent).toContain(
      'De herhaling stopt voordat het eerste overleg plaatsvindt.',
    );
    expect(
      within(dialog)
        .getByLabelText(/^Herhalen tot en met/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
    await nothingCreated(rendered);
  });

  it('plans through the use case with the form as the payload, then shows the join link and an .ics', async () => {
    const rendered = await renderReflecties({ build: partnership });
    const dialog = await openPlan();
    setValue(dialog, /^Datum/, '2026-03-17');
    setValue(dialog, /^Begintijd/, '10:00');
    fireEvent.change(within(dialog).getByLabelText('Duur'), { target: { value: '60' } });
    await userEvent.selectOptions(within(dialog).getByLabelText('Aanwezigheid van Bram Bakker'), 'Optioneel');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deelnemer toevoegen' }));
    await userEvent.type(within(dialog).getByLabelText('Naam'), 'Wethouder Jansen');
    await userEvent.type(within(dialog).getByLabelText('E-mailadres'), 'jansen@gemeente.example');
    setValue(dialog, /^Herhalen tot en met/, '2026-12-31');
    await submit(dialog);

    expect(await within(dialog).findByText('Geplaatst in je Outlook-agenda')).toBeTruthy();
    const calendar = rendered.calendar as FakeCalendar;
    expect(calendar.calls.filter((c) => c === 'createEvent')).toHaveLength(1);
    const [created] = calendar.events;
    expect(created?.event).toMatchObject({
      subject: SUBJECT,
      start: '2026-03-17T10:00',
      eind: '2026-03-17T11:00',
      tijdzone: 'Europe/Amsterdam',
      attendees: [
        { naam: 'Bram Bakker', email: 'bram@ggd.example', type: 'optional' },
        { naam: 'Wethouder Jansen', email: 'jansen@gemeente.example', type: 'required' },
      ],
      online: true,
      recurrence: { frequentie: { interval: 3, unit: 'maanden' }, tot: '2026-12-31' },
    });
    expect(created?.event.body.html).toContain('Zijn voorgenomen acties uitgevoerd?');

    const join = within(dialog).getByRole('link', { name: 'Deelnemen aan de Teams-vergadering' });
    expect(join.getAttribute('href')).toBe(created?.joinUrl);
    const ics = await within(dialog).findByRole('link', { name: 'Agenda-bestand (.ics) downloaden' });
    expect(ics.getAttribute('download')).toBe('reflectie-bouwsteen-2-2026-03-17.ics');
    const file = blobs.get(ics.getAttribute('href') ?? '');
    const text = (await file?.text()) ?? '';
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20260317T100000');
    expect(text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=17');

    const { overleggen } = await stored(rendered);
    expect(overleggen).toHaveLength(1);
    expect(overleggen[0]).toMatchObject({
      status: 'gepland',
      eventId: created?.eventId,
      joinUrl: created?.joinUrl,
      transactionId: created?.event.transactionId,
    });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const card = await cardOf('2');
    expect(card.textContent).toContain('dinsdag 17 maart 2026, 10:00 tot 11:00');
    expect(within(card).getByRole('link', { name: 'Deelnemen aan de Teams-vergadering' })).toBeTruthy();
  });

  it('turns the Teams toggle off with the reason when the calendar does not allow Teams meetings', async () => {
    const calendar = new FakeCalendar();
    calendar.teamsAllowed = false;
    await renderReflecties({ build: partnership, calendar });
    const dialog = await openPlan();
    const toggle = within(dialog).getByRole<HTMLInputElement>('switch', {
      name: 'Teams-vergadering toevoegen',
    });
    expect(toggle.disabled).toBe(true);
    expect(toggle.checked).toBe(false);
    expect(within(dialog).getByText(/Je agenda staat geen Teams-vergaderingen toe/)).toBeTruthy();
    await submit(dialog);
    expect(await within(dialog).findByText('Geplaatst in je Outlook-agenda')).toBeTruthy();
    expect(calendar.events[0]?.event.online).toBe(false);
    expect(within(dialog).queryByRole('link', { name: 'Deelnemen aan de Teams-vergadering' })).toBeNull();
  });

  it('offers planning only with the reason when the host has no calendar', async () => {
    await renderReflecties({ build: partnership, calendar: null });
    const card = await cardOf('2');
    const plan = within(card).getByRole('button', { name: 'Reflectie plannen voor bouwsteen 2' });
    expect(plan.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(plan.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain('Kompas heeft in deze omgeving geen toegang tot je agenda');
  });
});

describe('a planned meeting', () => {
  const planned = {
    id: 'overleg-gepland',
    status: 'gepland' as const,
    eventId: 'event-1',
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/1',
    deelnemers: [{ naam: 'Bram Bakker', email: 'bram@ggd.example', type: 'required' as const }],
    herhaling: { frequentie: { interval: 3, unit: 'maanden' as const } },
  };

  it('shows when it is, how often, who is invited, the join link and an .ics', async () => {
    await renderReflecties({ build: partnership, overleggen: [planned] });
    const card = await cardOf('2');
    const text = card.textContent ?? '';
    expect(text).toContain(SUBJECT);
    expect(text).toContain('vrijdag 20 maart 2026, 14:00 tot 15:30');
    expect(text).toContain('Tijden in Nederland (Europe/Amsterdam).');
    expect(text).toContain('Elke 3 maanden, zonder einddatum.');
    expect(text).toContain('Uitgenodigd: Bram Bakker');
    expect(
      within(card).getByRole('link', { name: 'Deelnemen aan de Teams-vergadering' }).getAttribute('href'),
    ).toBe(planned.joinUrl);
    expect(await within(card).findByRole('link', { name: 'Agenda-bestand (.ics) downloaden' })).toBeTruthy();
  });

  it('is moved in Outlook and in the store', async () => {
    const rendered = await renderReflecties({ build: partnership, overleggen: [planned] });
    const card = await cardOf('2');
    await userEvent.click(
      within(card).getByRole('button', {
        name: 'Overleg van vrijdag 20 maart 2026, 14:00 tot 15:30 verzetten',
      }),
    );
    const form = within(card).getByRole('form', { name: 'Overleg verzetten' });
    fireEvent.change(within(form).getByLabelText(/^Datum/), { target: { value: '2026-03-27' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Verzetten in Outlook' }));
    await waitFor(() => expect(rendered.calendar?.updates).toHaveLength(1));
    expect(rendered.calendar?.updates[0]).toMatchObject({
      eventId: 'event-1',
      change: {
        times: { start: '2026-03-27T14:00', eind: '2026-03-27T15:30', tijdzone: 'Europe/Amsterdam' },
        recurrence: { frequentie: { interval: 3, unit: 'maanden' } },
      },
    });
    const { overleggen } = await stored(rendered);
    expect(overleggen[0]).toMatchObject({
      start: '2026-03-27T14:00',
      eind: '2026-03-27T15:30',
      status: 'gepland',
    });
    expect(await within(card).findByText(/vrijdag 27 maart 2026, 14:00 tot 15:30/)).toBeTruthy();
  });

  it('refuses a move into the past and changes nothing', async () => {
    const rendered = await renderReflecties({ build: partnership, overleggen: [planned] });
    const card = await cardOf('2');
    await userEvent.click(within(card).getByRole('button', { name: /verzetten$/ }));
    const form = within(card).getByRole('form', { name: 'Overleg verzetten' });
    fireEvent.change(within(form).getByLabelText(/^Datum/), { target: { value: '2026-02-27' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Verzetten in Outlook' }));
    expect((await within(form).findByRole('group', { name: FOUTEN })).textContent).toContain(
      'Het overleg begint in het verleden.',
    );
    expect(rendered.calendar?.updates).toEqual([]);
    expect((await stored(rendered)).overleggen[0]?.start).toBe('2026-03-20T14:00');
  });

  it('is cancelled only after a confirmation, with the reason sent to the attendees', async () => {
    const calendar = new FakeCalendar();
    // The meeting as Outlook has it (event-1), so the fake keeps the cancellation's message.
    await calendar.createEvent({
      subject: SUBJECT,
      body: { html: '', text: '' },
      start: '2026-03-20T14:00',
      eind: '2026-03-20T15:30',
      tijdzone: 'Europe/Amsterdam',
      attendees: planned.deelnemers,
      online: true,
      transactionId: 'tx-overleg-gepland',
    });
    const rendered = await renderReflecties({ build: partnership, overleggen: [planned], calendar });
    const card = await cardOf('2');
    const cancel = within(card).getByRole('button', {
      name: 'Overleg van vrijdag 20 maart 2026, 14:00 tot 15:30 annuleren',
    });
    await userEvent.click(cancel);
    await userEvent.click(within(card).getByRole('button', { name: 'Nee, laten staan' }));
    expect(rendered.calendar?.calls).not.toContain('cancelEvent');

    await userEvent.click(within(card).getByRole('button', { name: /annuleren$/ }));
    const confirm = within(card).getByRole('group', { name: /Weet je zeker dat je het overleg/ });
    await userEvent.type(within(confirm).getByLabelText(/^Reden/), 'De wethouder is verhinderd');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, overleg annuleren' }));
    await waitFor(() => expect(rendered.calendar?.calls).toContain('cancelEvent'));
    expect(calendar.events[0]?.cancelled).toBe(
      `Het overleg ‘${SUBJECT}’ gaat niet door. Reden: De wethouder is verhinderd`,
    );
    expect(await within(card).findByText('Er staat geen overleg gepland in Outlook.')).toBeTruthy();
    const { overleggen } = await stored(rendered);
    expect(overleggen[0]?.status).toBe('geannuleerd');
  });
});

describe('a meeting whose planning did not finish', () => {
  it('is put in Outlook again with its own transactionId, so no second meeting can come of it', async () => {
    const concept = {
      id: 'overleg-concept',
      status: 'concept' as const,
      transactionId: 'tx-eerste-poging',
      deelnemers: [{ naam: 'Bram Bakker', email: 'bram@ggd.example', type: 'required' as const }],
    };
    const rendered = await renderReflecties({ build: partnership, overleggen: [concept] });
    const card = await cardOf('2');
    expect(card.textContent).toContain(
      'Het overleg van vrijdag 20 maart 2026, 14:00 tot 15:30 staat nog niet in Outlook',
    );
    await userEvent.click(within(card).getByRole('button', { name: 'Opnieuw in Outlook zetten' }));
    await waitFor(() => expect(rendered.calendar?.events).toHaveLength(1));
    expect(rendered.calendar?.events[0]?.event.transactionId).toBe('tx-eerste-poging');
    const { overleggen } = await stored(rendered);
    expect(overleggen).toEqual([
      expect.objectContaining({ id: 'overleg-concept', status: 'gepland', eventId: 'event-1' }),
    ]);
    expect(
      await within(card).findByRole('link', { name: 'Deelnemen aan de Teams-vergadering' }),
    ).toBeTruthy();
  });
});

describe('the plan dialog by keyboard', () => {
  it('closes with Escape, creates nothing and gives focus back to the button that opened it', async () => {
    const rendered = await renderReflecties({ build: partnership });
    const card = await cardOf('2');
    const button = within(card).getByRole('button', { name: 'Reflectie plannen voor bouwsteen 2' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Reflectie plannen in Outlook' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button));
    await nothingCreated(rendered);
  });
});

describe("people's own text", () => {
  it('stays text wherever the screen shows it', async () => {
    const hostile = '<img src=x onerror="alert(1)">Anna';
    await renderReflecties({
      build: (b) =>
        b
          .withAnswer('2.lv.afspraken', frequency({ interval: 3, unit: 'maanden' }, { organisator: hostile }))
          .withPartner({ organisatie: hostile, contactpersoon: hostile, email: 'anna@example.org' }),
    });
    const card = await cardOf('2');
    expect(card.textContent).toContain(hostile);
    expect(document.querySelector('img')).toBeNull();
    const dialog = await openPlan();
    expect(dialog.textContent).toContain(hostile);
    expect(document.querySelector('img')).toBeNull();
  });
});
