/** What the Indicatoren screen derives from the edition and the traject, and its forms' rules. */
import type { TrajectView } from '../../../shared/application/index.ts';
import { allQuestions, findQuestion, questionsOfBouwsteen } from '../../../shared/content/queries.ts';
import {
  reflectionSteps,
  type BouwsteenId,
  type Edition,
  type Question,
  type ReflectionStep,
} from '../../../shared/content/schema.ts';
import type { ListEntry } from '../../../shared/domain/answer.ts';
import {
  KoppelingSchema,
  type Indicator,
  type Koppeling,
  type Meting,
} from '../../../shared/domain/model.ts';
import { resultatenQuestionId } from '../../../shared/domain/rules/index.ts';
import { IsoDateSchema, type IsoDate } from '../../../shared/domain/time.ts';
import type { Locale } from '../../../shared/i18n/index.ts';
import { filledResultaten, veranderverhaalGroups, type VeranderverhaalGroup } from '../activiteiten/model.ts';
import { tooLong, type FieldError } from '../common/field-error.ts';

export const soorten = ['indicator', 'signaal'] as const;
export type Soort = (typeof soorten)[number];
export const richtingen = ['hoger', 'lager', 'neutraal'] as const;
export type Richting = (typeof richtingen)[number];

export function isSoort(value: string): value is Soort {
  return (soorten as readonly string[]).includes(value);
}
export function isRichting(value: string): value is Richting {
  return (richtingen as readonly string[]).includes(value);
}

// ── numbers as people type them ───────────────────────────────────────────

/** "23", "23,5", "23.5", "-2": one decimal separator, no thousands separators (ambiguous across locales). */
const decimal = /^[+-]?\d+(?:[.,]\d+)?$/;

export function parseDecimal(text: string): number | undefined {
  const compact = text.trim().replace(/\s+/g, '').replace(/^−/, '-');
  if (!decimal.test(compact)) return undefined;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** A number as it goes back into a field: a decimal comma in Dutch. */
export function inputNumber(locale: Locale, value: number): string {
  const text = String(value);
  return locale === 'en' ? text : text.replace('.', ',');
}

// ── where an indicator belongs ────────────────────────────────────────────

export interface IndicatorPlace {
  readonly questionId: string;
  readonly bouwsteen: BouwsteenId;
  readonly label: string;
}

/** The edition's "Indicator of signaal" questions: the worksheets an indicator can belong to. */
export function indicatorPlaces(edition: Edition): IndicatorPlace[] {
  return allQuestions(edition)
    .filter((l) => l.question.input.kind === 'indicators')
    .map((l) => ({ questionId: l.question.id, bouwsteen: l.bouwsteen.id, label: l.question.shortLabel }));
}

/** The bouwsteen an indicator belongs to: where it was entered, else what it is linked to, else 2. */
export function bouwsteenOf(
  edition: Edition,
  indicator: Pick<Indicator, 'herkomst' | 'koppeling'>,
): BouwsteenId {
  const herkomst = indicator.herkomst === undefined ? undefined : findQuestion(edition, indicator.herkomst);
  if (herkomst !== undefined) return herkomst.bouwsteen.id;
  switch (indicator.koppeling.soort) {
    case 'resultaat':
      return findQuestion(edition, resultatenQuestionId(edition))?.bouwsteen.id ?? '2';
    case 'veranderverhaal':
      return '3A';
    case 'activiteit':
      return '3B';
    case 'geen':
      return '2';
  }
}

export interface ReflectionLink {
  readonly step: ReflectionStep;
  readonly question: Question;
}

function reflectionQuestionsOf(edition: Edition, bouwsteen: BouwsteenId): ReflectionLink[] {
  const b = edition.bouwstenen.find((x) => x.id === bouwsteen);
  if (b === undefined) return [];
  const links = questionsOfBouwsteen(b).flatMap(({ question }) =>
    question.input.kind === 'reflection' ? [{ step: question.input.step, question }] : [],
  );
  return links.sort((x, y) => reflectionSteps.indexOf(x.step) - reflectionSteps.indexOf(y.step));
}

/**
 * "Cijfers spreken niet voor zich": the interpretation questions (Herkennen … Verbeteren) of the
 * Leren-en-verbeteren sheet of the indicator's bouwsteen. A bouwsteen without them (3-B; most of
 * the kwaliteitsmodel) borrows bouwsteen 2's, then the first bouwsteen that has any.
 */
export function reflectionLinks(
  edition: Edition,
  indicator: Pick<Indicator, 'herkomst' | 'koppeling'>,
): { readonly bouwsteen: BouwsteenId; readonly links: readonly ReflectionLink[] } | undefined {
  const candidates: BouwsteenId[] = [
    bouwsteenOf(edition, indicator),
    '2',
    ...edition.bouwstenen.map((b) => b.id),
  ];
  for (const bouwsteen of candidates) {
    const links = reflectionQuestionsOf(edition, bouwsteen);
    if (links.length > 0) return { bouwsteen, links };
  }
  return undefined;
}

/** A prompt without the step's name in front ("Herkennen. Hoe verhoudt …"), as the link names the step. */
export function promptWithoutStep(prompt: string, stepLabel: string): string {
  const lead = new RegExp(`^${stepLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[.:]\\s*`, 'i');
  return prompt.replace(lead, '');
}

// ── koppeling ─────────────────────────────────────────────────────────────

export interface KoppelingOptions {
  readonly resultaten: readonly ListEntry[];
  readonly veranderverhaal: readonly VeranderverhaalGroup[];
  readonly activiteiten: readonly { readonly id: string; readonly naam: string }[];
}

export function koppelingOptions(
  edition: Edition,
  view: Pick<TrajectView, 'antwoorden' | 'activiteiten'>,
): KoppelingOptions {
  return {
    resultaten: filledResultaten(edition, view),
    veranderverhaal: veranderverhaalGroups(edition, view),
    activiteiten: view.activiteiten.map((a) => ({ id: a.id, naam: a.naam })),
  };
}

/** A koppeling as a `<select>` value: '' | `resultaat:<id>` | `veranderverhaal:<id>` | `activiteit:<id>`. */
export function koppelingValue(koppeling: Koppeling): string {
  switch (koppeling.soort) {
    case 'geen':
      return '';
    case 'resultaat':
    case 'veranderverhaal':
      return `${koppeling.soort}:${koppeling.entryId}`;
    case 'activiteit':
      return `activiteit:${koppeling.activiteitId}`;
  }
}

/** The koppeling a `<select>` value stands for; anything unreadable is "geen". */
export function koppelingOf(value: string): Koppeling {
  const at = value.indexOf(':');
  const soort = value.slice(0, at);
  const id = value.slice(at + 1);
  const parsed = KoppelingSchema.safeParse(
    soort === 'activiteit' ? { soort, activiteitId: id } : { soort, entryId: id },
  );
  return at > 0 && parsed.success ? parsed.data : { soort: 'geen' };
}

export type KoppelingText =
  | { readonly kind: 'geen' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'resultaat' | 'veranderverhaal' | 'activiteit'; readonly tekst: string };

/** What an indicator is linked to, in the words of the linked entry or activity. */
export function koppelingText(koppeling: Koppeling, options: KoppelingOptions): KoppelingText {
  switch (koppeling.soort) {
    case 'geen':
      return { kind: 'geen' };
    case 'resultaat': {
      const entry = options.resultaten.find((r) => r.id === koppeling.entryId);
      return entry === undefined ? { kind: 'missing' } : { kind: 'resultaat', tekst: entry.text };
    }
    case 'veranderverhaal': {
      const entry = options.veranderverhaal.flatMap((g) => g.entries).find((e) => e.id === koppeling.entryId);
      return entry === undefined ? { kind: 'missing' } : { kind: 'veranderverhaal', tekst: entry.text };
    }
    case 'activiteit': {
      const activiteit = options.activiteiten.find((a) => a.id === koppeling.activiteitId);
      return activiteit === undefined ? { kind: 'missing' } : { kind: 'activiteit', tekst: activiteit.naam };
    }
  }
}

// ── the indicator form ────────────────────────────────────────────────────

export interface IndicatorDraft {
  readonly naam: string;
  readonly soort: Soort;
  readonly definitie: string;
  readonly bron: string;
  readonly eenheid: string;
  readonly richting: Richting;
  readonly basisWaarde: string;
  readonly basisDatum: string;
  readonly doelWaarde: string;
  readonly doelJaar: string;
  /** As `koppelingValue`. */
  readonly koppeling: string;
  readonly eigenaar: string;
  /** A question id, or '' for none. */
  readonly herkomst: string;
}
export type IndicatorField = keyof IndicatorDraft;

export function emptyIndicatorDraft(herkomst = ''): IndicatorDraft {
  return {
    naam: '',
    soort: 'indicator',
    definitie: '',
    bron: '',
    eenheid: '',
    richting: 'neutraal',
    basisWaarde: '',
    basisDatum: '',
    doelWaarde: '',
    doelJaar: '',
    koppeling: '',
    eigenaar: '',
    herkomst,
  };
}

export function draftOfIndicator(locale: Locale, indicator: Indicator): IndicatorDraft {
  return {
    naam: indicator.naam,
    soort: indicator.soort,
    definitie: indicator.definitie,
    bron: indicator.bron,
    eenheid: indicator.eenheid,
    richting: indicator.richting,
    basisWaarde: indicator.basis === undefined ? '' : inputNumber(locale, indicator.basis.waarde),
    basisDatum: indicator.basis?.datum ?? '',
    doelWaarde: indicator.doel === undefined ? '' : inputNumber(locale, indicator.doel.waarde),
    doelJaar: indicator.doel === undefined ? '' : String(indicator.doel.jaar),
    koppeling: koppelingValue(indicator.koppeling),
    eigenaar: indicator.eigenaar,
    herkomst: indicator.herkomst ?? '',
  };
}

function parseYear(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return year >= 1900 && year <= 2200 ? year : undefined;
}

function isDate(text: string): boolean {
  return IsoDateSchema.safeParse(text.trim()).success;
}

/** Field errors as message keys; what passes here is what the domain schema accepts. */
export function validateIndicator(draft: IndicatorDraft): Partial<Record<IndicatorField, FieldError>> {
  const errors: Partial<Record<IndicatorField, FieldError>> = {};
  const naam = draft.naam.trim();
  if (naam === '') errors.naam = { key: 'indicatoren.validation.naam' };
  else if (naam.length > 255) errors.naam = tooLong(255);
  if (draft.definitie.length > 60_000) errors.definitie = tooLong(60_000);
  if (draft.bron.trim().length > 255) errors.bron = tooLong(255);
  if (draft.eenheid.trim().length > 64) errors.eenheid = tooLong(64);
  if (draft.eigenaar.trim().length > 255) errors.eigenaar = tooLong(255);

  const bw = draft.basisWaarde.trim();
  const bd = draft.basisDatum.trim();
  if (bw !== '' && parseDecimal(bw) === undefined)
    errors.basisWaarde = { key: 'indicatoren.validation.getal' };
  else if (bw === '' && bd !== '') errors.basisWaarde = { key: 'indicatoren.validation.basisWaardeNodig' };
  if (bd !== '' && !isDate(bd)) errors.basisDatum = { key: 'indicatoren.validation.datum' };
  else if (bd === '' && bw !== '') errors.basisDatum = { key: 'indicatoren.validation.basisDatumNodig' };

  const dw = draft.doelWaarde.trim();
  const dj = draft.doelJaar.trim();
  if (dw !== '' && parseDecimal(dw) === undefined)
    errors.doelWaarde = { key: 'indicatoren.validation.getal' };
  else if (dw === '' && dj !== '') errors.doelWaarde = { key: 'indicatoren.validation.doelWaardeNodig' };
  if (dj !== '' && parseYear(dj) === undefined) errors.doelJaar = { key: 'indicatoren.validation.jaar' };
  else if (dj === '' && dw !== '') errors.doelJaar = { key: 'indicatoren.validation.doelJaarNodig' };
  return errors;
}

/** The record's fields from a draft (valid parts only; the form shows what is invalid). */
export function fieldsOfIndicator(draft: IndicatorDraft) {
  const basisWaarde = parseDecimal(draft.basisWaarde);
  const doelWaarde = parseDecimal(draft.doelWaarde);
  const doelJaar = parseYear(draft.doelJaar);
  const basisDatum = draft.basisDatum.trim();
  return {
    naam: draft.naam.trim(),
    soort: draft.soort,
    definitie: draft.definitie,
    bron: draft.bron.trim(),
    eenheid: draft.eenheid.trim(),
    richting: draft.richting,
    ...(basisWaarde !== undefined && isDate(basisDatum)
      ? { basis: { waarde: basisWaarde, datum: basisDatum } }
      : {}),
    ...(doelWaarde !== undefined && doelJaar !== undefined
      ? { doel: { waarde: doelWaarde, jaar: doelJaar } }
      : {}),
    koppeling: koppelingOf(draft.koppeling),
    eigenaar: draft.eigenaar.trim(),
    ...(draft.herkomst === '' ? {} : { herkomst: draft.herkomst }),
  };
}

// ── the meting form ───────────────────────────────────────────────────────

export interface MetingDraft {
  readonly datum: string;
  readonly waarde: string;
  readonly toelichting: string;
  readonly bron: string;
}
export type MetingField = keyof MetingDraft;

export function emptyMetingDraft(today: IsoDate): MetingDraft {
  return { datum: today, waarde: '', toelichting: '', bron: '' };
}

export function draftOfMeting(locale: Locale, meting: Meting): MetingDraft {
  return {
    datum: meting.datum,
    waarde: meting.waarde === undefined ? '' : inputNumber(locale, meting.waarde),
    toelichting: meting.toelichting,
    bron: meting.bron,
  };
}

/** A number is needed for an indicator; a signaal may be recorded in words only. */
export function validateMeting(
  draft: MetingDraft,
  soort: Soort,
  today: IsoDate,
): Partial<Record<MetingField, FieldError>> {
  const errors: Partial<Record<MetingField, FieldError>> = {};
  const datum = draft.datum.trim();
  if (datum === '') errors.datum = { key: 'indicatoren.validation.metingDatum' };
  else if (!isDate(datum)) errors.datum = { key: 'indicatoren.validation.datum' };
  else if (datum > today) errors.datum = { key: 'indicatoren.validation.metingToekomst' };
  const waarde = draft.waarde.trim();
  if (waarde !== '' && parseDecimal(waarde) === undefined)
    errors.waarde = { key: 'indicatoren.validation.getal' };
  else if (waarde === '' && soort === 'indicator')
    errors.waarde = { key: 'indicatoren.validation.metingWaarde' };
  else if (waarde === '' && draft.toelichting.trim() === '') {
    errors.waarde = { key: 'indicatoren.validation.signaalLeeg' };
  }
  if (draft.toelichting.length > 60_000) errors.toelichting = tooLong(60_000);
  if (draft.bron.trim().length > 255) errors.bron = tooLong(255);
  return errors;
}

export function fieldsOfMeting(draft: MetingDraft) {
  const waarde = parseDecimal(draft.waarde);
  return {
    datum: draft.datum.trim(),
    ...(waarde === undefined ? {} : { waarde }),
    toelichting: draft.toelichting,
    bron: draft.bron.trim(),
  };
}
