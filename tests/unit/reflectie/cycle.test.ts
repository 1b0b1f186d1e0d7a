import { describe, expect, it } from 'vitest';
import {
  actionsFromVerbeteren,
  answerReflectieQuestion,
  finishReflectie,
  reviewPreviousActions,
  startReflectie,
  verbeterSuggesties,
} from '../../../shared/application/reflectie/cycle.ts';
import { isKompasError, type KompasError } from '../../../shared/domain/errors.ts';
import { verbeterSuggesties as suggestiesUit } from '../../../shared/domain/reflectie/actions.ts';
import { text } from '../../../shared/testing/builders.ts';
import { testContext } from './fakes.ts';
import { cycle, partnership, vorigeId } from './traject.ts';

const { traject } = partnership().build();

/** Runs `action`, expects a Validation error and returns its issues. */
async function refused(action: () => Promise<unknown>): Promise<readonly string[]> {
  const error: unknown = await action().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isKompasError(error, 'Validation'), String(error)).toBe(true);
  return (error as KompasError).issues;
}

describe('startReflectie', () => {
  it('snapshots every indicator of the bouwsteen as it stood on the date', async () => {
    const ctx = testContext();
    const records = partnership().build();
    const { reflectie } = await startReflectie(ctx, {
      traject,
      records,
      form: { bouwstenen: ['2'], datum: '2027-01-04', deelnemers: ['partner-ggd', ' Wethouder Jansen '] },
    });
    expect(reflectie).toMatchObject({
      status: 'bezig',
      bouwstenen: ['2'],
      datum: '2027-01-04',
      deelnemers: ['partner-ggd', 'Wethouder Jansen'],
    });
    // The 9 of February is not yet known on 4 January; the 3-A indicator belongs to another bouwsteen.
    expect(reflectie.indicatorStanden).toEqual([
      { indicatorId: 'ind-meldingen', waarde: 10, datum: '2026-12-01' },
      { indicatorId: 'ind-signaal', datum: '2026-11-01' },
      { indicatorId: 'ind-nieuw' },
    ]);
    expect(ctx.outbox.saved('reflectie')).toEqual([reflectie]);
  });

  it('starts with the actions of the previous cycle and how far they got', async () => {
    const ctx = testContext();
    const records = partnership().build();
    const { reviews } = await startReflectie(ctx, {
      traject,
      records,
      form: { bouwstenen: ['2'], datum: '2027-01-05' },
    });
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expect(review?.vorige?.id).toBe(vorigeId);
    expect(review?.acties.map((a) => [a.actie.id, a.actie.status, a.verlopen])).toEqual([
      ['actie-scholen', 'open', true],
      ['actie-folder', 'bezig', false],
      ['actie-training', 'afgerond', false],
    ]);
    expect(review?.telling).toEqual({ open: 1, bezig: 1, afgerond: 1, vervallen: 0 });
  });

  it('refuses a date after today, an unknown or reflection-less bouwsteen, and none at all; nothing is kept', async () => {
    const ctx = testContext();
    const records = partnership().build();
    const start = (form: object) => () => startReflectie(ctx, { traject, records, form });
    expect(await refused(start({ bouwstenen: ['2'], datum: '2027-01-06' }))).toEqual([
      'reflectie.validation.datumInToekomst',
    ]);
    expect(await refused(start({ bouwstenen: ['1A'], datum: '2027-01-04' }))).toEqual([
      'reflectie.validation.bouwsteenZonderReflectie',
    ]);
    expect(await refused(start({ bouwstenen: [], datum: '2027-01-04' }))).toEqual([
      'reflectie.validation.geenBouwsteen',
    ]);
    expect(await refused(start({ bouwstenen: ['9'], datum: '2027-01-04' }))).toHaveLength(1);
    expect(ctx.outbox.changes).toEqual([]);
  });

  it('counts "today" in Amsterdam: at 23:30 UTC on 4 January it is already the 5th', async () => {
    const ctx = testContext('2027-01-04T23:30:00Z');
    const { reflectie } = await startReflectie(ctx, {
      traject,
      records: partnership().build(),
      form: { bouwstenen: ['2'], datum: '2027-01-05' },
    });
    expect(reflectie.datum).toBe('2027-01-05');
  });
});

describe('answerReflectieQuestion', () => {
  it('stores the answer in this cycle and leaves the previous cycle as it was', async () => {
    const ctx = testContext();
    const records = partnership().build();
    const vorige = records.reflecties.find((r) => r.id === vorigeId)!;
    const reflectie = await answerReflectieQuestion(ctx, {
      traject,
      reflectie: cycle({ status: 'gepland' }),
      questionId: '2.lv.herkennen',
      value: text('Het aantal meldingen daalt.'),
    });
    expect(reflectie.status).toBe('bezig');
    expect(reflectie.antwoorden['2.lv.herkennen']).toEqual(text('Het aantal meldingen daalt.'));
    expect(vorige.antwoorden['2.lv.herkennen']).toEqual(text('We zien meer meldingen dan vorig jaar.'));
    expect(ctx.outbox.changes.map((c) => (c.op === 'save' ? c.entity.id : c.id))).toEqual(['reflectie-nu']);
  });

  it('refuses questions outside the cycle, answers of the wrong kind, and records', async () => {
    const ctx = testContext();
    const answer =
      (questionId: string, value: unknown, reflectie = cycle()) =>
      () =>
        answerReflectieQuestion(ctx, { traject, reflectie, questionId, value });
    const notInCycle = ['reflectie.validation.vraagNietInReflectie'];
    const wrongKind = ['reflectie.validation.verkeerdeAntwoordsoort'];
    expect(await refused(answer('3A.lv.herkennen', text('x')))).toEqual(notInCycle);
    // Answered once, not every cycle.
    expect(await refused(answer('2.lv.afspraken', { kind: 'frequency' }))).toEqual(notInCycle);
    expect(await refused(answer('2.lv.herkennen', { kind: 'list', items: [] }))).toEqual(wrongKind);
    expect(await refused(answer('2.lv.herkennen', 'platte tekst'))).toEqual(wrongKind);
    const samenwerking = cycle({ bouwstenen: ['0B'] });
    expect(await refused(answer('0B.lv.acties', { kind: 'text', text: 'x' }, samenwerking))).toEqual(
      wrongKind,
    );
    expect(await refused(answer('0B.lv.cijfers', { kind: 'grades', entries: [] }, samenwerking))).toEqual(
      wrongKind,
    );
    expect(ctx.outbox.changes).toEqual([]);
  });
});

describe('finishReflectie', () => {
  it('closes the cycle with the time it was closed', async () => {
    const ctx = testContext();
    const reflectie = await finishReflectie(ctx, { reflectie: cycle() });
    expect(reflectie).toMatchObject({ status: 'afgerond', afgerondOp: '2027-01-05T09:15:00.000Z' });
    expect(ctx.outbox.saved('reflectie')).toEqual([reflectie]);
  });

  it('keeps a finished cycle as it is: every later edit is refused and nothing is kept', async () => {
    const ctx = testContext();
    const finished = cycle({ status: 'afgerond', afgerondOp: '2027-01-04T17:00:00+01:00' });
    const afgerond = ['reflectie.validation.afgerond'];
    expect(await refused(() => finishReflectie(ctx, { reflectie: finished }))).toEqual(afgerond);
    expect(
      await refused(() =>
        answerReflectieQuestion(ctx, {
          traject,
          reflectie: finished,
          questionId: '2.lv.herkennen',
          value: text('x'),
        }),
      ),
    ).toEqual(afgerond);
    expect(ctx.outbox.changes).toEqual([]);
  });
});

describe('verbeteracties from Verbeteren', () => {
  it('suggests one action per line or bullet of the answer', () => {
    expect(suggestiesUit('- Gesprek met de scholen\n• Training voor mentoren\r\n\n2) Folder\n  ')).toEqual([
      'Gesprek met de scholen',
      'Training voor mentoren',
      'Folder',
    ]);
    expect(suggestiesUit('Eén actie, in één zin.')).toEqual(['Eén actie, in één zin.']);
    const reflectie = cycle({ antwoorden: { '2.lv.verbeteren': text('1. Bellen\n2. Mailen') } });
    expect(verbeterSuggesties(testContext(), { traject, reflectie, bouwsteen: '2' })).toEqual([
      'Bellen',
      'Mailen',
    ]);
    // 0-B has no Verbeteren step on its sheet.
    expect(verbeterSuggesties(testContext(), { traject, reflectie, bouwsteen: '0B' })).toEqual([]);
  });

  it('creates owned actions that point back to the cycle and its bouwsteen', async () => {
    const ctx = testContext();
    const acties = await actionsFromVerbeteren(ctx, {
      reflectie: cycle(),
      bouwsteen: '2',
      acties: [
        { tekst: ' Gesprek met de scholen ', eigenaar: 'partner-ggd', deadline: '2027-03-01' },
        { tekst: '   ' },
        { tekst: 'Training voor mentoren' },
      ],
    });
    expect(acties.map((a) => [a.tekst, a.eigenaar, a.deadline, a.status])).toEqual([
      ['Gesprek met de scholen', 'partner-ggd', '2027-03-01', 'open'],
      ['Training voor mentoren', '', undefined, 'open'],
    ]);
    for (const actie of acties) {
      expect(actie.herkomst).toEqual({ soort: 'reflectie', reflectieId: 'reflectie-nu', bouwsteen: '2' });
      expect(actie.aangemaakt).toBe('2027-01-05T09:15:00.000Z');
    }
    expect(ctx.outbox.saved('actie')).toEqual(acties);
    expect(ctx.outbox.saved('reflectie')).toEqual([]);
  });

  it('works on a finished cycle without changing it', async () => {
    const ctx = testContext();
    const finished = cycle({ status: 'afgerond', afgerondOp: '2027-01-04T17:00:00+01:00' });
    await actionsFromVerbeteren(ctx, { reflectie: finished, bouwsteen: '2', acties: [{ tekst: 'Bellen' }] });
    expect(ctx.outbox.changes.map((c) => c.kind)).toEqual(['actie']);
  });

  it('refuses another bouwsteen, no actions, and a deadline before the cycle; nothing is kept', async () => {
    const ctx = testContext();
    const make = (bouwsteen: string, acties: unknown) => () =>
      actionsFromVerbeteren(ctx, { reflectie: cycle(), bouwsteen, acties });
    expect(await refused(make('3A', [{ tekst: 'x' }]))).toEqual([
      'reflectie.validation.bouwsteenNietInReflectie',
    ]);
    expect(await refused(make('2', [{ tekst: ' ' }]))).toEqual(['reflectie.validation.geenActies']);
    expect(await refused(make('2', [{ tekst: 'x', deadline: '2027-01-03' }]))).toEqual([
      'reflectie.validation.deadlineVoorReflectie',
    ]);
    expect(ctx.outbox.changes).toEqual([]);
  });
});

describe('reviewPreviousActions', () => {
  it('finds the previous cycle relative to the one being held, not a later one', () => {
    const records = partnership()
      .withReflectie({ id: 'reflectie-later', bouwstenen: ['2'], datum: '2027-03-01', status: 'afgerond' })
      .build();
    const review = reviewPreviousActions(testContext(), { records, bouwsteen: '2', reflectie: cycle() });
    expect(review.vorige?.id).toBe(vorigeId);
    expect(review.acties.map((a) => a.actie.id)).toEqual(['actie-scholen', 'actie-folder', 'actie-training']);
    // Without a cycle in hand, the latest finished one is "previous" (and it produced no actions).
    const latest = reviewPreviousActions(testContext(), { records, bouwsteen: '2' });
    expect(latest.vorige?.id).toBe('reflectie-later');
    expect(latest.acties).toEqual([]);
  });

  it('has nothing to review before the first finished cycle', () => {
    const review = reviewPreviousActions(testContext(), { records: partnership().build(), bouwsteen: '3A' });
    expect(review).toMatchObject({ bouwsteen: '3A', vorige: undefined, acties: [] });
  });
});
