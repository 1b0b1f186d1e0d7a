/**
 * The core's section of the catalogue: the app's name, error codes, warnings, statuses, saving and
 * question kinds, which every host and the core itself need. Whole sentences with named
 * placeholders; no concatenation. `translate.ts` imports it, so it is registered wherever text is.
 */
import type { MessageValue, TranslationOf } from './messages.ts';
import { registerMessages } from './registry.ts';

const nl = {
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

const en: TranslationOf<typeof nl> = {
  'app.name': 'Kompas',
  'common.bouwsteen': 'Building block {bouwsteen}',

  'error.NotFound':
    'We can no longer find this. Someone else may have deleted it. Refresh the page to see the current state.',
  'error.Conflict':
    'Someone else has just changed this too. Compare both versions and choose which one to keep; nothing is lost.',
  'error.Throttled':
    'Microsoft 365 has asked us to wait a moment. Your changes are kept and will be sent again shortly.',
  'error.PermissionDenied':
    'You do not have access to view or change this. Ask the team owner to add you to the team, or ask your administrator to give Kompas access to the team’s SharePoint site.',
  'error.Network':
    'There is no internet connection. Your changes are kept and will be sent as soon as you are back online.',
  'error.Validation': 'Not everything is filled in correctly. Check the highlighted fields and try again.',
  'error.NotProvisioned':
    'Kompas has not been set up for this team yet. Ask the team owner to open Kompas once; that creates the lists in SharePoint.',
  'error.Unsupported':
    'This does not work in this version of Teams or Word. Update the app, or open Kompas in Teams in the browser.',
  'error.Unknown':
    'Something unexpected went wrong. Please try again; if it keeps happening, contact your administrator.',

  'warning.listOverSoftMax':
    '‘{vraag}’ has {count} entries. The advice is to work on no more than {max} at the same time.',
  'warning.resultWithoutIndicator': 'No indicator or signal is linked to the result ‘{resultaat}’ yet.',
  'warning.indicatorTargetYearPast':
    'The target year {jaar} of ‘{indicator}’ has passed. Set a new target or record what has been achieved.',
  'warning.activityWithoutResult':
    'The activity ‘{activiteit}’ does not contribute to a societal result yet.',
  'warning.reflectionOverdue': {
    plural: 'dagen',
    one: 'The reflection on building block {bouwsteen} was planned for {datum}; that was {dagen} day ago.',
    other: 'The reflection on building block {bouwsteen} was planned for {datum}; that was {dagen} days ago.',
  },
  'warning.actionOverdue': {
    plural: 'dagen',
    one: 'The action ‘{actie}’ was due on {deadline}; that was {dagen} day ago.',
    other: 'The action ‘{actie}’ was due on {deadline}; that was {dagen} days ago.',
  },

  'progress.status.niet-gestart': 'Not started',
  'progress.status.bezig': 'In progress',
  'progress.status.afgerond': 'Completed',
  'progress.status.reflectie-verlopen': 'Reflection overdue',
  'progress.count': {
    plural: 'total',
    one: '{count} of {total} question answered',
    other: '{count} of {total} questions answered',
  },

  'schedule.status.geen-afspraak': 'You have not yet agreed when to reflect.',
  'schedule.status.gepland': 'The next reflection is on {datum}.',
  'schedule.status.binnenkort': 'The next reflection is coming up: on {datum}.',
  'schedule.status.verlopen': {
    plural: 'dagen',
    one: 'The reflection is {dagen} day late; it was planned for {datum}.',
    other: 'The reflection is {dagen} days late; it was planned for {datum}.',
  },
  'frequency.weken': { plural: 'interval', one: 'Every week', other: 'Every {interval} weeks' },
  'frequency.maanden': { plural: 'interval', one: 'Every month', other: 'Every {interval} months' },
  'frequency.jaren': { plural: 'interval', one: 'Every year', other: 'Every {interval} years' },

  'save.saving': 'Saving…',
  'save.saved': 'Saved',
  'save.failed': 'Not saved — try again',
  'save.retry': 'Try again',
  'save.offline': 'Offline: your changes will be sent as soon as you are connected again.',

  'indicator.direction.up': 'Increased',
  'indicator.direction.down': 'Decreased',
  'indicator.direction.equal': 'Unchanged',
  'indicator.verdict.good': 'Moving the right way',
  'indicator.verdict.bad': 'Moving the wrong way',
  'indicator.verdict.neutral': 'No judgement',
  'indicator.target.progress': '{percentage}% of the way to the target',
  'indicator.target.reached': 'Target reached',

  'questionKind.text': 'Short text',
  'questionKind.longText': 'Text',
  'questionKind.list': 'List',
  'questionKind.indicators': 'Indicators and signals',
  'questionKind.partnerOverview': 'Overview of partners',
  'questionKind.grades': 'Grades per theme',
  'questionKind.veranderverhaal': 'Theory of change',
  'questionKind.prioritering': 'Prioritisation',
  'questionKind.activityMatrix': 'Activity matrix',
  'questionKind.qualityTable': 'Quality table',
  'questionKind.roleSplit': 'Per role',
  'questionKind.beforeNow': 'Before and now',
  'questionKind.keepImprove': 'Keep and improve',
  'questionKind.dosDonts': 'Do’s and don’ts',
  'questionKind.reflection': 'Reflection question',
  'questionKind.actions': 'Improvement actions',
  'questionKind.frequency': 'Agreements on learning and improving',
  'questionKind.table': 'Table',
  'questionKind.checklist': 'Checklist',
};

export const coreMessages = { nl, en } as const;
registerMessages(coreMessages);
