/**
 * Dutch UI strings: the source of truth, one catalogue for every host. The core's strings are here;
 * each area keeps its own section in a file of its own, spread in below. Whole sentences with named
 * placeholders; no concatenation.
 */
import { authMessages } from './auth.ts';
import type { MessageValue, RequiredKey } from './messages.ts';
import { reflectieMessages } from './reflectie-messages.ts';
import { reflectiesTabMessages } from './reflecties-tab.ts';
import { screensMessages } from './screens.ts';
import { sessionMessages } from './session.ts';
import { tabMessages } from './tab.ts';
import { werkbladenMessages } from './werkbladen.ts';
import { wordMessages } from './word.ts';

const core = {
  'app.name': 'Kompas',
  'common.bouwsteen': 'Bouwsteen {bouwsteen}',

  // Errors: what happened, and what to do about it.
  'error.NotFound':
    'We kunnen dit niet meer vinden. Misschien heeft iemand anders het verwijderd. Ververs de pagina om de actuele stand te zien.',
  'error.Conflict':
    'Iemand anders heeft dit net ook gewijzigd. Bekijk beide versies en kies welke je wilt bewaren; er gaat niets verloren.',
  'error.Throttled':
    'Microsoft 365 vraagt ons even te wachten. Je wijzigingen blijven bewaard en worden zo opnieuw verstuurd.',
  'error.PermissionDenied':
    'Je hebt geen toegang om dit te bekijken of te wijzigen. Vraag de eigenaar van het team om je lid te maken van het team, of vraag je beheerder om Kompas toegang te geven tot de SharePoint-site van het team.',
  'error.Network':
    'Er is geen verbinding met internet. Je wijzigingen blijven bewaard en worden verstuurd zodra je weer online bent.',
  'error.Validation': 'Niet alles is goed ingevuld. Controleer de gemarkeerde velden en probeer het opnieuw.',
  'error.NotProvisioned':
    'Kompas is nog niet ingericht voor dit team. Vraag de eigenaar van het team om Kompas één keer te openen; dan worden de lijsten in SharePoint aangemaakt.',
  'error.Unsupported':
    'Dit werkt niet in deze versie van Teams of Word. Werk de app bij, of open Kompas in Teams in de browser.',
  'error.Unknown':
    'Er ging iets mis dat we niet hadden verwacht. Probeer het opnieuw; gaat het weer mis, neem dan contact op met je beheerder.',

  // Soft warnings from the seeds; advice, never a blocker.
  'warning.listOverSoftMax':
    'Bij ‘{vraag}’ staan er {count}. Het advies is om er niet meer dan {max} tegelijk op te pakken.',
  'warning.resultWithoutIndicator':
    'Aan het resultaat ‘{resultaat}’ is nog geen indicator of signaal gekoppeld.',
  'warning.indicatorTargetYearPast':
    'Het doeljaar {jaar} van ‘{indicator}’ is voorbij. Stel een nieuw doel of leg vast wat er bereikt is.',
  'warning.activityWithoutResult':
    'De activiteit ‘{activiteit}’ draagt nog niet bij aan een maatschappelijk resultaat.',
  'warning.reflectionOverdue': {
    plural: 'dagen',
    one: 'De reflectie van bouwsteen {bouwsteen} stond gepland op {datum}; dat is {dagen} dag geleden.',
    other: 'De reflectie van bouwsteen {bouwsteen} stond gepland op {datum}; dat is {dagen} dagen geleden.',
  },
  'warning.actionOverdue': {
    plural: 'dagen',
    one: 'De actie ‘{actie}’ had op {deadline} klaar moeten zijn; dat is {dagen} dag geleden.',
    other: 'De actie ‘{actie}’ had op {deadline} klaar moeten zijn; dat is {dagen} dagen geleden.',
  },

  'progress.status.niet-gestart': 'Niet gestart',
  'progress.status.bezig': 'Bezig',
  'progress.status.afgerond': 'Afgerond',
  'progress.status.reflectie-verlopen': 'Reflectie verlopen',
  'progress.count': {
    plural: 'total',
    one: '{count} van {total} vraag beantwoord',
    other: '{count} van {total} vragen beantwoord',
  },

  'schedule.status.geen-afspraak': 'Er is nog geen afspraak over wanneer jullie reflecteren.',
  'schedule.status.gepland': 'De volgende reflectie is op {datum}.',
  'schedule.status.binnenkort': 'De volgende reflectie is binnenkort: op {datum}.',
  'schedule.status.verlopen': {
    plural: 'dagen',
    one: 'De reflectie is {dagen} dag te laat; die stond gepland op {datum}.',
    other: 'De reflectie is {dagen} dagen te laat; die stond gepland op {datum}.',
  },
  'frequency.weken': { plural: 'interval', one: 'Elke week', other: 'Elke {interval} weken' },
  'frequency.maanden': { plural: 'interval', one: 'Elke maand', other: 'Elke {interval} maanden' },
  'frequency.jaren': { plural: 'interval', one: 'Elk jaar', other: 'Elke {interval} jaar' },

  'save.saving': 'Bezig met opslaan…',
  'save.saved': 'Opgeslagen',
  'save.failed': 'Niet opgeslagen — opnieuw proberen',
  'save.retry': 'Opnieuw proberen',
  'save.offline': 'Offline: je wijzigingen worden verstuurd zodra er weer verbinding is.',

  'indicator.direction.up': 'Gestegen',
  'indicator.direction.down': 'Gedaald',
  'indicator.direction.equal': 'Gelijk gebleven',
  'indicator.verdict.good': 'Goede kant op',
  'indicator.verdict.bad': 'Verkeerde kant op',
  'indicator.verdict.neutral': 'Geen oordeel',
  'indicator.target.progress': '{percentage}% van de weg naar het doel afgelegd',
  'indicator.target.reached': 'Doel bereikt',

  // Names of the kinds of questions, for editors and the document outline.
  'questionKind.text': 'Korte tekst',
  'questionKind.longText': 'Tekst',
  'questionKind.list': 'Lijst',
  'questionKind.indicators': 'Indicatoren en signalen',
  'questionKind.partnerOverview': 'Overzicht van partners',
  'questionKind.grades': 'Cijfers per thema',
  'questionKind.veranderverhaal': 'Veranderverhaal',
  'questionKind.prioritering': 'Prioritering',
  'questionKind.activityMatrix': 'Activiteitenmatrix',
  'questionKind.qualityTable': 'Kwaliteitstabel',
  'questionKind.roleSplit': 'Per rol',
  'questionKind.beforeNow': 'Eerder en nu',
  'questionKind.keepImprove': 'Vasthouden en verbeteren',
  'questionKind.dosDonts': 'Do’s en don’ts',
  'questionKind.reflection': 'Reflectievraag',
  'questionKind.actions': 'Verbeteracties',
  'questionKind.frequency': 'Afspraken over leren en verbeteren',
  'questionKind.table': 'Tabel',
  'questionKind.checklist': 'Checklist',
} as const satisfies Record<string, MessageValue>;

type Sections = [
  typeof core,
  typeof authMessages.nl,
  typeof sessionMessages.nl,
  typeof tabMessages.nl,
  typeof screensMessages.nl,
  typeof werkbladenMessages.nl,
  typeof reflectieMessages.nl,
  typeof reflectiesTabMessages.nl,
  typeof wordMessages.nl,
];

export const nl = {
  ...core,
  ...authMessages.nl,
  ...sessionMessages.nl,
  ...tabMessages.nl,
  ...screensMessages.nl,
  ...werkbladenMessages.nl,
  ...reflectieMessages.nl,
  ...reflectiesTabMessages.nl,
  ...wordMessages.nl,
} as const satisfies Record<string, MessageValue>;

/** Keys that stand in more than one section: a later spread would silently win over an earlier one. */
type Clash<S extends readonly object[], Seen extends PropertyKey = never> = S extends readonly [
  infer Head extends object,
  ...infer Rest extends readonly object[],
]
  ? Extract<keyof Head, Seen> | Clash<Rest, Seen | keyof Head>
  : never;
const _everyKeyInOneSection: [Clash<Sections>] extends [never] ? true : Clash<Sections> = true;

// Compile-time check: every error code, warning code, status and question kind has a Dutch message.
type Missing = Exclude<RequiredKey, keyof typeof nl>;
const _everyCodeHasAMessage: [Missing] extends [never] ? true : Missing = true;
