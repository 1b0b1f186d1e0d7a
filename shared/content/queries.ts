/** Read-only look-ups over an edition's content. */
import type { Bouwsteen, BouwsteenId, Edition, Question, QuestionId, Sheet, SheetItem } from './schema.ts';

export interface QuestionLocation {
  readonly question: Question;
  readonly bouwsteen: Bouwsteen;
  /** Undefined for the bouwsteen's intro and "Belangrijke vragen vooraf". */
  readonly sheet: Sheet | undefined;
}

function questionsIn(items: readonly SheetItem[]): Question[] {
  return items.filter((item): item is Question => item.type === 'question');
}

/** Every question of a bouwsteen in reading order: intro, vooraf, then the sheets. */
export function questionsOfBouwsteen(bouwsteen: Bouwsteen): QuestionLocation[] {
  return [
    ...questionsIn([...bouwsteen.intro, ...bouwsteen.vooraf]).map((question) => ({
      question,
      bouwsteen,
      sheet: undefined,
    })),
    ...bouwsteen.sheets.flatMap((sheet) =>
      questionsIn(sheet.items).map((question) => ({ question, bouwsteen, sheet })),
    ),
  ];
}

export function questionsOfSheet(sheet: Sheet): Question[] {
  return questionsIn(sheet.items);
}

export function allQuestions(edition: Edition): QuestionLocation[] {
  return edition.bouwstenen.flatMap(questionsOfBouwsteen);
}

export function findQuestion(edition: Edition, id: QuestionId | string): QuestionLocation | undefined {
  return allQuestions(edition).find((l) => l.question.id === id);
}

export function findBouwsteen(edition: Edition, id: BouwsteenId): Bouwsteen | undefined {
  return edition.bouwstenen.find((b) => b.id === id);
}
