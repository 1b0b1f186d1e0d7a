/** English UI strings: the same keys as `nl.ts`, section by section (enforced by the `Messages` type). */
import { authMessages } from './auth.ts';
import type { MessageKey, Messages } from './messages.ts';
import { reflectieMessages } from './reflectie-messages.ts';
import { reflectiesTabMessages } from './reflecties-tab.ts';
import { screensMessages } from './screens.ts';
import { sessionMessages } from './session.ts';
import { tabMessages } from './tab.ts';
import { werkbladenMessages } from './werkbladen.ts';
import { wordMessages } from './word.ts';

const core = {
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
} as const;

const all = {
  ...core,
  ...authMessages.en,
  ...sessionMessages.en,
  ...tabMessages.en,
  ...screensMessages.en,
  ...werkbladenMessages.en,
  ...reflectieMessages.en,
  ...reflectiesTabMessages.en,
  ...wordMessages.en,
};

// Compile-time check: `Messages` demands every Dutch key; spreads escape the excess-property check,
// so this catches an English key Dutch lacks.
type Extra = Exclude<keyof typeof all, MessageKey>;
const _noExtraKeys: [Extra] extends [never] ? true : Extra = true;

export const en: Messages = all;
