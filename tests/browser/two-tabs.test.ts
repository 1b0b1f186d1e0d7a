/**
 * Two tabs of the same person in one browser (issue #4), in Debian's Chromium over the Graph
 * emulator: they share localStorage, so each keeps its unsaved changes in a namespace of its own
 * and holds a Web Lock while it is open. A tab that closes with changes it could not send hands
 * them to a tab that is still open (which waits on its lock) or else to the next tab that opens;
 * nothing is sent twice and the tab that stays open keeps its own.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QuestionIdSchema } from '../../shared/content/schema.ts';
import type { TrajectId } from '../../shared/domain/ids.ts';
import type { TrajectSnapshot } from '../../shared/ports/traject-repository.ts';
import {
  DEMO_PENDING,
  newPage,
  outboxEmpty,
  pendingKeys,
  repositoryOf,
  useHarness,
  waitForPending,
} from './harness.ts';
import { fieldById } from './worksheet.ts';

const harness = useHarness();

/** `<instance id>:antwoord/<traject id>.<question id>` under the demo user's namespace. */
const KEY = /^([A-Za-z0-9_-]+):antwoord\/(.+)$/;

/** The unsent changes in the context's localStorage: record key by instance id. */
async function pendingByInstance(page: Page): Promise<Map<string, string[]>> {
  const keys = (await pendingKeys(page)).map((k) => k.slice(DEMO_PENDING.length));
  const byInstance = new Map<string, string[]>();
  for (const key of keys) {
    const match = KEY.exec(key);
    if (match === null) throw new Error(`a pending key without an instance: ${key}`);
    const [, instance = '', record = ''] = match;
    byInstance.set(instance, [...(byInstance.get(instance) ?? []), record]);
  }
  return byInstance;
}

/** The traject as the SharePoint lists hold it, read as the app reads it. */
async function storedTraject(id: TrajectId): Promise<TrajectSnapshot> {
  return repositoryOf(harness).openTraject(id);
}

/** How many versions SharePoint keeps of the answer: one more for every write that was applied. */
async function versionsOf(id: TrajectId, questionId: string): Promise<number> {
  return (await repositoryOf(harness).answerHistory(id, QuestionIdSchema.parse(questionId))).length;
}

function textOf(snapshot: TrajectSnapshot, questionId: string): string[] {
  return snapshot.antwoorden
    .filter((a) => a.questionId === questionId)
    .map((a) => (a.value.kind === 'text' ? a.value.text : `(${a.value.kind})`));
}

async function openTab(context: BrowserContext, errors: string[], url: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await fieldById(page, '2.ambitie').waitFor();
  return page;
}

// The emulator's faults hold for every page: these tests run one after the other.
describe('two tabs of one person', () => {
  it('sends what a closed tab could not, once; the open tab keeps its own', async () => {
    const { context, page: first, errors } = await newPage(harness);
    const url = `${harness.appUrl}?traject=${harness.richTrajectId}#/werkbladen/2`;
    const textA = 'Uit tabblad A: elk kind heeft een veilige plek op school.';
    const textB = 'Uit tabblad B: minder jongeren worden online gepest.';
    try {
      await first.close();
      const a = await openTab(context, errors, url);
      const b = await openTab(context, errors, url);
      const id = harness.richTrajectId;
      const versionsBefore = [await versionsOf(id, '2.ambitie'), await versionsOf(id, '2.bereikt')];

      // Graph answers 503 to everything: both tabs keep their edit and wait.
      await harness.control('faults', { rate: 1, statuses: [503], retryAfterSeconds: 1 });
      await fieldById(a, '2.ambitie').fill(textA);
      await fieldById(b, '2.bereikt').fill(textB);
      await waitForPending(a, 2);

      const before = await pendingByInstance(a);
      expect(before.size).toBe(2);
      const [ownerA] = [...before].find(([, records]) => records.some((r) => r.endsWith('.2.ambitie'))) ?? [];
      const [ownerB] = [...before].find(([, records]) => records.some((r) => r.endsWith('.2.bereikt'))) ?? [];
      expect(ownerA).toBeDefined();
      expect(ownerB).toBeDefined();
      expect(ownerA).not.toBe(ownerB);

      await a.close();
      await harness.control('faults');
      const c = await openTab(context, errors, url);
      await outboxEmpty(c, 30_000);

      const stored = await storedTraject(id);
      expect(textOf(stored, '2.ambitie')).toEqual([textA]);
      expect(textOf(stored, '2.bereikt')).toEqual([textB]);
      // One write per answer: B stored its own, B or C stored A's, nobody stored one twice.
      expect([await versionsOf(id, '2.ambitie'), await versionsOf(id, '2.bereikt')]).toEqual(
        versionsBefore.map((n) => n + 1),
      );
      // The tab that stayed open shows its edit as it was, and the new tab shows both.
      expect(await fieldById(b, '2.bereikt').inputValue()).toBe(textB);
      await c.reload();
      await fieldById(c, '2.ambitie').waitFor();
      expect(await fieldById(c, '2.ambitie').inputValue()).toBe(textA);
      expect(await fieldById(c, '2.bereikt').inputValue()).toBe(textB);
      expect(errors).toEqual([]);
    } finally {
      await harness.control('faults');
      await context.close();
    }
  }, 120_000);

  it('takes over at once what a tab that closes could not send, says so, and sends it when it can', async () => {
    const { context, page: first, errors } = await newPage(harness);
    const url = `${harness.appUrl}?traject=${harness.richTrajectId}#/werkbladen/2`;
    const text = 'Uit een tabblad dat werd gesloten: samen met de scholen.';
    try {
      await first.close();
      const a = await openTab(context, errors, url);
      const b = await openTab(context, errors, url);
      await harness.control('faults', { rate: 1, statuses: [503], retryAfterSeconds: 1 });
      await fieldById(b, '2.bereikt').fill(text);
      await waitForPending(a, 1);
      const [ownerB] = [...(await pendingByInstance(a)).keys()];

      await b.close();
      // A waited on B's lock: the change is in A's namespace now, and A says it sends it.
      await a.waitForFunction(
        (owner) => !Object.keys(localStorage).some((k) => k.includes(`:${owner}:`)),
        ownerB,
        { timeout: 20_000 },
      );
      expect((await pendingByInstance(a)).size).toBe(1);
      const notice = a.getByText('Eén wijziging uit een venster dat is gesloten, was nog niet verstuurd.', {
        exact: false,
      });
      await notice.waitFor();

      await harness.control('faults');
      await outboxEmpty(a, 30_000);
      await notice.waitFor({ state: 'detached' });
      expect(textOf(await storedTraject(harness.richTrajectId), '2.bereikt')).toEqual([text]);
      expect(errors).toEqual([]);
    } finally {
      await harness.control('faults');
      await context.close();
    }
  }, 120_000);

  it('keeps unsent work across a reload: the reloaded page adopts what the page before it left', async () => {
    const { context, page, errors } = await newPage(harness);
    const url = `${harness.appUrl}?traject=${harness.richTrajectId}#/werkbladen/2`;
    const text = 'Na het herladen nog steeds bewaard en verstuurd.';
    try {
      await page.goto(url);
      await fieldById(page, '2.termijn').waitFor();
      // A long Retry-After: the page before the reload does not try again before it goes.
      await harness.control('faults', { rate: 1, statuses: [503], retryAfterSeconds: 60 });
      await fieldById(page, '2.termijn').fill(text);
      await waitForPending(page, 1);
      await harness.control('faults');
      // The page that wrote it is gone: only the reloaded page can send it.
      await page.reload();
      await fieldById(page, '2.termijn').waitFor();
      await outboxEmpty(page, 30_000);
      expect(textOf(await storedTraject(harness.richTrajectId), '2.termijn')).toEqual([text]);
      expect(errors).toEqual([]);
    } finally {
      await harness.control('faults');
      await context.close();
    }
  }, 120_000);
});
