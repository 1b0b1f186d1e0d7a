/**
 * What goes on a reflection meeting's agenda, from the content and the traject's records: the
 * bouwsteen's periodic questions, its open actions and the latest figures of its indicators.
 * Also the meeting's subject ("Reflectie bouwsteen 2: Maatschappelijk resultaat — <traject>").
 */
import { findBouwsteen } from '../content/queries.ts';
import type { Bouwsteen, BouwsteenId, Edition } from '../content/schema.ts';
import { openActies } from '../domain/reflectie/actions.ts';
import {
  linkedIndicators,
  periodicQuestions,
  reflectieActie,
  reflectieThema,
} from '../domain/reflectie/cycle.ts';
import type { LocalDateTime } from '../domain/reflectie/zoned.ts';
import { latestMeting, movement } from '../domain/rules/indicators.ts';
import type { TrajectRecords } from '../domain/rules/records.ts';
import { bouwsteenLabel } from '../i18n/describe.ts';
import { reflectieText, type ReflectieLocale } from '../i18n/reflectie.ts';
import type { AgendaBouwsteen, AgendaInput, AgendaVraag } from './agenda.ts';

export type AgendaRecords = Pick<
  TrajectRecords,
  'antwoorden' | 'indicatoren' | 'metingen' | 'acties' | 'partners'
>;

/** Overleg onderwerp is a SharePoint text column of 255 characters. */
export const maxSubjectLength = 255;

function bouwstenenOf(edition: Edition, ids: readonly BouwsteenId[]): Bouwsteen[] {
  return ids.flatMap((id) => findBouwsteen(edition, id) ?? []);
}

/** The meeting's subject, shortened to fit the list column when the traject's name is long. */
export function meetingSubject(
  edition: Edition,
  bouwstenen: readonly BouwsteenId[],
  traject: string,
  locale: ReflectieLocale = 'nl',
): string {
  const found = bouwstenenOf(edition, bouwstenen);
  const [only] = found;
  const subject =
    found.length === 1 && only !== undefined
      ? reflectieText(locale, 'reflectie.onderwerp.een', {
          bouwsteen: bouwsteenLabel(only.id),
          thema: reflectieThema(only),
          traject: traject.trim(),
        })
      : reflectieText(locale, 'reflectie.onderwerp.meer', {
          bouwstenen: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
            bouwstenen.map(bouwsteenLabel),
          ),
          traject: traject.trim(),
        });
  const chars = [...subject];
  return chars.length <= maxSubjectLength ? subject : `${chars.slice(0, maxSubjectLength - 1).join('')}…`;
}

/** How an action's owner is shown: the partner's contact or organisation for a partner id. */
function ownerName(eigenaar: string, partners: AgendaRecords['partners']): string {
  const partner = partners.find((p) => p.id === eigenaar);
  if (partner === undefined) return eigenaar;
  return partner.contactpersoon.trim() === '' ? partner.organisatie : partner.contactpersoon;
}

function vragenOf(bouwsteen: Bouwsteen): AgendaVraag[] {
  return (
    periodicQuestions(bouwsteen)
      // Actions are reviewed above; the questions are what to talk about.
      .filter((q) => q.input.kind !== 'actions')
      .map((q) => ({
        stap: q.input.kind === 'reflection' ? q.input.step : undefined,
        tekst: q.prompt,
        onderdelen: q.input.kind === 'grades' ? q.input.themes.map((t) => t.label) : [],
      }))
  );
}

function bouwsteenAgenda(bouwsteen: Bouwsteen, records: AgendaRecords): AgendaBouwsteen {
  return {
    bouwsteen: bouwsteen.id,
    thema: reflectieThema(bouwsteen),
    actie: reflectieActie(bouwsteen),
    acties: openActies(records.acties, bouwsteen.id).map((a) => ({
      tekst: a.tekst,
      eigenaar: ownerName(a.eigenaar, records.partners),
      deadline: a.deadline,
    })),
    indicatoren: linkedIndicators(records, [bouwsteen.id]).map((indicator) => {
      const latest = latestMeting(indicator.id, records.metingen);
      const moved = movement(indicator, records.metingen);
      return {
        naam: indicator.naam,
        eenheid: indicator.eenheid,
        waarde: latest?.waarde,
        datum: latest?.datum,
        // Only when the latest meting is one of the two compared.
        beweging: moved.kind === 'moved' && moved.latest.id === latest?.id ? moved.direction : undefined,
      };
    }),
    vragen: vragenOf(bouwsteen),
  };
}

export interface AgendaMeeting {
  readonly bouwstenen: readonly BouwsteenId[];
  readonly onderwerp: string;
  readonly start: LocalDateTime;
  readonly eind: LocalDateTime;
}

export interface AgendaOptions {
  readonly traject: string;
  readonly link?: string | undefined;
  readonly joinUrl?: string | undefined;
  readonly locale?: ReflectieLocale | undefined;
}

/** The agenda's content for a meeting about `meeting.bouwstenen`. */
export function agendaFor(
  edition: Edition,
  records: AgendaRecords,
  meeting: AgendaMeeting,
  options: AgendaOptions,
): AgendaInput {
  return {
    locale: options.locale,
    titel: meeting.onderwerp,
    traject: options.traject,
    start: meeting.start,
    eind: meeting.eind,
    bouwstenen: bouwstenenOf(edition, meeting.bouwstenen).map((b) => bouwsteenAgenda(b, records)),
    link: options.link,
    joinUrl: options.joinUrl,
  };
}
