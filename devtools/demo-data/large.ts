/**
 * The `large` seed: a municipality's worth of data in one team site, for scale tests and
 * benchmarks. 25 trajecten (one of them, "Gemeente Grootstad — Jeugd en onderwijs", easy to find
 * and with the largest share), 250 indicators with 40 metingen each (10,000 items, beyond the list
 * view threshold of 5,000), 100 reflecties, 1,000 acties, and answers with their revision history.
 * Generated from a seeded generator in memory, so seeding takes seconds.
 */
import { allQuestions, findBouwsteen } from '../../shared/content/queries.ts';
import { getEdition } from '../../shared/content/index.ts';
import type { BouwsteenId, Edition, EditionId, Question } from '../../shared/content/schema.ts';
import { valueKindOf } from '../../shared/domain/answer.ts';
import { TrajectIdSchema, type TrajectId } from '../../shared/domain/ids.ts';
import type { Actie, Answer, Indicator, Meting, Partner, Reflectie } from '../../shared/domain/model.ts';
import {
  hasReflectie,
  linkedIndicators,
  periodicQuestions,
  standenOp,
} from '../../shared/domain/reflectie/cycle.ts';
import { addDays, daysBetween } from '../../shared/domain/rules/calendar.ts';
import type { EmulatorStore } from '../graph-emulator/store.ts';
import { DEMO_USER, type SeedUser } from './people.ts';
import { Random } from './random.ts';
import { provisionLists, SeedWriter, type AnswerValueInput, type Revision } from './writer.ts';

export const LARGE_GROUP_ID = '9d4c2b1a-6e5f-4a3b-8c7d-1e2f3a4b5c6d';
export const LARGE_GROUP_NAME = 'Jeugd Grootstad';
export const LARGE_BIG_TRAJECT_ID: TrajectId = TrajectIdSchema.parse('4b8e6f2a-1c3d-4e5f-9a7b-2c4d6e8f0a1b');
export const LARGE_BIG_TRAJECT_NAME = 'Gemeente Grootstad — Jeugd en onderwijs';
/** "Today" in the large seed. */
export const LARGE_REFERENCE_DATE = '2026-11-23';

/** What the seed writes; the big traject's share is part of the totals. */
export const largeVolumes = {
  trajecten: 25,
  indicatoren: 250,
  metingenPerIndicator: 40,
  reflecties: 100,
  acties: 1_000,
  /** At least this many answer revisions (the answers' version history). */
  minAnswerRevisions: 7_000,
  big: { indicatoren: 40, reflecties: 12, acties: 120 },
} as const;

const GROOTSTAD_STAFF: readonly SeedUser[] = [
  { upn: 'p.vermeulen@grootstad.nl', displayName: 'Petra Vermeulen' },
  { upn: 'r.elidrissi@grootstad.nl', displayName: 'Rachid El Idrissi' },
  { upn: 'e.smit@grootstad.nl', displayName: 'Emma Smit' },
  { upn: 'n.vandijk@ggd-grootstad.nl', displayName: 'Niels van Dijk' },
  { upn: 'b.peters@welzijn-grootstad.nl', displayName: 'Bo Peters' },
];
const users: readonly SeedUser[] = [DEMO_USER, ...GROOTSTAD_STAFF];

const themes: readonly (readonly [string, EditionId])[] = [
  ['Kansrijke start', 'algemeen'],
  ['Mentale gezondheid van jongeren', 'algemeen'],
  ['Schoolverzuim en thuiszitters', 'algemeen'],
  ['Armoede en gezinnen', 'algemeen'],
  ['Jeugdcriminaliteit voorkomen', 'algemeen'],
  ['Samen seksueel grensoverschrijdend gedrag aanpakken', 'sgg'],
  ['Gezond gewicht', 'algemeen'],
  ['Alcohol, roken en drugs', 'algemeen'],
  ['Sport en bewegen in de wijk', 'algemeen'],
  ['Wijk Oost: veilig opgroeien', 'algemeen'],
  ['Wijk Zuid: ouders versterken', 'algemeen'],
  ['Stadsdeel Noord: jongerenwerk', 'algemeen'],
  ['Vroegsignalering in de kinderopvang', 'algemeen'],
  ['Jeugdhulp dichtbij', 'kwaliteitsmodel'],
  ['Echtscheiding en kinderen', 'algemeen'],
  ['Jonge mantelzorgers', 'algemeen'],
  ['Laaggeletterdheid in gezinnen', 'algemeen'],
  ['Online veiligheid', 'sgg'],
  ['Van school naar werk', 'algemeen'],
  ['Huiselijk geweld en kindermishandeling', 'algemeen'],
  ['Jongeren praten mee', 'algemeen'],
  ['Inclusief speelaanbod', 'algemeen'],
  ['Gezonde school', 'algemeen'],
  ['Kwetsbare jongeren na hun achttiende', 'kwaliteitsmodel'],
];

/** Organisations with their place in the 0-A overview (domain and level ids). */
const organisations: readonly (readonly [string, string, string])[] = [
  ['GGD Grootstad', 'gezondheidZorg', 'basisvoorzieningen'],
  ['Kinderopvang Zonnestraal', 'opvangOnderwijs', 'basisvoorzieningen'],
  ['Basisschool De Klimop', 'opvangOnderwijs', 'basisvoorzieningen'],
  ['Grootstad College', 'opvangOnderwijs', 'basisvoorzieningen'],
  ['Samenwerkingsverband Passend Onderwijs Grootstad', 'opvangOnderwijs', 'basisvoorzieningen'],
  ['Leerplicht Grootstad', 'opvangOnderwijs', 'basisondersteuning'],
  ['Schoolmaatschappelijk werk Grootstad', 'opvangOnderwijs', 'basisondersteuning'],
  ['Speciaal onderwijs De Brug', 'opvangOnderwijs', 'intensief'],
  ['Jongerenwerk Grootstad', 'welzijnSportCultuur', 'basisvoorzieningen'],
  ['Sportbedrijf Grootstad', 'welzijnSportCultuur', 'basisvoorzieningen'],
  ['Bibliotheek Grootstad', 'welzijnSportCultuur', 'basisvoorzieningen'],
  ['Maatjesproject Samen Sterk', 'welzijnSportCultuur', 'basisondersteuning'],
  ['Huisartsen Grootstad', 'gezondheidZorg', 'basisvoorzieningen'],
  ['Wijkteams Grootstad (CJG)', 'gezondheidZorg', 'basisondersteuning'],
  ['Jeugd-ggz Horizon', 'gezondheidZorg', 'intensief'],
  ['Jeugdhulp Grootstad', 'gezondheidZorg', 'intensief'],
  ['Voedselbank Grootstad', 'wonenWerkInkomen', 'intensief'],
  ['Schuldhulpverlening Grootstad', 'wonenWerkInkomen', 'intensief'],
  ['Politie, basisteam Grootstad', 'veiligheid', 'basisondersteuning'],
  ['Veilig Thuis Grootstad', 'veiligheid', 'basisondersteuning'],
  ['Jeugdbescherming Regio Grootstad', 'veiligheid', 'intensief'],
];

const firstNames = [
  'Anna',
  'Bram',
  'Chantal',
  'Daan',
  'Esra',
  'Fleur',
  'Gijs',
  'Hanna',
  'Ilse',
  'Jasper',
  'Karim',
  'Lisa',
  'Mila',
  'Noah',
  'Olga',
  'Priya',
  'Quinten',
  'Rosa',
  'Sem',
  'Tess',
  'Umut',
  'Vera',
  'Wout',
  'Yara',
  'Zeynep',
];
const lastNames = [
  'de Jong',
  'Jansen',
  'de Vries',
  'van den Berg',
  'van Dijk',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kok',
];

const sentences = [
  'De cijfers van de GGD en de signalen uit de wijkteams wijzen dezelfde kant op.',
  'Scholen en jongerenwerk zien dit terug in hun dagelijkse praktijk.',
  'De jongerenraad heeft hierover meegedacht en vindt het herkenbaar.',
  'Dit vraagt om heldere afspraken tussen gemeente, onderwijs en zorg.',
  'We sluiten zoveel mogelijk aan bij wat er al gemonitord wordt.',
  'Ouders geven aan dat ze eerder en dichter bij huis hulp willen.',
  'De verschillen tussen de wijken zijn groot, vooral tussen Noord en Zuid.',
  'Daarvoor is financiering voor meerdere jaren nodig.',
  'We kiezen voor een beperkt aantal activiteiten waarvan bekend is dat ze werken.',
  'De kernregiegroep bewaakt de voortgang en stuurt bij waar nodig.',
  'In de evaluatie van vorig jaar kwam dit ook naar voren.',
  'Professionals willen meer tijd om samen casussen te bespreken.',
  'Het bereik onder gezinnen met een migratieachtergrond blijft achter.',
  'We houden rekening met de privacy van kinderen en gezinnen bij het delen van gegevens.',
  'Partners leveren twee keer per jaar hun cijfers en signalen aan.',
  'Niet alles is meetbaar; verhalen uit de praktijk vullen de cijfers aan.',
  'De wachttijden voor specialistische hulp zijn nog te lang.',
  'Het onderwijs wil graag meedoen, maar heeft weinig ruimte in het rooster.',
];
const listEntries = [
  'Meer kinderen groeien gezond en veilig op.',
  'Minder jongeren verzuimen van school.',
  'Ouders weten waar ze met hun vragen terechtkunnen.',
  'Jongeren doen mee in de wijk en voelen zich gehoord.',
  'Professionals signaleren problemen eerder.',
  'Kinderen uit gezinnen met weinig geld doen mee aan sport en cultuur.',
  'Minder jongeren komen in aanraking met de politie.',
  'Jongeren voelen zich mentaal gezonder.',
  'Meer peuters gaan naar de voorschool.',
  'Gezinnen krijgen één plan en één contactpersoon.',
  'Scholen, wijkteam en jongerenwerk werken vanuit één aanpak.',
  'Minder kinderen hebben overgewicht.',
];
const activityNames = [
  'Voorlichting in de klas',
  'Ouderavonden in de wijk',
  'Huiswerkbegeleiding',
  'Buurtsportcoach',
  'Spreekuur jeugdverpleegkundige',
  'Gezinscoach',
  'Maatjesproject',
  'Schoolmaatschappelijk werk',
  'Ambulant jongerenwerk',
  'Peuterspeelgroep',
  'Weerbaarheidstraining',
  'Gespreksgroep voor kinderen van gescheiden ouders',
  'Jeugdpreventieteam',
  'Vroegsignalering in de voorschool',
  'Lessen mediawijsheid',
  'Inloop in het buurthuis',
  'Specialistische jeugdhulp',
];
const wijken = ['Noord', 'Oost', 'Zuid', 'West', 'Centrum', 'Haven'];
const actieTexts = [
  'Cijfers uitsplitsen naar wijk en leeftijd.',
  'Jongerenraad uitnodigen voor het volgende partneroverleg.',
  'Afspraken over gegevensdeling vastleggen in een convenant.',
  'Aanbod in kaart brengen dat nog niet aansluit bij de resultaten.',
  'Terugkoppeling aan alle partners na elk overleg.',
  'Scholing plannen voor nieuwe medewerkers van het wijkteam.',
  'Ouders betrekken via de ouderraden van de scholen.',
  'Subsidieafspraken aanpassen aan de nieuwe resultaten.',
  'Indicator herzien: de bron levert geen cijfers per wijk.',
  'Evaluatie van de pilot delen met het bestuurlijk overleg.',
];
const reflectionTexts = [
  'We herkennen de ontwikkeling; de signalen uit de praktijk komen overeen met de cijfers.',
  'Het beeld is gedeeltelijk te verklaren door de extra aandacht in de wijken.',
  'We zijn tevreden over de samenwerking, minder over het bereik van ouders.',
  'We passen de planning aan en maken de resultaten concreter.',
  'De cijfers laten een lichte verbetering zien, maar nog niet in alle wijken.',
  'Partners willen vaker en korter evalueren.',
];

const at = (date: string, minutes: number): string =>
  `${date}T${String(8 + (Math.floor(minutes / 60) % 9)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00Z`;

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** `total` spread over `n` slots, `first` of it in slot 0, the rest as evenly as possible. */
function distribute(total: number, n: number, first: number): number[] {
  const rest = total - first;
  const others = n - 1;
  return [
    first,
    ...Array.from({ length: others }, (_, i) => Math.floor(rest / others) + (i < rest % others ? 1 : 0)),
  ];
}

interface TrajectPlan {
  readonly id: TrajectId;
  readonly naam: string;
  readonly edition: Edition;
  readonly created: string;
  readonly answered: number;
  readonly indicatoren: number;
  readonly reflecties: number;
  readonly acties: number;
}

export interface LargeSeedReport {
  readonly counts: SeedWriter['counts'];
  readonly revisions: number;
  readonly siteId: string;
}

export function seedLarge(store: EmulatorStore): LargeSeedReport {
  const rng = new Random(20_261_123);
  for (const user of users) store.addUser(user);
  const group = store.createGroup({
    id: LARGE_GROUP_ID,
    displayName: LARGE_GROUP_NAME,
    description: 'Gemeente Grootstad en partners: alle trajecten voor jeugd en gezin.',
    mailNickname: 'JeugdGrootstad',
    members: users.map((u) => u.upn),
  });
  provisionLists(store, group.siteId, DEMO_USER.upn);
  const w = new SeedWriter(store, group.siteId);

  const n = largeVolumes.trajecten;
  const indicatoren = distribute(largeVolumes.indicatoren, n, largeVolumes.big.indicatoren);
  const reflecties = distribute(largeVolumes.reflecties, n, largeVolumes.big.reflecties);
  const acties = distribute(largeVolumes.acties, n, largeVolumes.big.acties);
  const plans: TrajectPlan[] = [
    [LARGE_BIG_TRAJECT_NAME.replace('Gemeente Grootstad — ', ''), 'algemeen'] as const,
    ...themes,
  ].map(([theme, edition], i) => ({
    id: i === 0 ? LARGE_BIG_TRAJECT_ID : TrajectIdSchema.parse(rng.uuid()),
    naam: i === 0 ? LARGE_BIG_TRAJECT_NAME : `Gemeente Grootstad — ${theme}`,
    edition: getEdition(edition),
    // The big traject is the oldest and complete; the others started later and are further or less far.
    created: i === 0 ? '2016-02-01' : addDays('2016-03-01', rng.int(0, 3_200)),
    answered: i === 0 ? 1 : 0.55 + rng.next() * 0.45,
    indicatoren: indicatoren[i] ?? 0,
    reflecties: reflecties[i] ?? 0,
    acties: acties[i] ?? 0,
  }));
  for (const plan of plans) seedTraject(w, rng, plan);
  return { counts: { ...w.counts }, revisions: w.revisions, siteId: group.siteId };
}

function seedTraject(w: SeedWriter, rng: Random, plan: TrajectPlan): void {
  const trajectId = plan.id;
  const owner = rng.pick(users).upn;
  const span = Math.max(daysBetween(plan.created, LARGE_REFERENCE_DATE) - 30, 30);
  const dayIn = (fraction: number): string => addDays(plan.created, Math.floor(span * fraction));
  const sentence = (count: number): string => rng.sample(sentences, count).join(' ');

  w.put(
    'traject',
    {
      id: trajectId,
      naam: plan.naam,
      gemeente: 'Grootstad',
      editie: plan.edition.id,
      vraagstuk: sentence(3),
      aangemaakt: at(plan.created, 30),
      aangemaaktDoor: owner,
    },
    { by: owner, at: at(plan.created, 30) },
  );

  // ---- partners ----
  const partners: Partner[] = [
    w.put(
      'partner',
      {
        id: rng.uuid(),
        trajectId,
        organisatie: 'Gemeente Grootstad',
        rollen: ['regie', 'financier'],
        contactpersoon: GROOTSTAD_STAFF[0]?.displayName ?? '',
        email: GROOTSTAD_STAFF[0]?.upn ?? '',
        toelichting: 'Beleidsadviseur jeugd.',
      },
      { by: owner, at: at(plan.created, 40) },
    ),
  ];
  for (const [i, [organisatie, domein, niveau]] of rng.sample(organisations, rng.int(6, 11)).entries()) {
    const first = rng.pick(firstNames);
    const last = rng.pick(lastNames);
    partners.push(
      w.put(
        'partner',
        {
          id: rng.uuid(),
          trajectId,
          organisatie,
          domein,
          niveau,
          rollen: [rng.pick(['uitvoering', 'contact', 'kennispartner'] as const)],
          contactpersoon: `${first} ${last}`,
          email: `${slug(first)}.${slug(last)}@${slug(organisatie).slice(0, 24)}.nl`,
          toelichting: sentence(1),
        },
        { by: owner, at: at(addDays(plan.created, 7), 50 + i) },
      ),
    );
  }

  // ---- answers, in reading order, with their revisions ----
  const antwoorden: Answer[] = [];
  const entries = new Map<string, { id: string; text: string }[]>();
  const questions = allQuestions(plan.edition).filter((l) => valueKindOf(l.question.input) !== 'record');
  const answeredCount = Math.max(1, Math.round(questions.length * plan.answered));
  for (const [i, { question }] of questions.slice(0, answeredCount).entries()) {
    const revisions: Revision[] = [];
    const count = plan.answered === 1 ? rng.int(3, 5) : rng.int(2, 4);
    for (let r = 0; r < count; r += 1) {
      const day = dayIn(Math.min(0.98, (i + r * 0.6) / (answeredCount + 3)));
      revisions.push({
        value: valueOf(rng, question, entries, sentence),
        by: rng.pick(users).upn,
        at: at(day, i % 480),
      });
    }
    revisions.sort((a, b) => a.at.localeCompare(b.at));
    antwoorden.push(w.answer(trajectId, question.id, revisions));
  }
  const resultaten = entries.get('2.resultaten') ?? [];
  const elementen = [...(entries.get('3A.kennis') ?? []), ...(entries.get('3A.principes') ?? [])];

  // ---- indicators with 40 quarterly metingen each ----
  const indicatorQuestions = allQuestions(plan.edition).filter((l) => l.question.input.kind === 'indicators');
  const indicatorList: Indicator[] = [];
  const metingen: Meting[] = [];
  for (let i = 0; i < plan.indicatoren; i += 1) {
    const signaal = rng.chance(0.1);
    const richting = rng.pick(['hoger', 'lager'] as const);
    const base = rng.int(10, 80);
    const result = resultaten.length > 0 ? rng.pick(resultaten) : undefined;
    const herkomst = rng.pick(indicatorQuestions).question.id;
    const indicator = w.put(
      'indicator',
      {
        id: rng.uuid(),
        trajectId,
        soort: signaal ? 'signaal' : 'indicator',
        naam: signaal
          ? `Signalen over ${rng.pick(listEntries).toLowerCase().replace(/\.$/, '')} (${rng.pick(wijken)})`
          : `Percentage: ${rng.pick(listEntries).replace(/\.$/, '').toLowerCase()} (${rng.pick(wijken)}, ${i + 1})`,
        definitie: sentence(2),
        bron: rng.pick([
          'GGD Gezondheidsmonitor Jeugd',
          'CBS',
          'Registratie wijkteams',
          'Leerlingvolgsysteem',
          'Jeugdmonitor',
        ]),
        eenheid: signaal ? '' : '%',
        richting: signaal ? 'neutraal' : richting,
        ...(signaal
          ? {}
          : {
              basis: { waarde: base, datum: '2016-01-01' },
              doel: {
                waarde: richting === 'hoger' ? Math.min(base + 10, 100) : Math.max(base - 10, 0),
                jaar: rng.int(2027, 2030),
              },
            }),
        koppeling: result === undefined ? { soort: 'geen' } : { soort: 'resultaat', entryId: result.id },
        eigenaar: rng.pick(users).upn,
        herkomst,
      },
      { by: owner, at: at(dayIn(0.3), i) },
    );
    indicatorList.push(indicator);
    let value = base;
    for (let q = 0; q < largeVolumes.metingenPerIndicator; q += 1) {
      const datum = addDays('2016-01-01', Math.round(q * 91.3));
      value = Math.min(100, Math.max(0, value + (rng.next() - 0.45) * 3));
      metingen.push(
        w.put(
          'meting',
          {
            id: rng.uuid(),
            trajectId,
            indicatorId: indicator.id,
            datum,
            ...(signaal ? {} : { waarde: Math.round(value * 10) / 10 }),
            toelichting: signaal || rng.chance(0.1) ? sentence(1) : '',
            bron: indicator.bron,
          },
          { by: indicator.eigenaar === '' ? owner : indicator.eigenaar, at: at(addDays(datum, 20), q) },
        ),
      );
    }
  }

  // ---- activiteiten ----
  const niveaus = ['preventie', 'basis', 'eerstelijns', 'intensief'] as const;
  for (let i = 0, count = rng.int(6, 12); i < count; i += 1) {
    w.put(
      'activiteit',
      {
        id: rng.uuid(),
        trajectId,
        naam: `${rng.pick(activityNames)} (${rng.pick(wijken)})`,
        niveau: rng.pick(niveaus),
        resultaten: rng.sample(resultaten, rng.int(1, 2)).map((r) => r.id),
        veranderverhaal: rng.sample(elementen, rng.int(0, 2)).map((e) => e.id),
        aanbieder: rng.pick(partners).id,
        beschrijving: sentence(2),
      },
      { by: owner, at: at(dayIn(0.6), i) },
    );
  }

  // ---- reflecties: every half year, the latest one planned ----
  const withCycle: BouwsteenId[] = plan.edition.bouwstenen.filter(hasReflectie).map((b) => b.id);
  const finished: Reflectie[] = [];
  for (let i = 0; i < plan.reflecties; i += 1) {
    const planned = i === plan.reflecties - 1;
    const datum = planned
      ? addDays(LARGE_REFERENCE_DATE, rng.int(20, 90))
      : addDays(LARGE_REFERENCE_DATE, -182 * (plan.reflecties - 1 - i) - rng.int(0, 20));
    const bouwstenen = rng.sample(withCycle, rng.int(1, 2));
    const deelnemers = rng.sample(partners, rng.int(3, 6)).map((p) => p.id);
    const periodic = bouwstenen.flatMap((b) => {
      const bouwsteen = findBouwsteen(plan.edition, b);
      return bouwsteen === undefined ? [] : periodicQuestions(bouwsteen);
    });
    const base = { id: rng.uuid(), trajectId, bouwstenen, datum, deelnemers };
    const reflectie = planned
      ? w.put(
          'reflectie',
          { ...base, status: 'gepland' },
          { by: owner, at: at(addDays(LARGE_REFERENCE_DATE, -10), i) },
        )
      : w.put(
          'reflectie',
          {
            ...base,
            status: 'afgerond',
            antwoorden: Object.fromEntries(
              periodic
                .filter((q) => valueKindOf(q.input) === 'text')
                .map((q) => [q.id, { kind: 'text', text: rng.pick(reflectionTexts) }]),
            ),
            cijfers: periodic.flatMap((q) =>
              q.input.kind === 'grades'
                ? deelnemers.flatMap((deelnemer) =>
                    q.input.kind === 'grades'
                      ? q.input.themes.map((t) => ({
                          deelnemer,
                          thema: t.id,
                          cijfer: rng.int(4, 9),
                          toelichting: '',
                        }))
                      : [],
                  )
                : [],
            ),
            indicatorStanden: standenOp(
              linkedIndicators({ indicatoren: indicatorList, antwoorden }, bouwstenen),
              metingen,
              datum,
            ),
            afgerondOp: at(datum, 300),
          },
          { by: owner, at: at(datum, 300) },
        );
    if (reflectie.status === 'afgerond') finished.push(reflectie);
  }

  // ---- acties ----
  const actionQuestions = allQuestions(plan.edition).filter((l) => l.question.input.kind === 'actions');
  const owners = [...users.map((u) => u.upn), ...partners.map((p) => p.email).filter((e) => e !== '')];
  for (let i = 0; i < plan.acties; i += 1) {
    const fromReflectie = finished.length > 0 && rng.chance(0.4) ? rng.pick(finished) : undefined;
    const place = rng.pick(actionQuestions);
    const aangemaakt = fromReflectie === undefined ? dayIn(rng.next() * 0.95) : fromReflectie.datum;
    const deadline = addDays(aangemaakt, rng.int(30, 240));
    const late = deadline < LARGE_REFERENCE_DATE;
    const status: Actie['status'] = late
      ? rng.pick(['afgerond', 'afgerond', 'afgerond', 'bezig', 'vervallen'])
      : rng.pick(['open', 'open', 'bezig']);
    // The demo user owns a share, so "Mijn acties" has work across the teams.
    const eigenaar = rng.chance(0.15) ? DEMO_USER.upn : rng.pick(owners);
    w.put(
      'actie',
      {
        id: rng.uuid(),
        trajectId,
        tekst: rng.pick(actieTexts),
        eigenaar,
        deadline,
        status,
        herkomst:
          fromReflectie === undefined
            ? { soort: 'bouwsteen', bouwsteen: place.bouwsteen.id, questionId: place.question.id }
            : {
                soort: 'reflectie',
                reflectieId: fromReflectie.id,
                bouwsteen: rng.pick(fromReflectie.bouwstenen),
              },
        aangemaakt: at(aangemaakt, i % 480),
      },
      { by: owner, at: at(aangemaakt, i % 480) },
    );
  }
}

/** A plausible value of the question's kind; list entries are remembered for later links. */
function valueOf(
  rng: Random,
  question: Question,
  entries: Map<string, { id: string; text: string }[]>,
  sentence: (count: number) => string,
): AnswerValueInput {
  const input = question.input;
  switch (input.kind) {
    case 'text':
      return { kind: 'text', text: sentence(1) };
    case 'longText':
    case 'reflection':
      return { kind: 'text', text: sentence(rng.int(2, 4)) };
    case 'list':
    case 'veranderverhaal': {
      // A revision keeps the ids of the entries it keeps, as the editor does.
      const previous = entries.get(question.id) ?? [];
      const items = [
        ...previous.slice(0, rng.int(1, previous.length + 1)),
        ...Array.from({ length: rng.int(0, 2) }, () => ({ id: rng.entryId(), text: rng.pick(listEntries) })),
      ];
      const value = items.length > 0 ? items : [{ id: rng.entryId(), text: rng.pick(listEntries) }];
      entries.set(question.id, value);
      return { kind: 'list', items: value };
    }
    case 'roleSplit':
    case 'beforeNow':
    case 'keepImprove':
    case 'dosDonts':
      return { kind: 'fields', fields: Object.fromEntries(input.fields.map((f) => [f.id, sentence(1)])) };
    case 'qualityTable':
      return { kind: 'fields', fields: Object.fromEntries(input.rows.map((r) => [r.id, sentence(1)])) };
    case 'table':
      return {
        kind: 'table',
        cells: Object.fromEntries(
          input.rows.map((r) => [r.id, Object.fromEntries(input.columns.map((c) => [c.id, sentence(1)]))]),
        ),
      };
    case 'grades':
      return {
        kind: 'grades',
        entries: input.themes.map((t) => ({
          deelnemer: 'Gemeente Grootstad',
          thema: t.id,
          cijfer: rng.int(5, 9),
          toelichting: '',
        })),
      };
    case 'prioritering': {
      const ids = input.from.flatMap((id) => entries.get(id) ?? []).map((e) => e.id);
      return {
        kind: 'priority',
        order: rng.shuffle(ids),
        prioriteit: ids.slice(0, 2),
        toelichting: sentence(1),
      };
    }
    case 'frequency':
      return {
        kind: 'frequency',
        frequentie: rng.pick([
          { interval: 3, unit: 'maanden' },
          { interval: 6, unit: 'maanden' },
          { interval: 1, unit: 'jaren' },
        ] as const),
        organisator: 'Gemeente Grootstad',
        volgendeDatum: addDays(LARGE_REFERENCE_DATE, rng.int(14, 180)),
        afspraken: sentence(2),
      };
    case 'checklist':
      return {
        kind: 'checklist',
        checks: Object.fromEntries(
          input.items.map((item) => [item.id, rng.pick(['ja', 'deels', 'nee'] as const)]),
        ),
        toelichting: sentence(1),
      };
    case 'indicators':
    case 'partnerOverview':
    case 'activityMatrix':
    case 'actions':
      throw new RangeError(`${question.id} is answered by records`);
  }
}
