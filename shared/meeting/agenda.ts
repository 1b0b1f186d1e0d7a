/**
 * The agenda of a reflection meeting, as HTML for the Outlook invitation and as a plain-text twin
 * (for the .ics file and clients without HTML). Every piece of user text is escaped here and
 * nowhere else; the structure is fixed markup, so hostile names or answers stay text.
 */
import type { BouwsteenId, ReflectionStep } from '../content/schema.ts';
import type { LocalDateTime } from '../domain/reflectie/zoned.ts';
import type { Direction } from '../domain/rules/indicators.ts';
import type { IsoDate } from '../domain/time.ts';
import { bouwsteenLabel } from '../i18n/describe.ts';
import { reflectieText, type ReflectieLocale } from '../i18n/reflectie.ts';
import type { MeetingBody } from '../ports/calendar.ts';
import { cleanText, escapeHtml, formatFigure, formatShortDate, formatWhen, safeUrl } from './text.ts';

export interface AgendaVraag {
  readonly stap?: ReflectionStep | undefined;
  readonly tekst: string;
  /** Sub-items, such as the themes to give a cijfer. */
  readonly onderdelen: readonly string[];
}

export interface AgendaIndicator {
  readonly naam: string;
  readonly eenheid: string;
  readonly waarde?: number | undefined;
  /** Date of the latest meting; absent when there is none. */
  readonly datum?: IsoDate | undefined;
  readonly beweging?: Direction | undefined;
}

export interface AgendaActie {
  readonly tekst: string;
  /** A name to show; '' when nobody owns it yet. */
  readonly eigenaar: string;
  readonly deadline?: IsoDate | undefined;
}

export interface AgendaBouwsteen {
  readonly bouwsteen: BouwsteenId;
  readonly thema: string;
  /** The sheet's "Actie" line. */
  readonly actie?: string | undefined;
  readonly acties: readonly AgendaActie[];
  readonly indicatoren: readonly AgendaIndicator[];
  readonly vragen: readonly AgendaVraag[];
}

export interface AgendaInput {
  readonly locale?: ReflectieLocale | undefined;
  readonly titel: string;
  readonly traject: string;
  readonly start: LocalDateTime;
  readonly eind: LocalDateTime;
  readonly bouwstenen: readonly AgendaBouwsteen[];
  /** A link back to the tab; dropped unless http(s). */
  readonly link?: string | undefined;
  /** The Teams join link, once the meeting has one; dropped unless http(s). */
  readonly joinUrl?: string | undefined;
}

/** One block of the agenda, rendered twice: as HTML and as text. */
type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly emphasis?: boolean }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItem[] }
  | { readonly kind: 'link'; readonly text: string; readonly url: string };

interface ListItem {
  readonly text: string;
  readonly sub: readonly string[];
}

function actieLine(locale: ReflectieLocale, actie: AgendaActie): string {
  const tekst = actie.tekst;
  const eigenaar = actie.eigenaar.trim();
  const deadline = actie.deadline === undefined ? undefined : formatShortDate(locale, actie.deadline);
  if (eigenaar !== '' && deadline !== undefined) {
    return reflectieText(locale, 'reflectie.agenda.actie.eigenaarDeadline', { tekst, eigenaar, deadline });
  }
  if (eigenaar !== '') return reflectieText(locale, 'reflectie.agenda.actie.eigenaar', { tekst, eigenaar });
  if (deadline !== undefined)
    return reflectieText(locale, 'reflectie.agenda.actie.deadline', { tekst, deadline });
  return tekst;
}

function indicatorLine(locale: ReflectieLocale, indicator: AgendaIndicator): string {
  const naam = indicator.naam;
  if (indicator.datum === undefined)
    return reflectieText(locale, 'reflectie.agenda.indicator.geenMeting', { naam });
  const datum = formatShortDate(locale, indicator.datum);
  if (indicator.waarde === undefined)
    return reflectieText(locale, 'reflectie.agenda.indicator.signaal', { naam, datum });
  const figure = formatFigure(locale, indicator.waarde);
  const waarde = indicator.eenheid.trim() === '' ? figure : `${figure} ${indicator.eenheid.trim()}`;
  if (indicator.beweging === undefined) {
    return reflectieText(locale, 'reflectie.agenda.indicator.waarde', { naam, waarde, datum });
  }
  const beweging = reflectieText(locale, `reflectie.beweging.${indicator.beweging}`);
  return reflectieText(locale, 'reflectie.agenda.indicator.waardeBeweging', {
    naam,
    waarde,
    datum,
    beweging,
  });
}

function vraagItem(locale: ReflectieLocale, vraag: AgendaVraag): ListItem {
  const text =
    vraag.stap === undefined
      ? vraag.tekst
      : reflectieText(locale, 'reflectie.agenda.vraag.stap', {
          stap: reflectieText(locale, `reflectie.stap.${vraag.stap}`),
          vraag: vraag.tekst,
        });
  return { text, sub: vraag.onderdelen };
}

function blocksOf(input: AgendaInput): Block[] {
  const locale = input.locale ?? 'nl';
  const blocks: Block[] = [
    { kind: 'title', text: input.titel },
    { kind: 'paragraph', text: formatWhen(locale, input.start, input.eind) },
    {
      kind: 'paragraph',
      text: reflectieText(locale, 'reflectie.agenda.traject', { traject: input.traject }),
    },
  ];
  const join = safeUrl(input.joinUrl);
  if (join !== undefined)
    blocks.push({ kind: 'link', text: reflectieText(locale, 'reflectie.agenda.teams'), url: join });
  for (const b of input.bouwstenen) {
    blocks.push({
      kind: 'heading',
      text: reflectieText(locale, 'reflectie.agenda.bouwsteen', {
        bouwsteen: bouwsteenLabel(b.bouwsteen),
        thema: b.thema,
      }),
    });
    if (b.actie !== undefined) {
      blocks.push({
        kind: 'paragraph',
        text: reflectieText(locale, 'reflectie.agenda.opdracht', { actie: b.actie }),
        emphasis: true,
      });
    }
    // The kompas starts every cycle by looking back: "Zijn voorgenomen acties uitgevoerd?"
    blocks.push({ kind: 'subheading', text: reflectieText(locale, 'reflectie.agenda.acties.kop') });
    blocks.push(
      b.acties.length === 0
        ? { kind: 'paragraph', text: reflectieText(locale, 'reflectie.agenda.acties.geen') }
        : {
            kind: 'list',
            ordered: false,
            items: b.acties.map((a) => ({ text: actieLine(locale, a), sub: [] })),
          },
    );
    blocks.push({ kind: 'subheading', text: reflectieText(locale, 'reflectie.agenda.indicatoren.kop') });
    blocks.push(
      b.indicatoren.length === 0
        ? { kind: 'paragraph', text: reflectieText(locale, 'reflectie.agenda.indicatoren.geen') }
        : {
            kind: 'list',
            ordered: false,
            items: b.indicatoren.map((i) => ({ text: indicatorLine(locale, i), sub: [] })),
          },
    );
    if (b.vragen.length > 0) {
      blocks.push({ kind: 'subheading', text: reflectieText(locale, 'reflectie.agenda.vragen.kop') });
      blocks.push({ kind: 'list', ordered: true, items: b.vragen.map((v) => vraagItem(locale, v)) });
    }
  }
  const link = safeUrl(input.link);
  if (link !== undefined)
    blocks.push({ kind: 'link', text: reflectieText(locale, 'reflectie.agenda.link'), url: link });
  return blocks;
}

/** Escaped text; the person's own line breaks stay line breaks. */
function htmlText(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}

function html(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h2>${htmlText(block.text)}</h2>`;
    case 'heading':
      return `<h3>${htmlText(block.text)}</h3>`;
    case 'subheading':
      return `<h4>${htmlText(block.text)}</h4>`;
    case 'paragraph':
      return block.emphasis === true
        ? `<p><em>${htmlText(block.text)}</em></p>`
        : `<p>${htmlText(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((item) => {
        const sub =
          item.sub.length === 0 ? '' : `<ul>${item.sub.map((s) => `<li>${htmlText(s)}</li>`).join('')}</ul>`;
        return `<li>${htmlText(item.text)}${sub}</li>`;
      });
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'link':
      return `<p><a href="${escapeHtml(block.url)}">${htmlText(block.text)}</a></p>`;
  }
}

/** Line breaks inside a user's text become separate, indented lines of the text twin. */
function lines(text: string, indent: string): string {
  return cleanText(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => (i === 0 ? line : `${indent}${line}`))
    .join('\n');
}

function text(block: Block): string {
  switch (block.kind) {
    case 'title':
    case 'heading':
    case 'subheading':
    case 'paragraph':
      return lines(block.text, '');
    case 'list':
      return block.items
        .map((item, i) => {
          const bullet = block.ordered ? `${i + 1}. ` : '- ';
          const pad = ' '.repeat(bullet.length);
          const sub = item.sub.map((s) => `\n${pad}- ${lines(s, `${pad}  `)}`).join('');
          return `${bullet}${lines(item.text, pad)}${sub}`;
        })
        .join('\n');
    case 'link':
      return `${lines(block.text, '')}: ${block.url}`;
  }
}

/** The agenda as HTML and as plain text, with the same content. */
export function buildAgenda(input: AgendaInput): MeetingBody {
  const blocks = blocksOf(input);
  return {
    html: `<div>${blocks.map(html).join('')}</div>`,
    text: blocks
      .map((block, i) => {
        // A blank line before each heading and link reads as sections in a plain-text mail.
        const gap = i > 0 && block.kind !== 'paragraph' && block.kind !== 'list' ? '\n' : '';
        return `${gap}${text(block)}`;
      })
      .join('\n'),
  };
}
