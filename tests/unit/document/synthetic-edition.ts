/**
 * A small edition with one question of every input kind, guidance of every kind (with links),
 * a cross-reference, headings, text, intro, vooraf and a Leren-en-verbeteren sheet. Parsed by
 * `EditionSchema`, so it stays true to the content model while the real content is transcribed.
 */
import { EditionSchema, type Edition, type SheetItemInput } from '../../../shared/content/schema.ts';

type QuestionItem = Extract<SheetItemInput, { type: 'question' }>;

const q = (id: string, input: QuestionItem['input'], more: Partial<QuestionItem> = {}): QuestionItem => ({
  type: 'question',
  id,
  prompt: `Vraag ${id}?`,
  shortLabel: `Label ${id}`,
  input,
  ...more,
});

export const syntheticEdition: Edition = EditionSchema.parse({
  id: 'algemeen',
  version: '0.0.1',
  title: 'Synthetische editie',
  publisher: 'Kompas tests',
  sources: ['tests/unit/document/synthetic-edition.ts'],
  intro: [{ type: 'text', text: ['Over deze werkbladen.'] }],
  bouwstenen: [
    {
      id: '0A',
      nummer: 0,
      title: 'Zoek naar de samenwerking en het gezamenlijk belang',
      resultaat: {
        waarom: ['Een samenhangende aanpak heeft meer slagkracht.'],
        uitkomst: ['We weten welk vraagstuk voor ons ligt.'],
      },
      intro: [
        {
          type: 'guidance',
          guidance: { kind: 'info', text: ['Een goede start begint met de juiste samenwerking.'] },
        },
      ],
      sheets: [
        {
          id: '0A/start',
          title: 'Wie betrekken we?',
          kind: 'werkblad',
          items: [
            q(
              '0A.vraagstuk',
              { kind: 'longText' },
              {
                shortLabel: 'Vraagstuk',
                help: ['Probeer niet om dit vraagstuk perfect te verwoorden.'],
                guidance: [
                  {
                    kind: 'tip',
                    text: ['Richt je op mensen die gemotiveerd zijn.'],
                    links: [
                      {
                        title: 'Handreiking jongerenparticipatie',
                        url: 'https://www.nji.nl/participatie?a=1&b=2',
                      },
                      { title: 'Een link zonder adres' },
                    ],
                  },
                ],
              },
            ),
            q('0A.naam', { kind: 'text' }, { shortLabel: 'Naam van de samenwerking' }),
            { type: 'heading', text: 'Overzicht van partners' },
            {
              type: 'text',
              text: ['Hieronder vind je een overzicht.'],
              bullets: [{ lead: 'Zet in op meerdere niveaus.', text: 'Richt je op het geheel.' }],
            },
            q('0A.partners', {
              kind: 'partnerOverview',
              domains: [
                { id: 'opvangOnderwijs', label: 'Opvang en onderwijs' },
                { id: 'veiligheid', label: 'Veiligheid' },
              ],
              levels: [
                { id: 'basisvoorzieningen', label: 'Basisvoorzieningen' },
                { id: 'intensief', label: 'Intensieve en gespecialiseerde ondersteuning' },
              ],
              suggestions: [
                {
                  domain: 'opvangOnderwijs',
                  level: 'basisvoorzieningen',
                  organisations: ['Kinderopvang', 'School'],
                },
                { domain: 'veiligheid', level: 'intensief', organisations: ['Centrum seksueel geweld'] },
              ],
            }),
            {
              type: 'guidance',
              guidance: {
                kind: 'voorbeeld',
                text: ['Een gemeente werkte samen met scholen.'],
                bullets: [{ text: 'Eerste voorbeeldpunt.' }],
              },
            },
          ],
        },
      ],
    },
    {
      id: '1B',
      nummer: 1,
      title: 'Formuleer ambities voor kinderen en jongeren',
      vooraf: [q('1B.vooraf.betrekken', { kind: 'longText' }, { shortLabel: 'Wie betrekken we vooraf?' })],
      sheets: [
        {
          id: '1B/ambities',
          title: 'Onze ambities',
          kind: 'werkblad',
          items: [
            q(
              '1B.ambities',
              { kind: 'list', itemLabel: 'Ambitie', softMax: 3 },
              {
                shortLabel: 'Ambities',
                guidance: [{ kind: 'letop', text: ['Ga niet aan meer dan drie ambities tegelijk werken.'] }],
              },
            ),
            q('1B.rollen', {
              kind: 'roleSplit',
              fields: [
                { id: 'praktijk', label: 'Uitvoerende praktijk' },
                { id: 'beleid', label: 'Financier/beleid', prompt: 'Wat doet de gemeente?' },
              ],
            }),
          ],
        },
      ],
    },
    {
      id: '2',
      nummer: 2,
      title: 'Formuleer concrete maatschappelijke resultaten',
      resultaat: {
        waarom: ['Resultaten maken ambities concreet.'],
        uitkomst: ['We weten wat we willen bereiken.'],
      },
      sheets: [
        {
          id: '2/resultaten',
          title: 'Maatschappelijke resultaten',
          kind: 'werkblad',
          items: [
            q(
              '2.ambitie',
              { kind: 'longText' },
              {
                shortLabel: 'Ambitie',
                crossRef: {
                  question: '1B.ambities',
                  note: 'Neem de ambitie uit bouwsteen 1 als uitgangspunt bij het beantwoorden van deze vraag.',
                },
              },
            ),
            q(
              '2.resultaten',
              { kind: 'list', itemLabel: 'Maatschappelijk resultaat' },
              {
                shortLabel: 'Maatschappelijke resultaten',
                guidance: [{ kind: 'advies', text: ['Formuleer resultaten SMART.'] }],
              },
            ),
            q(
              '2.indicatoren',
              {
                kind: 'indicators',
                scope: 'maatschappelijk-resultaat',
                slots: 3,
                presets: [
                  { naam: 'Ervaren veiligheid', definitie: 'Percentage jongeren dat zich veilig voelt.' },
                ],
              },
              { shortLabel: 'Indicatoren' },
            ),
            q('2.voor-na', {
              kind: 'beforeNow',
              fields: [
                { id: 'eerder', label: 'Eerder' },
                { id: 'nu', label: 'Op dit moment' },
              ],
            }),
          ],
        },
      ],
    },
    {
      id: '3A',
      nummer: 3,
      title: 'Bepaal hoe je de maatschappelijke resultaten gaat bereiken',
      sheets: [
        {
          id: '3A/veranderverhaal',
          title: 'Ons veranderverhaal',
          kind: 'werkblad',
          items: [
            q('3A.kennis', { kind: 'veranderverhaal', category: 'kennis' }, { shortLabel: 'Kennis' }),
            q(
              '3A.principes',
              { kind: 'veranderverhaal', category: 'principes' },
              { shortLabel: 'Principes' },
            ),
            q('3A.prioriteit', { kind: 'prioritering', from: ['3A.kennis', '3A.principes'] }),
          ],
        },
      ],
    },
    {
      id: '3B',
      nummer: 3,
      title: 'Match activiteiten met het maatschappelijk resultaat',
      sheets: [
        {
          id: '3B/matrix',
          title: 'Activiteiten',
          kind: 'werkblad',
          items: [
            q(
              '3B.matrix',
              {
                kind: 'activityMatrix',
                resultsFrom: '2.resultaten',
                veranderverhaalRow: {
                  id: 'veranderverhaal',
                  label: 'Wat willen we bereiken vanuit ons veranderverhaal?',
                },
                rows: [
                  { id: 'preventie', label: 'Activiteiten op het gebied van preventie' },
                  { id: 'basis', label: 'Activiteiten in de basis' },
                ],
                footnote: '* Bij activiteiten in de basis gaat het om algemene voorzieningen.',
              },
              { shortLabel: 'Activiteitenmatrix' },
            ),
          ],
        },
      ],
    },
    {
      id: '4',
      nummer: 4,
      title: 'Werk aan de kwaliteit van activiteiten',
      sheets: [
        {
          id: '4/kwaliteit',
          title: 'Kwaliteit',
          kind: 'werkblad',
          items: [
            q(
              '4.kwaliteit',
              {
                kind: 'qualityTable',
                rows: [
                  { id: 'deskundigheid', label: 'Deskundigheid', questions: ['Zijn medewerkers opgeleid?'] },
                  { id: 'anders', label: 'Anders namelijk', questions: [] },
                ],
              },
              { shortLabel: 'Kwaliteitstabel' },
            ),
            q('4.tabel', {
              kind: 'table',
              columns: [
                { id: 'wat', label: 'Wat' },
                { id: 'wie', label: 'Wie' },
              ],
              rows: [{ id: 'gemeente', label: 'Gemeente' }],
            }),
            q('4.check', {
              kind: 'checklist',
              items: [
                { id: 'plan', text: 'Er is een plan.' },
                { id: 'budget', text: 'Er is budget.' },
              ],
            }),
          ],
        },
      ],
    },
    {
      id: '6',
      nummer: 6,
      title: 'Heb aandacht voor leren en verbeteren',
      sheets: [
        {
          id: '6/leren-en-verbeteren',
          title: 'Leren en verbeteren',
          kind: 'lerenEnVerbeteren',
          actie: 'Evalueer de samenwerking regelmatig.',
          items: [
            q('6.lv.afspraken', { kind: 'frequency' }, { cadence: 'eenmalig' }),
            q('6.lv.herkennen', { kind: 'reflection', step: 'herkennen' }, { cadence: 'periodiek' }),
            q('6.lv.goed', {
              kind: 'keepImprove',
              fields: [
                { id: 'vasthouden', label: 'Goed — vasthouden' },
                { id: 'werken', label: 'Minder goed — werken aan' },
              ],
            }),
            q(
              '6.lv.afspraken-samen',
              {
                kind: 'dosDonts',
                fields: [
                  { id: 'dos', label: "Do's" },
                  { id: 'donts', label: "Don'ts" },
                ],
              },
              // 60 characters: with a field label the title is longer than the 64 Word shows.
              { shortLabel: 'Afspraken over de samenwerking, de waarden en verwachtingen' },
            ),
            q('6.lv.cijfers', {
              kind: 'grades',
              themes: [
                { id: 'relatie', label: 'Relatie', prompt: 'Hoe is de relatie?' },
                { id: 'proces', label: 'Proces' },
              ],
              min: 1,
              max: 10,
            }),
            q('6.lv.acties', { kind: 'actions' }, { cadence: 'periodiek' }),
            q('6.uitkomst', { kind: 'indicators', scope: 'uitkomst', slots: 2 }),
          ],
        },
      ],
    },
  ],
});
