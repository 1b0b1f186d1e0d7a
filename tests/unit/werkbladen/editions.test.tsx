// @vitest-environment jsdom
/**
 * Every question of every bouwsteen of the real editions renders an editor whose accessible name is
 * the question itself (the prompt, not the short label), and together the editions use every kind.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  getEdition,
  questionKinds,
  questionsOfBouwsteen,
  type EditionId,
  type QuestionKind,
} from '../../../shared/content/index.ts';
import { questionDomId } from '../../../tab/features/werkbladen/Question.tsx';
import { cleanupWerkbladen, renderWerkbladen, type Rendered } from './harness.tsx';

let r: Rendered | undefined;
afterEach(() => {
  cleanupWerkbladen(r);
  r = undefined;
});

const seen = new Set<QuestionKind>();
/** The roles an editor takes: one field, a group of fields, or a table box that scrolls. */
const editorRoles = ['textbox', 'group', 'region'] as const;

describe.each<EditionId>(['sgg', 'kwaliteitsmodel'])('the %s edition', (editie) => {
  const edition = getEdition(editie);
  it.each(edition.bouwstenen.map((b) => [b.id, b] as const))(
    'bouwsteen %s: an editor per question, named by it',
    async (id, bouwsteen) => {
      r = await renderWerkbladen({ editie, route: `werkbladen/${id}` });
      await screen.findByRole('heading', { level: 2, name: bouwsteen.title });
      for (const { question } of questionsOfBouwsteen(bouwsteen)) {
        const article = document.getElementById(questionDomId(question.id));
        expect(article, question.id).not.toBeNull();
        if (article === null) continue;
        const editors = editorRoles.flatMap((role) =>
          within(article).queryAllByRole(role, { name: question.prompt }),
        );
        expect(editors.length, `${question.id} (${question.input.kind})`).toBeGreaterThan(0);
        seen.add(question.input.kind);
      }
    },
  );
});

describe('the editions together', () => {
  it('use every kind of question, so each editor was rendered above', () => {
    expect([...seen].sort()).toEqual([...questionKinds].sort());
  });
});
