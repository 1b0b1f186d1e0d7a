import { describe, expect, it } from 'vitest';
import { getEdition } from '../../../shared/content/index.ts';
import { buildAgenda, type AgendaInput } from '../../../shared/meeting/agenda.ts';
import { agendaFor, maxSubjectLength, meetingSubject } from '../../../shared/meeting/agenda-data.ts';
import { formatDateTime, formatLongDate, formatWhen } from '../../../shared/meeting/text.ts';
import { hostileStrings } from '../../fixtures/hostile-strings.ts';
import { partnership } from './traject.ts';

const sgg = getEdition('sgg');

/** The markup Kompas writes itself; anything else in the HTML came from user text. */
const allowedTag = /^<\/?(div|h2|h3|h4|p|em|ul|ol|li|br)>$|^<a href="[^"<>]*">$|^<\/a>$/;

function tagsOf(html: string): string[] {
  return html.match(/<[^>]*>/g) ?? [];
}

/** The text a browser would show: tags dropped, the five entities decoded. */
function shownText(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]*>/g, '\u0001')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function agenda(overrides: Partial<AgendaInput> = {}): AgendaInput {
  return {
    titel: 'Reflectie bouwsteen 2: Maatschappelijk resultaat — Utrecht',
    traject: 'Utrecht',
    start: '2027-01-12T14:00',
    eind: '2027-01-12T15:30',
    bouwstenen: [
      {
        bouwsteen: '2',
        thema: 'Maatschappelijk resultaat',
        actie: 'Evalueer de voortgang op de maatschappelijke resultaten.',
        acties: [{ tekst: 'Gesprek met de scholen', eigenaar: 'Bram Bakker', deadline: '2027-03-01' }],
        indicatoren: [
          { naam: 'Meldingen', eenheid: '%', waarde: 10.5, datum: '2026-12-01', beweging: 'down' },
        ],
        vragen: [{ stap: 'herkennen', tekst: 'Herkennen we de ontwikkeling?', onderdelen: [] }],
      },
    ],
    ...overrides,
  };
}

describe('Dutch dates', () => {
  it('read as "dinsdag 12 januari 2027, 14:00", whatever zone the device is in', () => {
    expect(formatLongDate('nl', '2027-01-12')).toBe('dinsdag 12 januari 2027');
    expect(formatDateTime('nl', '2027-01-12T14:00')).toBe('dinsdag 12 januari 2027, 14:00');
    expect(formatDateTime('nl', '2027-03-28T02:30')).toBe('zondag 28 maart 2027, 02:30');
    expect(formatWhen('nl', '2027-01-12T14:00', '2027-01-12T15:30')).toBe(
      'dinsdag 12 januari 2027, 14:00 tot 15:30',
    );
    expect(formatWhen('nl', '2027-12-31T22:00', '2028-01-01T01:00')).toBe(
      'Van vrijdag 31 december 2027, 22:00 tot zaterdag 1 januari 2028, 01:00',
    );
  });
});

describe('buildAgenda', () => {
  it('lists the review of actions, the figures and the questions under each bouwsteen', () => {
    const { html, text } = buildAgenda(agenda());
    expect(html).toContain('<h3>Bouwsteen 2: Maatschappelijk resultaat</h3>');
    expect(html).toContain('<p>dinsdag 12 januari 2027, 14:00 tot 15:30</p>');
    expect(html).toContain('<li>Gesprek met de scholen — Bram Bakker, uiterlijk 1 maart 2027</li>');
    expect(html).toContain('<li>Meldingen: 10,5 % op 1 december 2026 (gedaald)</li>');
    expect(html).toContain('<ol><li>Herkennen: Herkennen we de ontwikkeling?</li></ol>');
    expect(text.split('\n')).toEqual([
      'Reflectie bouwsteen 2: Maatschappelijk resultaat — Utrecht',
      'dinsdag 12 januari 2027, 14:00 tot 15:30',
      'Traject: Utrecht',
      '',
      'Bouwsteen 2: Maatschappelijk resultaat',
      'Actie: Evalueer de voortgang op de maatschappelijke resultaten.',
      '',
      'Zijn voorgenomen acties uitgevoerd?',
      '- Gesprek met de scholen — Bram Bakker, uiterlijk 1 maart 2027',
      '',
      'Hoe staan de indicatoren en signalen ervoor?',
      '- Meldingen: 10,5 % op 1 december 2026 (gedaald)',
      '',
      'Vragen om samen te bespreken',
      '1. Herkennen: Herkennen we de ontwikkeling?',
    ]);
  });

  it('says so when there are no open actions or indicators', () => {
    const [b] = agenda().bouwstenen;
    const { html } = buildAgenda(agenda({ bouwstenen: [{ ...b!, acties: [], indicatoren: [] }] }));
    expect(html).toContain('<p>Er staan geen open acties.</p>');
    expect(html).toContain('<p>Er zijn nog geen indicatoren of signalen gekoppeld.</p>');
  });

  it.each(hostileStrings.map((h) => [h.name, h] as const))(
    'keeps hostile text inert: %s',
    (_name, hostile) => {
      const [b] = agenda().bouwstenen;
      const { html, text } = buildAgenda(
        agenda({
          titel: hostile.value,
          traject: hostile.value,
          bouwstenen: [
            {
              ...b!,
              acties: [{ tekst: hostile.value, eigenaar: hostile.value }],
              indicatoren: [{ naam: hostile.value, eenheid: hostile.value, waarde: 1, datum: '2026-12-01' }],
              vragen: [{ tekst: hostile.value, onderdelen: [hostile.value] }],
            },
          ],
        }),
      );
      for (const tag of tagsOf(html)) expect(tag, hostile.name).toMatch(allowedTag);
      const shown = shownText(html);
      // Each place shows the text itself, minus only the characters no invitation can carry.
      const places = shown.split(hostile.expected).length - 1;
      expect(places, hostile.name).toBeGreaterThanOrEqual(6);
      expect(text.split(hostile.expected).length - 1, hostile.name).toBeGreaterThanOrEqual(6);
    },
  );

  it('links only to http and https addresses, escaped', () => {
    const ok = buildAgenda(
      agenda({
        link: 'https://kompas.example/tab?traject=1&vraag=2',
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
      }),
    );
    expect(ok.html).toContain(
      '<a href="https://kompas.example/tab?traject=1&amp;vraag=2">Open de reflectie in Kompas</a>',
    );
    expect(ok.html).toContain(
      '<a href="https://teams.microsoft.com/l/meetup-join/abc">Deelnemen aan de Teams-vergadering</a>',
    );
    expect(ok.text).toContain('Open de reflectie in Kompas: https://kompas.example/tab?traject=1&vraag=2');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://kompas.example/',
      'https://kompas.example/"onmouseover="alert(1)',
      'https://kompas.example/\nLOCATION:evil',
      'geen link',
    ]) {
      const { html, text } = buildAgenda(agenda({ link: bad, joinUrl: bad }));
      expect(html, bad).not.toContain('<a ');
      expect(text, bad).not.toContain('Open de reflectie in Kompas');
    }
  });

  it('keeps a person’s line breaks as line breaks', () => {
    const [b] = agenda().bouwstenen;
    const { html, text } = buildAgenda(
      agenda({ bouwstenen: [{ ...b!, acties: [{ tekst: 'Eerst bellen\nDan mailen', eigenaar: '' }] }] }),
    );
    expect(html).toContain('<li>Eerst bellen<br>Dan mailen</li>');
    expect(text).toContain('- Eerst bellen\n  Dan mailen');
  });
});

describe('agendaFor and the subject, from the content and the records', () => {
  const records = partnership().build();

  it('builds the subject from the bouwsteen and the traject', () => {
    expect(meetingSubject(sgg, ['2'], records.traject.naam)).toBe(
      'Reflectie bouwsteen 2: Maatschappelijk resultaat — Samen tegen grensoverschrijdend gedrag',
    );
    expect(meetingSubject(sgg, ['0B'], 'Utrecht')).toBe(
      'Reflectie bouwsteen 0-B: Gezamenlijk belang en samenwerking — Utrecht',
    );
    expect(meetingSubject(sgg, ['3A'], 'Utrecht')).toBe('Reflectie bouwsteen 3-A: Veranderverhaal — Utrecht');
    expect(meetingSubject(sgg, ['2', '3A', '4'], 'Utrecht')).toBe(
      'Reflectie bouwstenen 2, 3-A en 4 — Utrecht',
    );
    const long = meetingSubject(sgg, ['2'], 'x'.repeat(300));
    expect([...long]).toHaveLength(maxSubjectLength);
    expect(long.endsWith('…')).toBe(true);
  });

  it("takes the bouwsteen's questions, open actions with their owner's name, and latest figures", () => {
    const input = agendaFor(
      sgg,
      records,
      { bouwstenen: ['2'], onderwerp: 'Reflectie', start: '2027-01-12T14:00', eind: '2027-01-12T15:30' },
      { traject: records.traject.naam },
    );
    const [b] = input.bouwstenen;
    expect(b?.thema).toBe('Maatschappelijk resultaat');
    expect(b?.actie).toBe('Evalueer de voortgang op de maatschappelijke resultaten.');
    expect(b?.vragen.map((v) => v.stap)).toEqual(['herkennen', 'begrijpen', 'waarderen', 'verbeteren']);
    expect(b?.acties).toEqual([
      { tekst: 'Gesprek met de scholen', eigenaar: 'Bram Bakker', deadline: '2026-12-01' },
      { tekst: 'Folder voor ouders', eigenaar: '', deadline: '2027-03-01' },
    ]);
    expect(b?.indicatoren).toEqual([
      {
        naam: 'Meldingen bij de vertrouwenspersoon',
        eenheid: 'per 1.000 leerlingen',
        waarde: 9,
        datum: '2027-02-01',
        beweging: 'down',
      },
      {
        naam: 'Signalen van jongerenwerkers',
        eenheid: '',
        waarde: undefined,
        datum: '2026-11-01',
        beweging: undefined,
      },
      { naam: 'Ervaren veiligheid', eenheid: '', waarde: undefined, datum: undefined, beweging: undefined },
    ]);
    const { text } = buildAgenda(input);
    expect(text).toContain('- Signalen van jongerenwerkers: gemeten op 1 november 2026');
    expect(text).toContain('- Ervaren veiligheid: nog geen meting');
  });

  it("lists bouwsteen 0-B's themes to give a cijfer", () => {
    const input = agendaFor(
      sgg,
      records,
      { bouwstenen: ['0B'], onderwerp: 'Reflectie', start: '2027-01-12T14:00', eind: '2027-01-12T15:30' },
      { traject: 'Utrecht' },
    );
    expect(input.bouwstenen[0]?.vragen).toEqual([
      {
        stap: undefined,
        tekst: 'Blijf in gesprek: hoe verloopt de samenwerking?',
        onderdelen: ['Gezamenlijk vraagstuk', 'Belangen', 'Relatie', 'Organisatie', 'Proces'],
      },
    ]);
  });
});
