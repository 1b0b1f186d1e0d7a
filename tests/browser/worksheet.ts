/**
 * The worksheets as the browser tests find them: a question's block and field by the prompt the
 * content gives it (the accessible name they must carry), or by the id the worksheet gives a field.
 */
import type { Locator, Page } from 'playwright-core';
import { findQuestion, getEdition, QuestionIdSchema } from '../../shared/content/index.ts';
import { repositoryOf, type Harness } from './harness.ts';

export const edition = getEdition('sgg');

/** The question's prompt as the content has it. */
export function prompt(questionId: string): string {
  const found = findQuestion(edition, questionId);
  if (found === undefined) throw new Error(`${questionId} is not in the sgg edition`);
  return found.question.prompt;
}

/** A question's block on the worksheet (or its entry in Geschiedenis), named by its prompt. */
export function question(page: Page, questionId: string): Locator {
  return page.getByRole('article', { name: prompt(questionId), exact: true });
}

/** A text answer's own field: the textbox in the block, named by the question. */
export function answerField(page: Page, questionId: string): Locator {
  return question(page, questionId).getByRole('textbox', { name: prompt(questionId), exact: true });
}

/** A structured answer's editor (list, grades, rhythm, records): the group named by the question. */
export function answerGroup(page: Page, questionId: string): Locator {
  return question(page, questionId).getByRole('group', { name: prompt(questionId), exact: true });
}

/** A question's field by the id the worksheet gives it, whatever its name. */
export function fieldById(page: Page, questionId: string): Locator {
  return page.locator(`[id="vraag-${questionId}-veld"]`);
}

/** Opens a bouwsteen's worksheets from the Werkbladen screen and waits until it is the current one. */
export async function openBouwsteen(page: Page, label: RegExp): Promise<void> {
  const link = page.getByRole('navigation', { name: 'Bouwstenen' }).getByRole('link', { name: label });
  await link.click();
  await link.and(page.locator('[aria-current="page"]')).waitFor();
}

/** The block's own save status reads "Opgeslagen" (the words, not only an icon). */
export async function saved(block: Locator): Promise<void> {
  await block.getByRole('status').filter({ hasText: 'Opgeslagen' }).first().waitFor();
}

/** The stored text of an answer of the harness's rich traject, read as the app would read it. */
export async function storedText(
  harness: Pick<Harness, 'emulator' | 'richTrajectId'>,
  questionId: string,
): Promise<string | undefined> {
  const snapshot = await repositoryOf(harness).openTraject(harness.richTrajectId);
  const answer = snapshot.antwoorden.find((a) => a.questionId === QuestionIdSchema.parse(questionId));
  return answer?.value.kind === 'text' ? answer.value.text : undefined;
}
