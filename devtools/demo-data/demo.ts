/**
 * The `demo` seed: the team "Jeugd Voorbeeldstad" with one realistic traject on the SGG edition,
 * filled in the way a gemeente and its partners would over two years: bouwstenen 0-A to 2 and
 * part of 3-A, partners from the 0-A overview, indicators with metingen, the 3-B activities, a
 * finished and a planned reflectie, verbeteracties and a reflection meeting in Outlook.
 * Dates are fixed relative to {@link DEMO_REFERENCE_DATE}; ids come from a seeded generator.
 */
import { z } from 'zod';
import { getEdition } from '../../shared/content/index.ts';
import { TrajectIdSchema, type TrajectId } from '../../shared/domain/ids.ts';
import type { Actie, Answer, Indicator, Meting, Partner } from '../../shared/domain/model.ts';
import { buildAgenda } from '../../shared/meeting/agenda.ts';
import { agendaFor, meetingSubject } from '../../shared/meeting/agenda-data.ts';
import { toGraphEvent } from '../../shared/meeting/graph-event.ts';
import { route } from '../graph-emulator/router.ts';
import type { EmulatorStore } from '../graph-emulator/store.ts';
import {
  CSG_USER,
  DEMO_USER,
  demoUsers,
  GGD_USER,
  JONGERENWERK_USER,
  WIJKTEAM_USER,
  type SeedUser,
} from './people.ts';
import {
  ambities,
  droppedAmbitie,
  kansen,
  kennis,
  partnerSeeds,
  principes,
  randvoorwaarden,
  resultaten,
  textAnswers,
  VRAAGSTUK,
  zorgen,
  type PartnerKey,
  type PartnerSeed,
} from './demo-content.ts';
import { Random } from './random.ts';
import { provisionLists, SeedWriter, type AnswerValueInput, type Revision } from './writer.ts';

/** "Today" in the demo: planned things lie after it, finished things before. */
export const DEMO_REFERENCE_DATE = '2026-11-23';
export const DEMO_GROUP_ID = '5b0e3c1a-7d2f-4e6b-9a8c-3f1d2e4b5a60';
export const DEMO_GROUP_NAME = 'Jeugd Voorbeeldstad';
export const DEMO_TRAJECT_ID: TrajectId = TrajectIdSchema.parse('c7a1e5d2-3b4f-4a6e-8d9c-0f1e2a3b4c5d');
export const DEMO_TRAJECT_NAME =
  'Gemeente Voorbeeldstad — Samen seksueel grensoverschrijdend gedrag aanpakken';

const DEMO = DEMO_USER.upn;
const GGD = GGD_USER.upn;
const WIJKTEAM = WIJKTEAM_USER.upn;
const CSG = CSG_USER.upn;
const JONGERENWERK = JONGERENWERK_USER.upn;

/** An instant on a demo day, in UTC as SharePoint keeps it. */
const at = (date: string, time = '09:00'): string => `${date}T${time}:00Z`;

const text = (value: string): AnswerValueInput => ({ kind: 'text', text: value });
const lines = (...paragraphs: readonly string[]): AnswerValueInput => text(paragraphs.join('\n'));
const list = (items: readonly { readonly id: string; readonly text: string }[]): AnswerValueInput => ({
  kind: 'list',
  items: items.map((i) => ({ id: i.id, text: i.text })),
});
const once = (value: AnswerValueInput, by: string, date: string, time?: string): Revision[] => [
  { value, by, at: at(date, time) },
];

const CreatedEventSchema = z.looseObject({
  id: z.string().min(1),
  onlineMeeting: z.looseObject({ joinUrl: z.url() }).nullish(),
});

/** Plans the meeting in the organizer's calendar through the emulator's own POST /me/events handler. */
function createEvent(
  store: EmulatorStore,
  organizer: SeedUser,
  body: unknown,
): z.infer<typeof CreatedEventSchema> {
  const response = route(store, {
    method: 'POST',
    segments: ['me', 'events'],
    query: new URLSearchParams(),
    headers: { 'content-type': 'application/json' },
    body,
    user: organizer.upn,
    origin: 'http://127.0.0.1',
  }).handle();
  if (response.status !== 201)
    throw new Error(`The demo meeting was refused: ${JSON.stringify(response.body)}`);
  return CreatedEventSchema.parse(response.body);
}

export function seedDemo(store: EmulatorStore): void {
  const edition = getEdition('sgg');
  const rng = new Random(20_240_916);
  for (const user of demoUsers) store.addUser(user);
  const group = store.createGroup({
    id: DEMO_GROUP_ID,
    displayName: DEMO_GROUP_NAME,
    description:
      'Gemeente Voorbeeldstad en partners: samen werken aan het opgroeien van kinderen en jongeren.',
    mailNickname: 'JeugdVoorbeeldstad',
    members: demoUsers.map((u) => u.upn),
  });
  provisionLists(store, group.siteId, DEMO);
  const w = new SeedWriter(store, group.siteId);
  const trajectId = DEMO_TRAJECT_ID;

  w.put(
    'traject',
    {
      id: trajectId,
      naam: DEMO_TRAJECT_NAME,
      gemeente: 'Voorbeeldstad',
      editie: 'sgg',
      vraagstuk: VRAAGSTUK.join('\n'),
      aangemaakt: at('2024-09-16', '08:30'),
      aangemaaktDoor: DEMO,
    },
    { by: DEMO, at: at('2024-09-16', '08:30') },
  );

  // ---- 0-A: partners ----
  const partners = {} as Record<PartnerKey, Partner>;
  for (const [i, [key, seed]] of (Object.entries(partnerSeeds) as [PartnerKey, PartnerSeed][]).entries()) {
    partners[key] = w.put(
      'partner',
      { id: rng.uuid(), trajectId, ...seed, rollen: [...seed.rollen] },
      { by: i < 6 ? DEMO : GGD, at: at(i < 6 ? '2024-09-23' : '2024-10-08', `1${i % 6}:15`) },
    );
  }
  const p = (key: PartnerKey): string => partners[key].id;

  // ---- answers: 0-A and 0-B ----
  const antwoorden: Answer[] = [];
  const answer = (questionId: string, revisions: readonly Revision[]): void => {
    antwoorden.push(w.answer(trajectId, questionId, revisions));
  };
  for (const a of textAnswers) answer(a.question, [{ value: lines(...a.text), by: a.by, at: `${a.at}:00Z` }]);
  answer('0A.vraagstuk', [
    {
      value: text(
        'Jongeren in Voorbeeldstad krijgen vaker dan gemiddeld te maken met seksueel grensoverschrijdend gedrag, vooral online. Partners pakken dit ieder op hun eigen manier aan.',
      ),
      by: DEMO,
      at: at('2024-09-16', '09:10'),
    },
    { value: lines(...VRAAGSTUK), by: GGD, at: at('2024-10-08', '14:02') },
  ]);
  answer('0B.organisatie', [
    {
      value: text('Een kernregiegroep komt elke zes weken bij elkaar.'),
      by: DEMO,
      at: at('2024-11-05', '10:00'),
    },
    {
      value: text(
        'Een kernregiegroep (gemeente, GGD, onderwijs, jongerenwerk en wijkteam) komt elke zes weken bij elkaar. Twee keer per jaar is er een breed partneroverleg met ook politie, Veilig Thuis en het CSG. Werkgroepen pakken onderdelen op, zoals de doorlopende leerlijn en de scholing van professionals.',
      ),
      by: WIJKTEAM,
      at: at('2024-11-19', '16:12'),
    },
  ]);
  answer(
    '0B.lv.afspraken',
    once(
      {
        kind: 'frequency',
        frequentie: { interval: 6, unit: 'maanden' },
        organisator: `${partnerSeeds.gemeente.organisatie} (${DEMO_USER.displayName})`,
        volgendeDatum: '2027-01-19',
        afspraken:
          'Twee keer per jaar geven alle partners in het brede partneroverleg een cijfer voor de samenwerking. De gemeente zet de vragen twee weken vooraf uit en bespreekt de verschillen in het overleg.',
      },
      DEMO,
      '2024-11-26',
      '09:45',
    ),
  );

  // ---- 1-A and 1-B ----
  answer('1A.analyse.lokaal', [
    {
      value: text(
        'Gezondheidsmonitor Jeugd 2023 (klas 2 en 4 vo): 13% van de jongeren is ooit gedwongen iets te doen of toe te staan op seksueel gebied (regio 11%).',
      ),
      by: GGD,
      at: at('2025-01-21', '11:00'),
    },
    {
      value: lines(
        'Gezondheidsmonitor Jeugd 2023 (klas 2 en 4 vo): 13% van de jongeren in Voorbeeldstad is ooit gedwongen iets te doen of toe te staan op seksueel gebied (regio 11%); 66% van de seksueel actieve jongeren is tevreden over het eigen seksleven.',
        'Veilig Thuis registreerde in 2024 38 adviezen en meldingen over seksueel geweld waarbij een jongere betrokken was. Het CSG hielp 12 jongeren uit Voorbeeldstad na acuut seksueel geweld.',
      ),
      by: CSG,
      at: at('2025-02-04', '15:25'),
    },
  ]);
  answer('1A.zorgen', once(list(zorgen), DEMO, '2025-03-04'));
  answer('1A.kansen', once(list(kansen), DEMO, '2025-03-04', '09:20'));
  // First four ambities; the partners then chose their focus ("niet meer dan drie ambities").
  answer('1B.ambities', [
    {
      value: list([...ambities, droppedAmbitie]),
      by: DEMO,
      at: at('2025-04-08', '10:15'),
    },
    { value: list(ambities), by: GGD, at: at('2025-04-22', '11:50') },
  ]);
  answer(
    '1B.lv.afspraken',
    once(
      {
        kind: 'frequency',
        frequentie: { interval: 1, unit: 'jaren' },
        organisator: `${partnerSeeds.ggd.organisatie} (${GGD_USER.displayName})`,
        volgendeDatum: '2027-06-08',
        afspraken:
          'Elk jaar in juni bespreken we de nieuwste cijfers (om het jaar de Gezondheidsmonitor Jeugd, in de tussenjaren de signalen van partners en jongeren) en kijken we of de ambities nog kloppen.',
      },
      GGD,
      '2025-04-22',
      '12:00',
    ),
  );

  // ---- 2: maatschappelijke resultaten ----
  answer('2.resultaten', [
    {
      value: list([resultaten.relaties, resultaten.minder, resultaten.aanspreken]),
      by: DEMO,
      at: at('2025-05-20', '10:30'),
    },
    {
      value: list([resultaten.relaties, resultaten.minder, resultaten.aanspreken, resultaten.hulp]),
      by: CSG,
      at: at('2025-06-03', '15:45'),
    },
  ]);
  answer(
    '2.lv.afspraken',
    once(
      {
        kind: 'frequency',
        frequentie: { interval: 1, unit: 'jaren' },
        organisator: partnerSeeds.ggd.organisatie,
        volgendeDatum: '2027-02-09',
        afspraken:
          'De GGD zet elk jaar in januari de indicatoren op een rij; scholen en wijkteam leveren hun signalen aan. In februari bespreken we de voortgang in het brede partneroverleg.',
      },
      GGD,
      '2025-06-10',
      '14:30',
    ),
  );

  // ---- 3-A: part of the veranderverhaal ----
  answer('3A.kennis', once(list(Object.values(kennis)), GGD, '2025-09-30', '10:00'));
  answer('3A.principes', once(list(Object.values(principes)), DEMO, '2025-09-30', '10:40'));
  answer('3A.randvoorwaarden', once(list(Object.values(randvoorwaarden)), DEMO, '2025-09-30', '11:00'));
  answer(
    '3A.prioriteit',
    once(
      {
        kind: 'priority',
        order: [
          kennis.opTijd.id,
          kennis.deskundigheid.id,
          principes.participatie.id,
          randvoorwaarden.draagvlak.id,
          kennis.niveaus.id,
          principes.positief.id,
          randvoorwaarden.geld.id,
          kennis.mannen.id,
          randvoorwaarden.mandaat.id,
          principes.samen.id,
        ],
        prioriteit: [kennis.opTijd.id, kennis.deskundigheid.id, principes.participatie.id],
        toelichting:
          'De leerlijn en de scholing bereiken alle kinderen en maken volgens onderzoek het meeste verschil; meedoen van jongeren maakt de aanpak geloofwaardig.',
      },
      DEMO,
      '2025-10-14',
      '14:00',
    ),
  );

  // ---- indicators and metingen ----
  const indicatoren: Indicator[] = [];
  const metingen: Meting[] = [];
  const addIndicator = (
    fields: {
      naam: string;
      soort: 'indicator' | 'signaal';
      definitie: string;
      bron: string;
      eenheid: string;
      richting: 'hoger' | 'lager' | 'neutraal';
      basis?: { waarde: number; datum: string };
      doel?: { waarde: number; jaar: number };
      koppeling: { soort: 'resultaat' | 'veranderverhaal'; entryId: string };
      eigenaar: string;
      herkomst: string;
      created: string;
    },
    measured: readonly { datum: string; waarde?: number; toelichting?: string; bron?: string; by: string }[],
  ): void => {
    const { created, ...rest } = fields;
    const saved = w.put(
      'indicator',
      { id: rng.uuid(), trajectId, ...rest },
      { by: rest.eigenaar, at: created },
    );
    indicatoren.push(saved);
    for (const m of measured) {
      metingen.push(
        w.put(
          'meting',
          {
            id: rng.uuid(),
            trajectId,
            indicatorId: saved.id,
            datum: m.datum,
            ...(m.waarde === undefined ? {} : { waarde: m.waarde }),
            toelichting: m.toelichting ?? '',
            bron: m.bron ?? rest.bron,
          },
          // Entered when the figures came out, some weeks after the measuring date.
          { by: m.by, at: at(m.datum < '2025-05-27' ? '2025-05-27' : m.datum, '11:30') },
        ),
      );
    }
  };
  addIndicator(
    {
      naam: 'Percentage jongeren dat tevreden is over hun seksleven',
      soort: 'indicator',
      definitie:
        'Aandeel van de seksueel actieve jongeren in klas 2 en 4 van het voortgezet onderwijs dat (zeer) tevreden is over het eigen seksleven.',
      bron: 'GGD Gezondheidsmonitor Jeugd',
      eenheid: '%',
      richting: 'hoger',
      basis: { waarde: 64, datum: '2021-11-01' },
      doel: { waarde: 72, jaar: 2029 },
      koppeling: { soort: 'resultaat', entryId: resultaten.relaties.id },
      eigenaar: GGD,
      herkomst: '2.indicatoren',
      created: at('2025-05-27', '10:15'),
    },
    [
      { datum: '2021-11-01', waarde: 64, by: GGD },
      { datum: '2023-11-01', waarde: 66, by: GGD },
      {
        datum: '2025-11-03',
        waarde: 69,
        toelichting: 'Voorlopige cijfers; definitief in februari.',
        by: GGD,
      },
    ],
  );
  addIndicator(
    {
      naam: 'Percentage jongeren dat aangeeft ooit te zijn gedwongen om iets te doen of toe te staan op seksueel gebied',
      soort: 'indicator',
      definitie:
        'Aandeel jongeren in klas 2 en 4 van het voortgezet onderwijs dat aangeeft ooit te zijn gedwongen om iets te doen of toe te staan op seksueel gebied.',
      bron: 'GGD Gezondheidsmonitor Jeugd',
      eenheid: '%',
      richting: 'lager',
      basis: { waarde: 14, datum: '2021-11-01' },
      doel: { waarde: 9, jaar: 2029 },
      koppeling: { soort: 'resultaat', entryId: resultaten.minder.id },
      eigenaar: GGD,
      herkomst: '2.indicatoren',
      created: at('2025-05-27', '10:20'),
    },
    [
      { datum: '2021-11-01', waarde: 14, by: GGD },
      { datum: '2023-11-01', waarde: 13, toelichting: 'Regio: 11%.', by: GGD },
      { datum: '2025-11-03', waarde: 11.5, toelichting: 'Voorlopige cijfers; regio: 10,5%.', by: GGD },
    ],
  );
  addIndicator(
    {
      naam: 'Veranderingen die leerkrachten opmerken in het onderling aanspreken van leerlingen op grensoverschrijdend gedrag',
      soort: 'signaal',
      definitie:
        'Wat intern begeleiders, mentoren en zorgcoördinatoren zien aan leerlingen die elkaar aanspreken op grensoverschrijdende opmerkingen, grappen en gedrag, online en op school.',
      bron: 'Halfjaarlijkse ronde langs de scholen (samenwerkingsverband)',
      eenheid: '',
      richting: 'hoger',
      koppeling: { soort: 'resultaat', entryId: resultaten.aanspreken.id },
      eigenaar: 'm.hendriks@swv-voorbeeld.nl',
      herkomst: '2.indicatoren',
      created: at('2025-05-27', '10:30'),
    },
    [
      {
        datum: '2025-06-24',
        toelichting:
          'Nulmeting: leerkrachten zien dat leerlingen grensoverschrijdende grappen vooral laten gebeuren; alleen in de bovenbouw spreken enkele leerlingen elkaar aan.',
        by: DEMO,
      },
      {
        datum: '2026-01-20',
        toelichting:
          'Op de twee scholen waar de lessen zijn gestart, benoemen leerlingen vaker dat iets niet oké is. Op de andere scholen geen verandering.',
        by: DEMO,
      },
      {
        datum: '2026-06-23',
        toelichting:
          'Meer leerlingen spreken elkaar aan, vooral in de klassen met een getrainde mentor. In groepsapps blijft het lastig.',
        by: WIJKTEAM,
      },
    ],
  );
  addIndicator(
    {
      naam: 'Aantal adviezen en meldingen bij Veilig Thuis over seksueel geweld met een jongere (12–23 jaar)',
      soort: 'indicator',
      definitie:
        'Adviezen en meldingen per jaar bij Veilig Thuis over seksueel geweld waarbij een jongere van 12 tot en met 23 jaar uit Voorbeeldstad betrokken is.',
      bron: 'Veilig Thuis Regio Voorbeeld, jaarcijfers',
      eenheid: 'aantal',
      // More awareness first raises the numbers (the seed's tip): no direction is "better".
      richting: 'neutraal',
      basis: { waarde: 31, datum: '2023-12-31' },
      koppeling: { soort: 'resultaat', entryId: resultaten.hulp.id },
      eigenaar: 'i.visser@veiligthuis-voorbeeld.nl',
      herkomst: '2.indicatoren',
      created: at('2025-06-03', '15:50'),
    },
    [
      { datum: '2023-12-31', waarde: 31, by: CSG },
      {
        datum: '2024-12-31',
        waarde: 38,
        toelichting: 'Meer meldingen door scholen na de voorlichting.',
        by: CSG,
      },
      { datum: '2025-12-31', waarde: 41, by: CSG },
    ],
  );
  addIndicator(
    {
      naam: 'Percentage leerkrachten dat zich bekwaam voelt om seksualiteit en grenzen in de klas te bespreken',
      soort: 'indicator',
      definitie:
        'Aandeel van de leerkrachten en mentoren (po en vo) dat in de jaarlijkse enquête aangeeft zich (zeer) bekwaam te voelen.',
      bron: 'Enquête samenwerkingsverband',
      eenheid: '%',
      richting: 'hoger',
      basis: { waarde: 41, datum: '2024-10-01' },
      doel: { waarde: 75, jaar: 2028 },
      koppeling: { soort: 'veranderverhaal', entryId: kennis.deskundigheid.id },
      eigenaar: 'm.hendriks@swv-voorbeeld.nl',
      herkomst: '3A.indicatoren',
      created: at('2025-10-21', '09:00'),
    },
    [
      { datum: '2024-10-01', waarde: 41, by: DEMO },
      {
        datum: '2025-10-01',
        waarde: 52,
        toelichting: 'Na de eerste scholingsronde (86 deelnemers).',
        by: DEMO,
      },
    ],
  );

  // ---- 3-B: activities in the matrix ----
  const activiteit = (
    naam: string,
    niveau: 'preventie' | 'basis' | 'eerstelijns' | 'intensief',
    linked: readonly { id: string }[],
    elements: readonly { id: string }[],
    aanbieder: PartnerKey,
    beschrijving: string,
    date: string,
  ) =>
    w.put(
      'activiteit',
      {
        id: rng.uuid(),
        trajectId,
        naam,
        niveau,
        resultaten: linked.map((r) => r.id),
        veranderverhaal: elements.map((e) => e.id),
        aanbieder: p(aanbieder),
        beschrijving,
      },
      { by: DEMO, at: at(date, '14:00') },
    );
  activiteit(
    'Lang Leve de Liefde (lessen vo, klas 1 tot en met 3)',
    'preventie',
    [resultaten.relaties, resultaten.minder],
    [kennis.opTijd, kennis.niveaus],
    'ggd',
    'Lessenserie over relaties, seksualiteit, wensen en grenzen. De GGD traint de docenten en levert het materiaal.',
    '2025-10-28',
  );
  activiteit(
    'Week van de Lentekriebels (po, groep 1 tot en met 8)',
    'preventie',
    [resultaten.relaties, resultaten.aanspreken],
    [kennis.opTijd],
    'po',
    'Jaarlijkse projectweek relationele en seksuele vorming; De Regenboog is pilotschool voor de doorlopende leerlijn.',
    '2025-10-28',
  );
  activiteit(
    'Voorlichting over sexting en sextortion door de jeugdagent',
    'preventie',
    [resultaten.minder],
    [kennis.niveaus],
    'politie',
    'Klassenbezoeken in klas 2 over het delen van beelden, wat strafbaar is en waar je terechtkunt.',
    '2025-10-28',
  );
  activiteit(
    'Scholing ‘Seksualiteit bespreekbaar maken’ voor leerkrachten en mentoren',
    'basis',
    [resultaten.aanspreken],
    [kennis.deskundigheid],
    'samenwerkingsverband',
    'Twee dagdelen voor leerkrachten, mentoren en intern begeleiders, met terugkombijeenkomst.',
    '2025-10-30',
  );
  activiteit(
    'Gespreksgroepen Girls’ Talk en Boys’ Talk',
    'basis',
    [resultaten.relaties, resultaten.minder],
    [kennis.mannen, principes.participatie],
    'jongerenwerk',
    'Groepen van acht tot twaalf jongeren in de wijken Noord en Centrum, begeleid door jongerenwerkers.',
    '2025-10-30',
  );
  activiteit(
    'Vlaggensysteem in wijkteam, jongerenwerk en kinderopvang',
    'eerstelijns',
    [resultaten.aanspreken, resultaten.hulp],
    [kennis.deskundigheid, principes.samen],
    'wijkteam',
    'Gezamenlijke methode om seksueel gedrag van kinderen en jongeren te beoordelen en erover in gesprek te gaan.',
    '2025-11-04',
  );
  activiteit(
    'Spreekuur seksuele gezondheid voor jongeren',
    'eerstelijns',
    [resultaten.relaties, resultaten.hulp],
    [principes.positief],
    'ggd',
    'Gratis en anoniem spreekuur van de GGD voor jongeren tot 25 jaar, ook via chat.',
    '2025-11-04',
  );
  activiteit(
    'Acute hulp na seksueel geweld',
    'intensief',
    [resultaten.hulp],
    [principes.samen],
    'csg',
    'Medische, forensische en psychologische hulp binnen een week na het incident, dag en nacht bereikbaar.',
    '2025-11-04',
  );
  activiteit(
    'Hulp bij seksueel grensoverschrijdend gedrag door jongeren',
    'intensief',
    [resultaten.minder, resultaten.hulp],
    [principes.samen],
    'veiligThuis',
    'Advies aan professionals en ouders en, waar nodig, een melding en doorverwijzing naar gespecialiseerde jeugdhulp.',
    '2025-11-04',
  );

  // ---- reflecties, acties and the planned meeting ----
  const finishedId = rng.uuid();
  const plannedId = rng.uuid();
  const overlegId = rng.uuid();
  const deelnemers: PartnerKey[] = ['gemeente', 'ggd', 'po', 'vo', 'jongerenwerk', 'wijkteam', 'csg'];
  // A cijfer per participant per theme, in the order of `deelnemers`: the spread is what to discuss.
  const grades: Record<string, readonly number[]> = {
    gezamenlijkVraagstuk: [8, 8, 7, 8, 7, 8, 7],
    belangen: [7, 7, 6, 6, 8, 7, 5],
    relatie: [8, 7, 7, 8, 8, 7, 7],
    organisatie: [7, 6, 5, 4, 7, 6, 6],
    proces: [8, 7, 6, 5, 6, 7, 4],
  };
  const explanations: Record<string, string> = {
    'organisatie|vo':
      'Voor de scholen is niet duidelijk wie namens het onderwijs mag besluiten over roostertijd.',
    'proces|csg': 'We horen na het overleg weinig terug over wat er met onze inbreng is gedaan.',
    'belangen|csg': 'Ons belang (eerder signaleren) komt nog weinig terug in de activiteiten.',
    'proces|vo': 'De rolverdeling tussen kernregiegroep en werkgroepen is voor ons niet helder.',
    'belangen|jongerenwerk': 'We worden echt gezien als partner met een eigen bereik.',
    'gezamenlijkVraagstuk|gemeente': 'Iedereen onderschrijft het vraagstuk en de ambities.',
  };
  const cijfers = Object.entries(grades).flatMap(([thema, values]) =>
    deelnemers.map((key, i) => ({
      deelnemer: p(key),
      thema,
      cijfer: values[i] ?? 7,
      toelichting: explanations[`${thema}|${key}`] ?? '',
    })),
  );
  w.put(
    'reflectie',
    {
      id: finishedId,
      trajectId,
      status: 'afgerond',
      bouwstenen: ['0B', '1B'],
      datum: '2026-06-09',
      deelnemers: deelnemers.map(p),
      antwoorden: {
        '1B.lv.herkennen': text(
          'Ja. De signalen van scholen en jongerenwerk over grensoverschrijding online komen overeen met de nieuwe cijfers van het CSG. Nieuw is dat ook jongens vaker hulp zoeken na sextortion.',
        ),
        '1B.lv.begrijpen': text(
          'De groei van het aantal hulpvragen past bij de extra aandacht in de lessen: jongeren weten beter dat ze hulp kunnen vragen. Dat is dus niet per se een verslechtering.',
        ),
        '1B.lv.waarderen': text(
          'De ambities kloppen nog. De tweede ambitie scherpen we aan met meer aandacht voor veiligheid online.',
        ),
        '1B.lv.verbeteren': text(
          'Cijfers uitsplitsen naar wijk en schooltype, en jongens nadrukkelijker betrekken in het aanbod van het jongerenwerk.',
        ),
      },
      cijfers,
      indicatorStanden: [],
      afgerondOp: at('2026-06-09', '15:10'),
    },
    { by: DEMO, at: at('2026-06-09', '15:10') },
  );

  const acties: Actie[] = [];
  const actie = (
    tekst: string,
    eigenaar: string,
    status: 'open' | 'bezig' | 'afgerond' | 'vervallen',
    deadline: string | undefined,
    herkomst:
      | { soort: 'reflectie'; bouwsteen: '0B' | '1B' }
      | { soort: 'bouwsteen'; bouwsteen: '0B' | '3B'; questionId: string },
    aangemaakt: string,
  ) => {
    acties.push(
      w.put(
        'actie',
        {
          id: rng.uuid(),
          trajectId,
          tekst,
          eigenaar,
          ...(deadline === undefined ? {} : { deadline }),
          status,
          herkomst: herkomst.soort === 'reflectie' ? { ...herkomst, reflectieId: finishedId } : herkomst,
          aangemaakt,
        },
        { by: DEMO, at: aangemaakt },
      ),
    );
  };
  actie(
    'Vaste contactpersoon met mandaat per partner vastleggen in het partneroverzicht.',
    DEMO,
    'afgerond',
    '2025-12-01',
    { soort: 'bouwsteen', bouwsteen: '0B', questionId: '0B.lv.acties' },
    at('2025-10-07', '10:00'),
  );
  actie(
    'Rolverdeling tussen kernregiegroep en werkgroepen op papier zetten en met alle directies delen.',
    DEMO,
    'afgerond',
    '2026-07-15',
    { soort: 'reflectie', bouwsteen: '0B' },
    at('2026-06-09', '15:20'),
  );
  actie(
    'Binnen een week na elk partneroverleg terugkoppelen wat er met de inbreng van politie, Veilig Thuis en het CSG is gedaan.',
    DEMO,
    'bezig',
    '2026-12-31',
    { soort: 'reflectie', bouwsteen: '0B' },
    at('2026-06-09', '15:22'),
  );
  actie(
    'Met de schoolbesturen afspreken wie namens het onderwijs besluit over roostertijd voor de leerlijn.',
    partnerSeeds.vo.email,
    'open',
    '2027-01-29',
    { soort: 'reflectie', bouwsteen: '0B' },
    at('2026-06-09', '15:24'),
  );
  actie(
    'Cijfers van de Gezondheidsmonitor Jeugd uitsplitsen naar wijk en schooltype.',
    GGD,
    'bezig',
    '2026-12-18',
    { soort: 'reflectie', bouwsteen: '1B' },
    at('2026-06-09', '15:26'),
  );
  actie(
    'Aanbod van het jongerenwerk uitbreiden met Boys’ Talk-groepen in de wijk Noord.',
    JONGERENWERK,
    'open',
    '2027-03-31',
    { soort: 'reflectie', bouwsteen: '1B' },
    at('2026-06-09', '15:28'),
  );
  actie(
    'Aanbod voor mbo-studenten in kaart brengen: dat ontbreekt nu in de matrix.',
    DEMO,
    'open',
    '2027-02-26',
    { soort: 'bouwsteen', bouwsteen: '3B', questionId: '3B.actie' },
    at('2025-11-11', '10:00'),
  );
  actie(
    'Training Vlaggensysteem plannen voor jongerenwerkers en wijkteam.',
    WIJKTEAM,
    'afgerond',
    '2026-10-30',
    { soort: 'bouwsteen', bouwsteen: '3B', questionId: '3B.actie' },
    at('2025-11-11', '10:10'),
  );
  // Dropped after the 3-A advice: a meldpunt maps the behaviour but does not prevent it.
  actie(
    'Eigen meldpunt voor grensoverschrijdend gedrag op de website van de gemeente inrichten.',
    DEMO,
    'vervallen',
    undefined,
    { soort: 'bouwsteen', bouwsteen: '3B', questionId: '3B.actie' },
    at('2025-11-11', '10:20'),
  );

  const attendees = (
    [
      'ggd',
      'po',
      'vo',
      'samenwerkingsverband',
      'csg',
      'politie',
      'jongerenwerk',
      'veiligThuis',
      'wijkteam',
    ] as const
  ).map((key) => ({
    naam: partnerSeeds[key].contactpersoon,
    email: partnerSeeds[key].email,
    type: key === 'politie' || key === 'veiligThuis' ? ('optional' as const) : ('required' as const),
  }));
  const meeting = {
    bouwstenen: ['2' as const],
    onderwerp: meetingSubject(edition, ['2'], DEMO_TRAJECT_NAME),
    start: '2027-02-09T14:00',
    eind: '2027-02-09T16:00',
    tijdzone: 'Europe/Amsterdam',
  };
  const herhaling = { frequentie: { interval: 1, unit: 'jaren' as const } };
  const transactionId = rng.uuid();
  const event = createEvent(
    store,
    DEMO_USER,
    toGraphEvent({
      subject: meeting.onderwerp,
      body: buildAgenda(
        agendaFor(
          edition,
          { antwoorden, indicatoren, metingen, acties, partners: Object.values(partners) },
          meeting,
          { traject: DEMO_TRAJECT_NAME },
        ),
      ),
      start: meeting.start,
      eind: meeting.eind,
      tijdzone: meeting.tijdzone,
      attendees,
      online: true,
      recurrence: herhaling,
      transactionId,
    }),
  );
  w.put(
    'overleg',
    {
      id: overlegId,
      trajectId,
      ...meeting,
      reflectieId: plannedId,
      deelnemers: attendees,
      herhaling,
      transactionId,
      eventId: event.id,
      ...(event.onlineMeeting?.joinUrl === undefined ? {} : { joinUrl: event.onlineMeeting.joinUrl }),
      status: 'gepland',
    },
    { by: DEMO, at: at('2026-11-16', '10:05') },
  );
  w.put(
    'reflectie',
    {
      id: plannedId,
      trajectId,
      status: 'gepland',
      bouwstenen: ['2'],
      datum: '2027-02-09',
      deelnemers: [
        'gemeente',
        'ggd',
        'po',
        'vo',
        'samenwerkingsverband',
        'csg',
        'jongerenwerk',
        'wijkteam',
      ].map((key) => p(key as PartnerKey)),
      overlegId,
    },
    { by: DEMO, at: at('2026-11-16', '10:00') },
  );
}
