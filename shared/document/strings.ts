/**
 * The words the renderer adds around the content (headings, labels, table headers), per locale.
 * Whole phrases with parameters, never sentences glued from parts.
 */
import type { BouwsteenId, GuidanceKind } from '../content/schema.ts';
import type { Actie, Indicator } from '../domain/model.ts';
import type { Frequency } from '../domain/answer.ts';

export type DocumentLocale = 'nl';

export interface DocumentStrings {
  /** "0-A", "2": how a bouwsteen is named in running text. */
  bouwsteenLabel(id: BouwsteenId): string;
  bouwsteenHeading(label: string, title: string): string;
  sheetSubject(bouwsteenHeading: string, sheetTitle: string): string;
  documentTitle(trajectNaam: string, editionTitle: string): string;
  blankDocumentTitle(editionTitle: string): string;
  kompasSubject(editionTitle: string): string;
  resultaat: string;
  vooraf: string;
  actieLead: string;
  noAnswer: string;
  guidanceLabel: Readonly<Record<GuidanceKind, string | undefined>>;
  crossRefLabel(bouwsteenLabel: string, shortLabel: string): string;
  /** A person we may not or cannot name in a public document (an account name or id). */
  unnamedPerson: string;
  partners: {
    domain: string;
    suggestionsIntro: string;
    unplaced(names: string): string;
  };
  matrix: {
    level: string;
    resultPlaceholder(n: number): string;
    withoutResult: string;
  };
  quality: { aspect: string; questions: string; answer: string };
  grades: { participant: string };
  indicators: {
    naam: string;
    soort: string;
    basis: string;
    doel: string;
    laatsteMeting: string;
    soortLabel: Readonly<Record<Indicator['soort'], string>>;
    doelValue(value: string, year: number): string;
  };
  actions: {
    tekst: string;
    eigenaar: string;
    deadline: string;
    status: string;
    statusLabel: Readonly<Record<Actie['status'], string>>;
  };
  checklist: { item: string; check: string; checkLabel: Readonly<Record<'ja' | 'deels' | 'nee', string>> };
  priority: { entry(position: number, text: string, isPriority: boolean): string };
  frequency: {
    every(f: Frequency): string;
    frequentie(text: string): string;
    organisator(name: string): string;
    volgendeDatum(date: string): string;
    afspraken(text: string): string;
  };
  toelichting(text: string): string;
  /** "12,5 %" */
  measured(value: string, unit: string): string;
  dated(what: string, date: string): string;
  formatNumber(n: number): string;
  /** `YYYY-MM-DD` → "1 maart 2024". */
  formatDate(isoDate: string): string;
}

const maanden = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

const nl: DocumentStrings = {
  bouwsteenLabel: (id) => (id.length === 2 ? `${id[0] ?? ''}-${id[1] ?? ''}` : id),
  bouwsteenHeading: (label, title) => `Bouwsteen ${label} — ${title}`,
  sheetSubject: (heading, sheetTitle) => `${heading}: ${sheetTitle}`,
  documentTitle: (naam, edition) => `${naam} — ${edition}`,
  blankDocumentTitle: (edition) => `Blanco werkbladen — ${edition}`,
  kompasSubject: (edition) => `Kwaliteitskompas: ${edition}`,
  resultaat: 'Resultaat',
  vooraf: 'Belangrijke vragen vooraf',
  actieLead: 'Actie:',
  noAnswer: 'Nog geen antwoord.',
  guidanceLabel: { voorbeeld: 'Voorbeeld', tip: 'Tip', advies: 'Advies', letop: 'Let op!', info: undefined },
  crossRefLabel: (bouwsteen, shortLabel) => `Antwoord uit bouwsteen ${bouwsteen}, ${shortLabel}:`,
  unnamedPerson: 'Naam niet vermeld',
  partners: {
    domain: 'Domein',
    suggestionsIntro: 'Voorbeelden van partijen om aan te denken:',
    unplaced: (names) => `Overige partners: ${names}.`,
  },
  matrix: {
    level: 'Niveau',
    resultPlaceholder: (n) => `Maatschappelijk resultaat ${n}`,
    withoutResult: 'Nog niet gekoppeld aan een resultaat',
  },
  quality: { aspect: 'Aspect', questions: 'Mogelijke vragen', answer: 'Antwoord' },
  grades: { participant: 'Deelnemer' },
  indicators: {
    naam: 'Indicator of signaal',
    soort: 'Soort',
    basis: 'Basiswaarde',
    doel: 'Doel',
    laatsteMeting: 'Laatste meting',
    soortLabel: { indicator: 'Indicator', signaal: 'Signaal' },
    doelValue: (value, year) => `${value} in ${year}`,
  },
  actions: {
    tekst: 'Actie',
    eigenaar: 'Eigenaar',
    deadline: 'Deadline',
    status: 'Status',
    statusLabel: { open: 'Open', bezig: 'Bezig', afgerond: 'Afgerond', vervallen: 'Vervallen' },
  },
  checklist: {
    item: 'Onderdeel',
    check: 'Ja, deels of nee',
    checkLabel: { ja: 'Ja', deels: 'Deels', nee: 'Nee' },
  },
  priority: {
    entry: (position, text, isPriority) => `${position}. ${text}${isPriority ? ' (prioriteit)' : ''}`,
  },
  frequency: {
    every: ({ interval, unit }) => {
      if (interval === 1)
        return unit === 'weken' ? 'elke week' : unit === 'maanden' ? 'elke maand' : 'elk jaar';
      return `elke ${interval} ${unit === 'jaren' ? 'jaar' : unit}`;
    },
    frequentie: (text) => `Frequentie: ${text}`,
    organisator: (name) => `Wie plant het in: ${name}`,
    volgendeDatum: (date) => `Volgende keer: ${date}`,
    afspraken: (text) => `Afspraken: ${text}`,
  },
  toelichting: (text) => `Toelichting: ${text}`,
  measured: (value, unit) => (unit === '' ? value : `${value} ${unit}`),
  dated: (what, date) => `${what} (${date})`,
  formatNumber: (n) => numberFormat.format(n),
  formatDate: (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    const maand = m === undefined ? undefined : maanden[m - 1];
    return y === undefined || d === undefined || maand === undefined ? iso : `${d} ${maand} ${y}`;
  },
};

export const documentStrings: Readonly<Record<DocumentLocale, DocumentStrings>> = { nl };
