/**
 * Two people on the same answers, each in their own browser (own localStorage and outbox). B edits
 * while offline, so B's edits rest on the versions B read; A saves newer ones meanwhile. When B is
 * back online, B sees both versions and chooses: keep mine on one answer, merge on the other. The
 * store holds what B chose, nothing is overwritten before B chooses, and A's open tab shows B's
 * choice on its own poll, without a reload.
 */
import { describe, expect, it } from 'vitest';
import { newPage, outboxEmpty, shot, useHarness } from './harness.ts';
import { answerField, question, storedText } from './worksheet.ts';

const harness = useHarness();

const kept = '0B.regie';
const merged = '0B.mensen';

describe('two people editing the same answers', () => {
  it('shows B both versions, stores what B chooses, and A sees it on the next poll', async () => {
    const a = await newPage(harness);
    const b = await newPage(harness);
    try {
      // A's clock runs as usual, but the test may move it on to A's next poll instead of waiting.
      await a.context.clock.install();
      const url = `${harness.appUrl}?traject=${harness.richTrajectId}#/werkbladen/0B`;
      await Promise.all([a.page.goto(url), b.page.goto(url)]);
      for (const { page } of [a, b]) {
        await answerField(page, kept).waitFor();
        await answerField(page, merged).waitFor();
      }
      const before = await answerField(b.page, merged).inputValue();

      // B is offline: B's edits wait in B's outbox, still based on what B read.
      await b.context.setOffline(true);
      await answerField(b.page, kept).fill('B: de regie ligt bij de gemeente, team Jeugd.');
      await answerField(b.page, merged).fill(`${before}\n\nB: we vragen de scholen om een contactpersoon.`);
      for (const id of [kept, merged]) {
        await question(b.page, id).getByRole('status').filter({ hasText: 'Wacht op verbinding' }).waitFor();
      }
      await shot(b.page, 'conflict-1-b-offline');

      await answerField(a.page, kept).fill('A: de regie ligt bij de kernregiegroep.');
      await answerField(a.page, merged).fill(`A: de GGD zoekt de mensen.\n\n${before}`);
      for (const id of [kept, merged]) {
        await question(a.page, id).getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
      }
      await outboxEmpty(a.page);

      await b.context.setOffline(false);
      const keptPanel = question(b.page, kept).getByRole('group', {
        name: 'Iemand anders heeft dit tegelijk met jou gewijzigd',
      });
      const mergePanel = question(b.page, merged).getByRole('group', {
        name: 'Iemand anders heeft dit tegelijk met jou gewijzigd',
      });
      await keptPanel.waitFor();
      await mergePanel.waitFor();
      await b.page.getByText('2 wijzigingen botsen met wijzigingen van anderen.', { exact: false }).waitFor();
      // Both versions side by side, with whose the other one is.
      await keptPanel.getByRole('group', { name: 'Jouw versie' }).getByText('B: de regie ligt bij').waitFor();
      await keptPanel
        .getByRole('group', { name: /^Versie van demo@voorbeeldstad\.nl, / })
        .getByText('A: de regie ligt bij de kernregiegroep.')
        .waitFor();
      await shot(b.page, 'conflict-2-b-beide-versies');
      // Nothing is overwritten until B chooses.
      expect(await storedText(harness, kept)).toBe('A: de regie ligt bij de kernregiegroep.');

      // Round one: B keeps B's own version.
      await keptPanel.getByRole('button', { name: 'Mijn versie houden' }).click();
      await keptPanel.waitFor({ state: 'detached' });
      await question(b.page, kept).getByRole('status').filter({ hasText: 'Opgeslagen' }).waitFor();
      expect(await answerField(b.page, kept).inputValue()).toBe(
        'B: de regie ligt bij de gemeente, team Jeugd.',
      );

      // Round two: the suggested merge holds both additions; B edits it and saves it.
      const suggestion = mergePanel.getByRole('textbox', { name: 'Samengevoegde versie' });
      const offered = await suggestion.inputValue();
      expect(offered).toContain('A: de GGD zoekt de mensen.');
      expect(offered).toContain('B: we vragen de scholen om een contactpersoon.');
      // What neither changed is in the suggestion once, not once per version.
      expect(before).not.toBe('');
      expect(offered.split(before)).toHaveLength(2);
      const chosen = `${offered}\n\nSamengevoegd door B.`;
      await suggestion.fill(chosen);
      await mergePanel.getByRole('button', { name: 'Samenvoegen' }).click();
      await mergePanel.waitFor({ state: 'detached' });
      await outboxEmpty(b.page);
      expect(await answerField(b.page, merged).inputValue()).toBe(chosen);
      await shot(b.page, 'conflict-3-b-gekozen');

      expect(await storedText(harness, kept)).toBe('B: de regie ligt bij de gemeente, team Jeugd.');
      expect(await storedText(harness, merged)).toBe(chosen);

      // A's tab, left open and untouched, follows on its poll (every 15 s while visible): moved
      // on to it, so the poll timer the tab set fires now.
      await a.page.clock.fastForward(15_000);
      await expect
        .poll(() => answerField(a.page, merged).inputValue(), { timeout: 20_000, interval: 250 })
        .toBe(chosen);
      expect(await answerField(a.page, kept).inputValue()).toBe(
        'B: de regie ligt bij de gemeente, team Jeugd.',
      );
      expect(await answerField(a.page, merged).inputValue()).toBe(chosen);
      await shot(a.page, 'conflict-4-a-na-poll');
      expect([...a.errors, ...b.errors]).toEqual([]);
    } finally {
      await a.context.close();
      await b.context.close();
    }
  }, 90_000);
});
