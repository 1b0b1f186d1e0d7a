import { describe, expect, it } from 'vitest';
import { allQuestions, editionIds, findQuestion, getEdition } from '../../../shared/content/index.ts';
import { activityMatrixQuestion } from '../../../shared/domain/rules/activity-matrix.ts';
import { resolveCrossRef } from '../../../shared/domain/rules/cross-ref.ts';
import { trajectProgress } from '../../../shared/domain/rules/progress.ts';
import { agreementQuestion } from '../../../shared/domain/rules/schedule.ts';
import { warnings } from '../../../shared/domain/rules/warnings.ts';
import { aTraject } from '../../../shared/testing/builders.ts';

// The rules over the real kwaliteitskompas content: invariants only, so transcription can go on.
describe.each(editionIds)('the %s edition', (id) => {
  const edition = getEdition(id);
  const questions = allQuestions(edition);
  const today = '2026-01-15';

  it('starts a traject with nothing answered and no warnings', () => {
    const empty = aTraject({ editie: id }).build();
    const progress = trajectProgress(edition, empty, today);
    expect(progress.required).toBe(questions.filter((l) => !l.question.optional).length);
    expect(progress.required).toBeGreaterThan(0);
    expect(progress.answered).toBe(0);
    expect(progress.state).toEqual({ status: 'niet-gestart' });
    expect(warnings(edition, empty, today)).toEqual([]);
  });

  it('completes every sheet and bouwsteen when every question is answered', () => {
    const full = aTraject({ editie: id }).withAllAnswered(edition).build();
    const progress = trajectProgress(edition, full, today);
    expect(progress.answered).toBe(progress.required);
    expect(progress.state).toEqual({ status: 'afgerond' });
    for (const b of progress.bouwstenen) {
      expect([b.bouwsteen.id, b.state.status]).toEqual([b.bouwsteen.id, 'afgerond']);
      for (const s of b.sheets) expect([s.sheet.id, s.state.status]).toEqual([s.sheet.id, 'afgerond']);
    }
    expect(warnings(edition, full, today)).toEqual([]);
  });

  it('resolves every cross reference to a question of the edition', () => {
    const full = aTraject({ editie: id }).withAllAnswered(edition).build();
    for (const { question } of questions.filter((l) => l.question.crossRef)) {
      expect([question.id, resolveCrossRef(edition, question, full)?.status]).toEqual([
        question.id,
        'answered',
      ]);
    }
  });

  it('marks exactly the bouwstenen with an agreement overdue once their reflectie is late', () => {
    const full = aTraject({ editie: id }).withAllAnswered(edition).build();
    const progress = trajectProgress(edition, full, '2030-01-01');
    for (const b of progress.bouwstenen) {
      const expected = agreementQuestion(b.bouwsteen) === undefined ? 'afgerond' : 'reflectie-verlopen';
      expect([b.bouwsteen.id, b.state.status]).toEqual([b.bouwsteen.id, expected]);
    }
  });

  it('builds the activity matrix from a list question of the edition', () => {
    const matrix = activityMatrixQuestion(edition);
    if (matrix === undefined) return;
    expect(findQuestion(edition, matrix.input.resultsFrom)?.question.input.kind).toBe('list');
  });
});
