/**
 * Content + a traject's answers → the document model. One renderer for the Word add-in (inserted
 * as content controls) and the Teams tab's "Download als Word-document".
 */
import { allQuestions, findQuestion } from '../content/queries.ts';
import {
  type Bouwsteen,
  type BouwsteenId,
  type Bullet,
  type Edition,
  type Guidance,
  type Question,
  type QuestionInput,
  type Sheet,
  type SheetItem,
} from '../content/schema.ts';
import type { AnswerValue, ListEntry } from '../domain/answer.ts';
import { KompasError } from '../domain/errors.ts';
import type { Activiteit, Meting, Partner } from '../domain/model.ts';
import { buildActivityMatrix } from '../domain/rules/activity-matrix.ts';
import { questionValue, type QuestionValue } from '../domain/rules/answered.ts';
import { resolveQuestionRef } from '../domain/rules/cross-ref.ts';
import { latestMeting } from '../domain/rules/indicators.ts';
import type { AnswerSources, TrajectRecords } from '../domain/rules/records.ts';
import {
  BLANK_OWNER,
  formatTag,
  textShapeOf,
  valueFor,
  answerToText,
  type FieldDefinition,
} from './answer-text.ts';
import {
  cell,
  paragraph,
  textRun,
  type Block,
  type BulletList,
  type CellBlock,
  type ContentControl,
  type ControlBlock,
  type KompasDocument,
  type Note,
  type Paragraph,
  type Run,
  type Table,
  type TableColumn,
} from './document-model.ts';
import { documentStrings, type DocumentLocale, type DocumentStrings } from './strings.ts';

/** What the renderer reads of a traject; a repository's `TrajectSnapshot` is one. */
export type DocumentSnapshot = Pick<TrajectRecords, 'traject' | 'metingen'> & AnswerSources;

export type DocumentSelection =
  | { readonly kind: 'kompas' }
  | { readonly kind: 'bouwsteen'; readonly id: BouwsteenId }
  | { readonly kind: 'sheet'; readonly id: string };

export interface RenderOptions {
  readonly guidance: 'include' | 'omit';
  readonly locale?: DocumentLocale;
  /**
   * Display names for the people the store knows by account (UPN or object id). The document is
   * published under the Woo, so an account is never printed: without a name it reads "Naam niet vermeld".
   */
  readonly displayNames?: ReadonlyMap<string, string>;
}

export interface RenderInput {
  readonly edition: Edition;
  readonly selection: DocumentSelection;
  /** Absent for a blank template. */
  readonly snapshot?: DocumentSnapshot;
  readonly options: RenderOptions;
}

/** Word shows at most 64 characters of a control's title (office-js-docs-reference#1238). */
const MAX_TITLE = 64;
/** Empty rows a blank template offers where the worksheet has no fixed rows. */
const BLANK_ROWS = 3;

export function renderKompas(input: RenderInput): KompasDocument {
  return new Renderer(input).render();
}

/** Compare ids that content and records may spell differently (`opvangOnderwijs`, `opvang-onderwijs`). */
function sameId(a: string | undefined, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return a !== undefined && norm(a) === norm(b);
}

function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/** "Question: Field", shortening the question's label so the field's label stays visible. */
function fieldTitle(shortLabel: string, fieldLabel: string): string {
  const suffix = `: ${fieldLabel}`;
  const room = MAX_TITLE - [...suffix].length;
  if (room < 8) return truncate(`${shortLabel}${suffix}`, MAX_TITLE);
  return `${truncate(shortLabel, room)}${suffix}`;
}

/** Lines of a text as paragraphs; a text of white space only is no answer. */
function textParagraphs(text: string): Paragraph[] {
  return text.trim() === '' ? [] : text.split(/\r\n|\r|\n/).map((line) => paragraph(line));
}

function bulletRuns(b: Bullet): Run[] {
  return b.lead === undefined ? [textRun(b.text)] : [textRun(b.lead, { bold: true }), textRun(` ${b.text}`)];
}

function bullets(items: readonly (readonly Run[])[]): BulletList[] {
  return items.length === 0 ? [] : [{ type: 'bullets', items }];
}

const looksLikeAccount = /@|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class Renderer {
  private readonly s: DocumentStrings;
  private readonly owner: string;
  private readonly blank: boolean;
  private readonly sources: AnswerSources;
  private readonly metingen: readonly Meting[];
  private readonly partners = new Map<string, Partner>();
  private readonly bouwsteenOf = new Map<string, BouwsteenId>();

  constructor(private readonly input: RenderInput) {
    this.s = documentStrings[input.options.locale ?? 'nl'];
    const snapshot = input.snapshot;
    this.blank = snapshot === undefined;
    this.owner = snapshot === undefined ? BLANK_OWNER : snapshot.traject.id;
    this.sources = snapshot ?? {
      antwoorden: [],
      partners: [],
      indicatoren: [],
      activiteiten: [],
      acties: [],
      reflecties: [],
    };
    this.metingen = snapshot?.metingen ?? [];
    for (const p of this.sources.partners) this.partners.set(p.id, p);
    for (const l of allQuestions(input.edition)) this.bouwsteenOf.set(l.question.id, l.bouwsteen.id);
  }

  render(): KompasDocument {
    const { edition, selection, snapshot } = this.input;
    const s = this.s;
    let blocks: Block[];
    let subject: string;
    switch (selection.kind) {
      case 'kompas':
        blocks = [...this.items(edition.intro), ...edition.bouwstenen.flatMap((b) => this.bouwsteen(b))];
        subject = s.kompasSubject(edition.title);
        break;
      case 'bouwsteen': {
        const b = edition.bouwstenen.find((x) => x.id === selection.id);
        if (b === undefined)
          throw new KompasError('NotFound', `no bouwsteen ${selection.id} in ${edition.id}`);
        blocks = this.bouwsteen(b);
        subject = this.bouwsteenHeading(b);
        break;
      }
      case 'sheet': {
        const b = edition.bouwstenen.find((x) => x.sheets.some((sh) => sh.id === selection.id));
        const sheet = b?.sheets.find((sh) => sh.id === selection.id);
        if (b === undefined || sheet === undefined) {
          throw new KompasError('NotFound', `no sheet ${selection.id} in ${edition.id}`);
        }
        // The bouwsteen's heading stays, so the sheet's level-2 heading has its parent.
        blocks = [{ type: 'heading', level: 1, text: this.bouwsteenHeading(b) }, ...this.sheet(sheet)];
        subject = s.sheetSubject(this.bouwsteenHeading(b), sheet.title);
        break;
      }
    }
    const title =
      snapshot === undefined
        ? s.blankDocumentTitle(edition.title)
        : s.documentTitle(snapshot.traject.naam, edition.title);
    return { meta: { title, subject, language: 'nl-NL' }, blocks };
  }

  /** What answers a question, by the same rules as progress and the worksheets (domain/rules). */
  private valueOf(q: Question): QuestionValue | undefined {
    const bouwsteen = this.bouwsteenOf.get(q.id);
    return this.blank || bouwsteen === undefined ? undefined : questionValue(q, bouwsteen, this.sources);
  }

  /** The answer value of a question that is answered by a value (not by records). */
  private answerOf(
    q: Question,
  ): { readonly value: AnswerValue; readonly fromReflectie: boolean } | undefined {
    const v = this.valueOf(q);
    if (v?.source !== 'antwoord' && v?.source !== 'reflectie') return undefined;
    const value = valueFor(q, v.value);
    return value === undefined ? undefined : { value, fromReflectie: v.source === 'reflectie' };
  }

  /** The entries of a list question. */
  private listEntries(questionId: string): readonly ListEntry[] {
    const found = findQuestion(this.input.edition, questionId);
    const v = found === undefined ? undefined : this.answerOf(found.question)?.value;
    return v?.kind === 'list' ? v.items : [];
  }

  /** Entry id → text over the lists of some questions. */
  private listTexts(questionIds: readonly string[]): Map<string, string> {
    return new Map(questionIds.flatMap((id) => this.listEntries(id).map((e) => [e.id, e.text] as const)));
  }

  private bouwsteenHeading(b: Bouwsteen): string {
    return this.s.bouwsteenHeading(this.s.bouwsteenLabel(b.id), b.title);
  }

  private bouwsteen(b: Bouwsteen): Block[] {
    const blocks: Block[] = [{ type: 'heading', level: 1, text: this.bouwsteenHeading(b) }];
    if (b.resultaat !== undefined) {
      blocks.push({ type: 'heading', level: 2, text: this.s.resultaat });
      blocks.push(...b.resultaat.waarom.map((t) => paragraph(t)));
      blocks.push(...b.resultaat.uitkomst.map((t) => paragraph(textRun(t, { italic: true }))));
    }
    blocks.push(...this.items(b.intro));
    if (b.vooraf.length > 0) {
      blocks.push({ type: 'heading', level: 2, text: this.s.vooraf }, ...this.items(b.vooraf));
    }
    for (const sheet of b.sheets) blocks.push(...this.sheet(sheet));
    return blocks;
  }

  private sheet(sheet: Sheet): Block[] {
    const blocks: Block[] = [{ type: 'heading', level: 2, text: sheet.title }];
    if (sheet.actie !== undefined) {
      blocks.push(paragraph(textRun(this.s.actieLead, { bold: true }), textRun(` ${sheet.actie}`)));
    }
    blocks.push(...this.items(sheet.items));
    return blocks;
  }

  private items(items: readonly SheetItem[]): Block[] {
    return items.flatMap((item): Block[] => {
      switch (item.type) {
        case 'heading':
          return [{ type: 'heading', level: 3, text: item.text }];
        case 'text':
          return [...item.text.map((t) => paragraph(t)), ...bullets(item.bullets.map(bulletRuns))];
        case 'guidance':
          return this.guidance(item.guidance);
        case 'question':
          return this.question(item);
      }
    });
  }

  private guidance(g: Guidance): Note[] {
    if (this.input.options.guidance === 'omit') return [];
    const links = g.links.map((l): Run[] => [
      l.url === undefined ? textRun(l.title) : { type: 'link', text: l.title, url: l.url },
    ]);
    const label = this.s.guidanceLabel[g.kind];
    return [
      {
        type: 'note',
        kind: g.kind,
        ...(label === undefined ? {} : { label }),
        blocks: [
          ...g.text.map((t) => paragraph(t)),
          ...bullets(g.bullets.map(bulletRuns)),
          ...bullets(links),
        ],
      },
    ];
  }

  private question(q: Question): Block[] {
    const blocks: Block[] = [paragraph(textRun(q.prompt, { bold: true }))];
    blocks.push(...q.help.map((t) => paragraph(t)));
    if (q.crossRef !== undefined) blocks.push(...this.crossRef(q.crossRef));
    blocks.push(...this.answer(q));
    for (const g of q.guidance) blocks.push(...this.guidance(g));
    return blocks;
  }

  /** "Neem de ambitie uit bouwsteen 1 als uitgangspunt": the referenced answer, shown in place. */
  private crossRef(ref: NonNullable<Question['crossRef']>): Block[] {
    const target = findQuestion(this.input.edition, ref.question);
    const intro = paragraph(textRun(ref.note, { italic: true }));
    if (target === undefined) return [intro];
    const resolved = this.blank
      ? undefined
      : resolveQuestionRef(this.input.edition, ref.question, this.sources);
    let content: (Paragraph | BulletList)[] = [];
    if (resolved?.status === 'answered') {
      const v = resolved.value;
      const names = (xs: readonly string[]) => bullets(xs.map((x) => [textRun(x)]));
      switch (v.source) {
        case 'antwoord':
        case 'reflectie':
          content =
            v.value.kind === 'list'
              ? names(v.value.items.map((i) => i.text).filter((t) => t.trim() !== ''))
              : textParagraphs(answerToText(resolved.question, v.value));
          break;
        case 'partners':
          content = names(v.partners.map((p) => p.organisatie));
          break;
        case 'indicatoren':
          content = names(v.indicatoren.map((i) => i.naam));
          break;
        case 'activiteiten':
          content = names(v.activiteiten.map((a) => a.naam));
          break;
        case 'acties':
          content = names(v.acties.map((a) => a.tekst));
          break;
      }
    }
    if (content.length === 0) content = [paragraph(textRun(this.s.noAnswer, { italic: true }))];
    const label = this.s.crossRefLabel(
      this.s.bouwsteenLabel(target.bouwsteen.id),
      target.question.shortLabel,
    );
    return [intro, { type: 'note', kind: 'verwijzing', label, blocks: content }];
  }

  private control(
    q: Question,
    value: readonly ControlBlock[],
    field?: FieldDefinition,
    locked = textShapeOf(q) === 'none',
  ): ContentControl {
    return {
      type: 'control',
      tag: formatTag({
        owner: this.owner,
        question: q.id,
        ...(field === undefined ? {} : { field: field.id }),
      }),
      title: field === undefined ? truncate(q.shortLabel, MAX_TITLE) : fieldTitle(q.shortLabel, field.label),
      placeholder: this.s.noAnswer,
      value,
      // Editable controls cannot be deleted, so their tag survives; the rest is read-only too.
      locks: { contentLocked: locked, controlLocked: true },
    };
  }

  private answer(q: Question): Block[] {
    const answer = this.answerOf(q);
    const value = answer?.value;
    // A finished reflectie is kept as it was: its answers are shown, not edited in Word.
    const locked = textShapeOf(q) === 'none' || answer?.fromReflectie === true;
    const input = q.input;
    switch (input.kind) {
      case 'text':
      case 'longText':
      case 'reflection':
        return [this.control(q, value?.kind === 'text' ? textParagraphs(value.text) : [], undefined, locked)];
      case 'list':
      case 'veranderverhaal': {
        const items = value?.kind === 'list' ? value.items.filter((i) => i.text.trim() !== '') : [];
        return [this.control(q, bullets(items.map((i) => [textRun(i.text)])), undefined, locked)];
      }
      case 'roleSplit':
      case 'beforeNow':
      case 'keepImprove':
      case 'dosDonts':
        return input.fields.flatMap((f) => [
          paragraph(textRun(f.label, { bold: true })),
          ...(f.prompt === undefined ? [] : [paragraph(f.prompt)]),
          this.control(
            q,
            textParagraphs(value?.kind === 'fields' ? (value.fields[f.id] ?? '') : ''),
            f,
            locked,
          ),
        ]);
      case 'qualityTable':
        return [this.qualityTable(q, input, value, locked)];
      case 'partnerOverview':
        return [this.control(q, this.partnerOverview(q, input))];
      case 'activityMatrix':
        return [this.control(q, this.activityMatrix(input))];
      case 'grades':
        return [
          ...bullets(
            input.themes
              .filter((t) => t.prompt !== undefined)
              .map((t) => [textRun(`${t.label}:`, { bold: true }), textRun(` ${t.prompt ?? ''}`)]),
          ),
          this.control(q, this.grades(input, value)),
        ];
      case 'indicators':
        return [this.control(q, this.indicators(q, input))];
      case 'actions':
        return [this.control(q, this.actions(q))];
      case 'prioritering':
        return [this.control(q, this.priority(input, value))];
      case 'frequency':
        return [this.control(q, this.frequency(value))];
      case 'checklist':
        return [this.control(q, this.checklist(input, value))];
      case 'table':
        return [this.control(q, this.fixedTable(input, value))];
    }
  }

  private personLabel(person: string): string {
    if (person.trim() === '') return '';
    const named = this.partners.get(person)?.organisatie ?? this.input.options.displayNames?.get(person);
    if (named !== undefined) return named;
    return looksLikeAccount.test(person) ? this.s.unnamedPerson : person;
  }

  private qualityTable(
    q: Question,
    input: Extract<QuestionInput, { kind: 'qualityTable' }>,
    value: AnswerValue | undefined,
    locked: boolean,
  ): Table {
    const s = this.s.quality;
    const fields = value?.kind === 'fields' ? value.fields : {};
    return {
      type: 'table',
      columns: [
        { header: s.aspect, weight: 2 },
        { header: s.questions, weight: 4 },
        { header: s.answer, weight: 4 },
      ],
      rows: input.rows.map((row) => [
        cell<CellBlock>(paragraph(textRun(row.label, { bold: true }))),
        cell<CellBlock>(...bullets(row.questions.map((t) => [textRun(t)]))),
        cell<CellBlock>(
          this.control(q, textParagraphs(fields[row.id] ?? ''), { id: row.id, label: row.label }, locked),
        ),
      ]),
    };
  }

  private partnerOverview(
    q: Question,
    input: Extract<QuestionInput, { kind: 'partnerOverview' }>,
  ): ControlBlock[] {
    const v = this.valueOf(q);
    const partners = v?.source === 'partners' ? v.partners : [];
    if (!this.blank && partners.length === 0) return [];
    const names = (domain: string, level: string): Paragraph[] =>
      this.blank
        ? input.suggestions
            .filter((sg) => sameId(sg.domain, domain) && sameId(sg.level, level))
            .flatMap((sg) => sg.organisations.map((o) => paragraph(textRun(o, { italic: true }))))
        : partners
            .filter((p) => sameId(p.domein, domain) && sameId(p.niveau, level))
            .map((p) => paragraph(p.organisatie));
    const table: Table<Paragraph> = {
      type: 'table',
      columns: [
        { header: this.s.partners.domain, weight: 3 },
        ...input.levels.map((l) => ({ header: l.label, weight: 3 })),
      ],
      rows: input.domains.map((d) => [
        cell(paragraph(textRun(d.label, { bold: true }))),
        ...input.levels.map((l) => cell(...names(d.id, l.id))),
      ]),
    };
    const placed = (p: Partner) =>
      input.domains.some((d) => sameId(p.domein, d.id)) && input.levels.some((l) => sameId(p.niveau, l.id));
    const unplaced = partners.filter((p) => !placed(p)).map((p) => p.organisatie);
    return [
      ...(this.blank ? [paragraph(this.s.partners.suggestionsIntro)] : []),
      table,
      ...(unplaced.length > 0 ? [paragraph(this.s.partners.unplaced(unplaced.join(', ')))] : []),
    ];
  }

  /** The 3-B matrix as the domain builds it (domain/rules/activity-matrix), with the content's row labels. */
  private activityMatrix(input: Extract<QuestionInput, { kind: 'activityMatrix' }>): ControlBlock[] {
    const s = this.s.matrix;
    const activities = this.sources.activiteiten;
    const matrix = buildActivityMatrix(this.listEntries(input.resultsFrom), activities);
    if (!this.blank && matrix.resultaten.length === 0 && activities.length === 0) return [];
    const elements = this.listTexts(
      allQuestions(this.input.edition)
        .filter((l) => l.question.input.kind === 'veranderverhaal')
        .map((l) => l.question.id),
    );
    const unlinked = matrix.gaps.activiteitenZonderResultaat;
    const headers = this.blank
      ? Array.from({ length: BLANK_ROWS }, (_, i) => s.resultPlaceholder(i + 1))
      : [...matrix.resultaten.map((r) => r.text), ...(unlinked.length > 0 ? [s.withoutResult] : [])];
    const activityText = (a: Activiteit) => {
      const aanbieder = a.aanbieder === undefined ? undefined : this.partners.get(a.aanbieder)?.organisatie;
      return aanbieder === undefined ? a.naam : `${a.naam} (${aanbieder})`;
    };
    const texts = (xs: readonly string[]) => cell(...xs.filter((t) => t !== '').map((t) => paragraph(t)));
    const elementTexts = (ids: readonly string[]) => [...new Set(ids.map((id) => elements.get(id) ?? ''))];
    const veranderverhaal = [
      ...matrix.veranderverhaalRow.map((c) => texts(elementTexts(c.elementen))),
      ...(unlinked.length > 0 ? [texts(elementTexts(unlinked.flatMap((a) => a.veranderverhaal)))] : []),
    ];
    const rows = input.rows.map((row) => {
      const level = matrix.rows.find((r) => sameId(r.niveau, row.id));
      const cells = this.blank
        ? headers.map(() => cell<Paragraph>())
        : [
            ...(level?.cells ?? []).map((c) => texts(c.activiteiten.map(activityText))),
            ...(unlinked.length > 0 ? [texts((level?.zonderResultaat ?? []).map(activityText))] : []),
          ];
      return [cell(paragraph(textRun(row.label, { bold: true }))), ...cells];
    });
    const table: Table<Paragraph> = {
      type: 'table',
      columns: [{ header: s.level, weight: 3 }, ...headers.map((h) => ({ header: h, weight: 3 }))],
      rows: [
        [
          cell(paragraph(textRun(input.veranderverhaalRow.label, { bold: true }))),
          ...(this.blank ? headers.map(() => cell<Paragraph>()) : veranderverhaal),
        ],
        ...rows,
      ],
    };
    return [
      table,
      ...(input.footnote === undefined ? [] : [paragraph(textRun(input.footnote, { italic: true }))]),
    ];
  }

  private grades(
    input: Extract<QuestionInput, { kind: 'grades' }>,
    value: AnswerValue | undefined,
  ): ControlBlock[] {
    const entries = value?.kind === 'grades' ? value.entries : [];
    if (!this.blank && entries.length === 0) return [];
    const participants = [...new Set(entries.map((e) => e.deelnemer))];
    const columns: TableColumn[] = [
      { header: this.s.grades.participant, weight: 3 },
      ...input.themes.map((t) => ({ header: t.label, weight: 2 })),
    ];
    const rows = this.blank
      ? Array.from({ length: BLANK_ROWS }, () => columns.map(() => cell<Paragraph>()))
      : participants.map((who) => [
          cell(paragraph(this.personLabel(who))),
          ...input.themes.map((t) => {
            const e = entries.find((x) => x.deelnemer === who && x.thema === t.id);
            if (e === undefined) return cell<Paragraph>();
            return cell(
              paragraph(String(e.cijfer)),
              ...(e.toelichting.trim() === '' ? [] : [paragraph(textRun(e.toelichting, { italic: true }))]),
            );
          }),
        ]);
    return [{ type: 'table', columns, rows }];
  }

  private indicators(q: Question, input: Extract<QuestionInput, { kind: 'indicators' }>): ControlBlock[] {
    const s = this.s.indicators;
    const fmt = this.s;
    const columns: TableColumn[] = [
      { header: s.naam, weight: 4 },
      { header: s.soort, weight: 2 },
      { header: s.basis, weight: 3 },
      { header: s.doel, weight: 3 },
      { header: s.laatsteMeting, weight: 3 },
    ];
    if (this.blank) {
      const presets = input.presets.map((p) => [
        cell(paragraph(p.naam)),
        ...columns.slice(1).map(() => cell<Paragraph>()),
      ]);
      const empty = Array.from({ length: Math.max(0, input.slots - presets.length) }, () =>
        columns.map(() => cell<Paragraph>()),
      );
      return [{ type: 'table', columns, rows: [...presets, ...empty] }];
    }
    const v = this.valueOf(q);
    const indicators = v?.source === 'indicatoren' ? v.indicatoren : [];
    if (indicators.length === 0) return [];
    const text = (t: string) => (t === '' ? cell<Paragraph>() : cell(paragraph(t)));
    const rows = indicators.map((ind) => {
      const latest = latestMeting(ind.id, this.metingen);
      const latestText =
        latest === undefined
          ? ''
          : fmt.dated(
              latest.waarde === undefined
                ? latest.toelichting
                : fmt.measured(fmt.formatNumber(latest.waarde), ind.eenheid),
              fmt.formatDate(latest.datum),
            );
      return [
        text(ind.naam),
        text(s.soortLabel[ind.soort]),
        text(
          ind.basis === undefined
            ? ''
            : fmt.dated(
                fmt.measured(fmt.formatNumber(ind.basis.waarde), ind.eenheid),
                fmt.formatDate(ind.basis.datum),
              ),
        ),
        text(
          ind.doel === undefined
            ? ''
            : s.doelValue(fmt.measured(fmt.formatNumber(ind.doel.waarde), ind.eenheid), ind.doel.jaar),
        ),
        text(latestText),
      ];
    });
    return [{ type: 'table', columns, rows }];
  }

  private actions(q: Question): ControlBlock[] {
    const s = this.s.actions;
    const columns: TableColumn[] = [
      { header: s.tekst, weight: 6 },
      { header: s.eigenaar, weight: 3 },
      { header: s.deadline, weight: 2 },
      { header: s.status, weight: 2 },
    ];
    if (this.blank) {
      return [
        {
          type: 'table',
          columns,
          rows: Array.from({ length: BLANK_ROWS }, () => columns.map(() => cell<Paragraph>())),
        },
      ];
    }
    const v = this.valueOf(q);
    const acties = v?.source === 'acties' ? v.acties : [];
    if (acties.length === 0) return [];
    const text = (t: string) => (t === '' ? cell<Paragraph>() : cell(paragraph(t)));
    return [
      {
        type: 'table',
        columns,
        rows: acties.map((a) => [
          text(a.tekst),
          text(this.personLabel(a.eigenaar)),
          text(a.deadline === undefined ? '' : this.s.formatDate(a.deadline)),
          text(s.statusLabel[a.status]),
        ]),
      },
    ];
  }

  private priority(
    input: Extract<QuestionInput, { kind: 'prioritering' }>,
    value: AnswerValue | undefined,
  ): ControlBlock[] {
    if (value?.kind !== 'priority') return [];
    const texts = this.listTexts(input.from);
    const chosen = new Set<string>(value.prioriteit);
    const lines = value.order
      .filter((id) => texts.has(id))
      .map((id, i) => paragraph(this.s.priority.entry(i + 1, texts.get(id) ?? '', chosen.has(id))));
    return [
      ...lines,
      ...(value.toelichting.trim() === '' ? [] : [paragraph(this.s.toelichting(value.toelichting))]),
    ];
  }

  private frequency(value: AnswerValue | undefined): ControlBlock[] {
    if (value?.kind !== 'frequency') return [];
    const f = this.s.frequency;
    const lines: string[] = [];
    if (value.frequentie !== undefined) lines.push(f.frequentie(f.every(value.frequentie)));
    const organisator = this.personLabel(value.organisator);
    if (organisator !== '') lines.push(f.organisator(organisator));
    if (value.volgendeDatum !== undefined)
      lines.push(f.volgendeDatum(this.s.formatDate(value.volgendeDatum)));
    if (value.afspraken.trim() !== '') lines.push(f.afspraken(value.afspraken));
    return lines.map((l) => paragraph(l));
  }

  private checklist(
    input: Extract<QuestionInput, { kind: 'checklist' }>,
    value: AnswerValue | undefined,
  ): ControlBlock[] {
    const s = this.s.checklist;
    const checks = value?.kind === 'checklist' ? value.checks : {};
    const toelichting = value?.kind === 'checklist' ? value.toelichting : '';
    if (!this.blank && value?.kind !== 'checklist') return [];
    return [
      {
        type: 'table',
        columns: [
          { header: s.item, weight: 6 },
          { header: s.check, weight: 2 },
        ],
        rows: input.items.map((item) => {
          const check = checks[item.id];
          return [
            cell(paragraph(item.text)),
            check === undefined ? cell<Paragraph>() : cell(paragraph(s.checkLabel[check])),
          ];
        }),
      },
      ...(toelichting.trim() === '' ? [] : [paragraph(this.s.toelichting(toelichting))]),
    ];
  }

  private fixedTable(
    input: Extract<QuestionInput, { kind: 'table' }>,
    value: AnswerValue | undefined,
  ): ControlBlock[] {
    const cells = value?.kind === 'table' ? value.cells : {};
    if (!this.blank && value?.kind !== 'table') return [];
    return [
      {
        type: 'table',
        columns: [{ header: '', weight: 3 }, ...input.columns.map((c) => ({ header: c.label, weight: 3 }))],
        rows: input.rows.map((row) => [
          cell(paragraph(textRun(row.label, { bold: true }))),
          ...input.columns.map((c) => cell(...textParagraphs(cells[row.id]?.[c.id] ?? ''))),
        ]),
      },
    ];
  }
}
