import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../shared/application/context.ts';
import { recordKey } from '../../../shared/application/changes.ts';
import { saveAnswer } from '../../../shared/application/use-cases/antwoorden.ts';
import {
  addMeting,
  removeIndicator,
  removePartner,
  saveActie,
  saveActiviteit,
  saveIndicator,
  savePartner,
} from '../../../shared/application/use-cases/records.ts';
import {
  createTraject,
  listTrajecten,
  openTraject,
  switchEdition,
} from '../../../shared/application/use-cases/trajecten.ts';
import { AnswerValueSchema } from '../../../shared/domain/answer.ts';
import { isKompasError, type KompasError } from '../../../shared/domain/errors.ts';
import { TrajectIdSchema } from '../../../shared/domain/ids.ts';
import { antwoordId } from '../../../shared/domain/model.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';
import { network, settle } from './fakes.ts';
import { anAnswer, aTraject, editions, rig, textAnswer, trajectId, type Rig } from './fixtures.ts';

const anna = 'anna@voorbeeldstad.nl';

async function app(): Promise<{ r: Rig; ctx: AppContext }> {
  const r = await rig();
  const ctx: AppContext = {
    repository: r.repository,
    get outbox() {
      return r.outbox;
    },
    clock: r.scheduler.clock,
    ids: new SequenceIds({ prefix: 'nieuw' }),
    user: { upn: anna },
    edition: (id) => editions[id],
  };
  return { r, ctx };
}

/** Runs `act` and returns the Validation error it must throw. */
async function validationError(act: () => Promise<unknown>): Promise<KompasError> {
  try {
    await act();
  } catch (error) {
    if (isKompasError(error, 'Validation')) return error;
    throw error;
  }
  throw new Error('expected a Validation error');
}

const traject = { id: trajectId, editie: 'sgg' } as const;

describe('trajecten', () => {
  it('lists the trajecten by name, with the load problems', async () => {
    const { r, ctx } = await app();
    await r.memory.save('traject', aTraject({ id: TrajectIdSchema.parse('traject-0002'), naam: 'Armoede' }));
    await r.memory.save('traject', aTraject({ id: TrajectIdSchema.parse('traject-0003'), naam: 'Zorg' }));
    const { trajecten, problems } = await listTrajecten(ctx);
    expect(trajecten.map((t) => t.naam)).toEqual([
      'Armoede',
      'Samen tegen grensoverschrijdend gedrag',
      'Zorg',
    ]);
    expect(problems).toEqual([]);
  });

  it('creates a traject with a new id, now as aangemaakt and the user as its maker, through the outbox', async () => {
    const { r, ctx } = await app();
    r.scheduler.clock.set('2026-03-03T08:30:00.000Z');
    const created = await createTraject(ctx, {
      naam: 'Schoolverzuim',
      gemeente: 'Voorbeeldstad',
      editie: 'algemeen',
    });
    expect(created).toMatchObject({
      id: 'nieuw-000001',
      naam: 'Schoolverzuim',
      editie: 'algemeen',
      vraagstuk: '',
      aangemaakt: '2026-03-03T08:30:00.000Z',
      aangemaaktDoor: anna,
    });
    await settle();
    expect((await r.memory.openTraject(created.id)).traject.naam).toBe('Schoolverzuim');
  });

  it('refuses a traject without a name, with an unknown edition or with fields it does not know', async () => {
    const { ctx } = await app();
    const error = await validationError(() =>
      createTraject(ctx, { naam: '  ', gemeente: 'Voorbeeldstad', editie: 'onbekend', kleur: 'rood' }),
    );
    const issues = error.issues.join('\n');
    expect(issues).toMatch(/^naam: /m);
    expect(issues).toMatch(/^editie: /m);
    expect(issues).toMatch(/kleur/);
  });

  it('opens a traject with its progress and warnings', async () => {
    const { r, ctx } = await app();
    await r.memory.save('antwoord', textAnswer('2.ambitie', 'Alle jongeren veilig'));
    const ambities = ['Veilig', 'Gezond', 'Kansrijk', 'Gelukkig'].map((text, i) => ({ id: `a${i}`, text }));
    await r.memory.save(
      'antwoord',
      anAnswer('1B.ambities', AnswerValueSchema.parse({ kind: 'list', items: ambities })),
    );
    const opened = await openTraject(ctx, trajectId);

    expect(opened.edition.id).toBe('sgg');
    expect(opened.snapshot?.antwoorden).toHaveLength(2);
    expect(opened.unsaved).toEqual([]);
    expect(opened.overzicht.progress.required).toBe(5);
    expect(opened.overzicht.progress.answered).toBe(2);
    expect(opened.overzicht.progress.state.status).toBe('bezig');
    expect(opened.overzicht.warnings.map((w) => w.code)).toContain('listOverSoftMax');
  });

  it('shows unsaved changes on top of what is stored (after a reload they are still there)', async () => {
    const { r, ctx } = await app();
    const stored = await r.memory.save('antwoord', textAnswer('2.ambitie', 'oud'));
    r.repository.failNext({ error: network() });
    await saveAnswer(ctx, {
      traject,
      questionId: '2.ambitie',
      value: { kind: 'text', text: 'nieuw, nog niet opgeslagen' },
      previous: stored,
    });
    await settle();
    r.repository.failNext({ error: network() }); // still offline in the new page
    await r.reload();

    const opened = await openTraject(ctx, trajectId);
    const view = opened.view.antwoorden.find((a) => a.questionId === '2.ambitie');
    expect(view?.value).toEqual({ kind: 'text', text: 'nieuw, nog niet opgeslagen' });
    // The version the edit applies to stays the stored one, so editing on continues the same change.
    expect(view?.version).toBe(stored.version);
    expect(opened.unsaved).toHaveLength(1);
  });

  it('opens a traject whose creation is still waiting in the outbox', async () => {
    const { r, ctx } = await app();
    r.repository.failNext({ error: network() });
    const created = await createTraject(ctx, {
      naam: 'Offline begonnen',
      gemeente: 'Voorbeeldstad',
      editie: 'sgg',
    });
    await settle();
    const opened = await openTraject(ctx, created.id);
    expect(opened.snapshot).toBeUndefined();
    expect(opened.view.traject).toMatchObject({ naam: 'Offline begonnen', version: undefined });
    expect(opened.overzicht.progress.answered).toBe(0);
  });

  it('passes NotFound on for a traject that is nowhere', async () => {
    const { ctx } = await app();
    await expect(openTraject(ctx, TrajectIdSchema.parse('traject-9999'))).rejects.toMatchObject({
      code: 'NotFound',
    });
  });

  it('switches the edition and nothing else; answers stay, and those the edition lacks are named', async () => {
    const { r, ctx } = await app();
    const stored = (await r.memory.openTraject(trajectId)).traject;
    await r.memory.save('antwoord', textAnswer('2.ambitie', 'blijft'));
    const doelgroepen = await r.memory.save(
      'antwoord',
      textAnswer('2.doelgroepen', 'verborgen maar bewaard'),
    );
    const antwoorden = (await r.memory.openTraject(trajectId)).antwoorden;

    const { traject: switched, hidden } = await switchEdition(ctx, {
      traject: stored,
      editie: 'algemeen',
      antwoorden,
    });
    await settle();
    expect(hidden).toEqual(['2.doelgroepen']);
    const after = await r.memory.openTraject(trajectId);
    const { version: _v1, ...before } = stored;
    const { version: _v2, ...now } = after.traject;
    expect(now).toEqual({ ...before, editie: 'algemeen' });
    expect(switched.editie).toBe('algemeen');
    expect(after.antwoorden.map((a) => a.questionId).sort()).toEqual(['2.ambitie', '2.doelgroepen']);
    expect(after.antwoorden.find((a) => a.id === doelgroepen.id)?.version).toBe(doelgroepen.version);
  });

  it('does nothing when switching to the same edition, and refuses an unknown one', async () => {
    const { r, ctx } = await app();
    const stored = (await r.memory.openTraject(trajectId)).traject;
    await switchEdition(ctx, { traject: stored, editie: 'sgg' });
    await settle();
    expect(r.repository.calls).toEqual([]);
    await validationError(() => switchEdition(ctx, { traject: stored, editie: 'nji-2030' }));
  });
});

describe('saveAnswer', () => {
  it('builds the answer (id per traject and question, revisie + 1, author, time) and saves it', async () => {
    const { r, ctx } = await app();
    const stored = await r.memory.save('antwoord', textAnswer('2.ambitie', 'eerste', { revisie: 4 }));
    r.scheduler.clock.set('2026-03-04T12:00:00.000Z');
    const answer = await saveAnswer(ctx, {
      traject,
      questionId: '2.ambitie',
      value: { kind: 'text', text: 'tweede' },
      previous: stored,
    });
    expect(answer).toEqual({
      id: antwoordId(trajectId, '2.ambitie'),
      trajectId,
      questionId: '2.ambitie',
      value: { kind: 'text', text: 'tweede' },
      auteur: anna,
      gewijzigd: '2026-03-04T12:00:00.000Z',
      revisie: 5,
    });
    await settle();
    expect(r.repository.calls[0]?.expected).toBe(stored.version);
    expect(r.outbox.state(recordKey('antwoord', answer.id)).status).toBe('saved');
    const { version: _version, ...kept } = (await r.memory.openTraject(trajectId)).antwoorden[0] ?? {};
    expect(kept).toEqual(answer);
  });

  it('accepts a list answer for a list question', async () => {
    const { ctx } = await app();
    const answer = await saveAnswer(ctx, {
      traject,
      questionId: '2.resultaten',
      value: { kind: 'list', items: [{ id: 'r1', text: 'Minder schooluitval' }] },
    });
    expect(answer.revisie).toBe(1);
  });

  it.each([
    ['a question the edition does not have', '2.onbekend', { kind: 'text', text: 'x' }, /questionId/],
    ['a question answered by records', '2.indicatoren', { kind: 'text', text: 'x' }, /records/],
    ['a value of another kind', '2.ambitie', { kind: 'list', items: [] }, /expected text, got list/],
    ['a malformed value', '2.ambitie', { kind: 'text', text: 42 }, /text/],
    ['a question of another edition', '2.doelgroepen', { kind: 'text', text: 'x' }, /algemeen/],
  ])('refuses %s', async (_what, questionId, value, issue) => {
    const { r, ctx } = await app();
    const editie = questionId === '2.doelgroepen' ? 'algemeen' : 'sgg';
    const error = await validationError(() =>
      saveAnswer(ctx, { traject: { id: trajectId, editie }, questionId, value }),
    );
    expect(error.issues.join('\n')).toMatch(issue);
    expect(r.outbox.pending()).toEqual([]);
  });
});

describe('records', () => {
  it('gives a new partner an id and saves it; an edit carries the version it is based on', async () => {
    const { r, ctx } = await app();
    const partner = await savePartner(ctx, { trajectId, organisatie: 'GGD', rollen: ['regie'] });
    expect(partner).toMatchObject({ id: 'nieuw-000001', organisatie: 'GGD', rollen: ['regie'], email: '' });
    await settle();
    const stored = (await r.memory.openTraject(trajectId)).partners[0];
    if (stored === undefined) throw new Error('partner not stored');

    await savePartner(ctx, { ...stored, organisatie: 'GGD Hollands Midden' });
    await settle();
    expect(r.repository.calls[1]?.expected).toBe(stored.version);
    expect((await r.memory.openTraject(trajectId)).partners.map((p) => p.organisatie)).toEqual([
      'GGD Hollands Midden',
    ]);
  });

  it('refuses invalid records with the issues per field', async () => {
    const { ctx } = await app();
    const error = await validationError(() => savePartner(ctx, { trajectId, email: 'geen-adres' }));
    expect(error.issues.join('\n')).toMatch(/^organisatie: /m);
    expect(error.issues.join('\n')).toMatch(/^email: /m);
    const versionOnly = await validationError(() =>
      savePartner(ctx, { trajectId, organisatie: 'GGD', version: 'mem-1' }),
    );
    expect(versionOnly.issues).toEqual(['version: given without an id']);
  });

  it('adds a meting as a new record, never over an existing one', async () => {
    const { ctx } = await app();
    const meting = await addMeting(ctx, {
      trajectId,
      indicatorId: 'indicator-0001',
      datum: '2026-03-01',
      waarde: 12,
    });
    expect(meting).toMatchObject({ id: 'nieuw-000001', waarde: 12, toelichting: '' });
    await validationError(() =>
      addMeting(ctx, { id: 'meting-0001', trajectId, indicatorId: 'indicator-0001', datum: '2026-03-01' }),
    );
  });

  it('saves an activiteit and refuses one on an unknown level', async () => {
    const { ctx } = await app();
    const activiteit = await saveActiviteit(ctx, {
      trajectId,
      naam: 'Weerbaarheidstraining',
      niveau: 'preventie',
    });
    expect(activiteit).toMatchObject({ id: 'nieuw-000001', resultaten: [], veranderverhaal: [] });
    const error = await validationError(() =>
      saveActiviteit(ctx, { trajectId, naam: 'Iets', niveau: 'heel-intensief' }),
    );
    expect(error.issues.join('\n')).toMatch(/^niveau: /m);
  });

  it('stamps a new actie with now and keeps the stamp of an existing one', async () => {
    const { r, ctx } = await app();
    r.scheduler.clock.set('2026-03-05T10:00:00.000Z');
    const herkomst = { soort: 'bouwsteen', bouwsteen: '2' } as const;
    const actie = await saveActie(ctx, { trajectId, tekst: 'Plan de reflectie', herkomst });
    expect(actie.aangemaakt).toBe('2026-03-05T10:00:00.000Z');
    r.scheduler.clock.set('2026-04-01T10:00:00.000Z');
    const edited = await saveActie(ctx, { ...actie, status: 'afgerond' });
    expect(edited.aangemaakt).toBe('2026-03-05T10:00:00.000Z');
  });

  it('removes an indicator with its metingen, and a partner by its version', async () => {
    const { r, ctx } = await app();
    const indicator = await saveIndicator(ctx, { trajectId, soort: 'indicator', naam: 'Schoolverzuim' });
    const meting = await addMeting(ctx, {
      trajectId,
      indicatorId: indicator.id,
      datum: '2026-03-01',
      waarde: 3,
    });
    await savePartner(ctx, { trajectId, organisatie: 'Politie' });
    await settle();
    const before = await r.memory.openTraject(trajectId);
    expect(before.metingen.map((m) => m.id)).toEqual([meting.id]);

    const [storedIndicator, storedPartner] = [before.indicatoren[0], before.partners[0]];
    if (storedIndicator === undefined || storedPartner === undefined) throw new Error('records not stored');
    await removeIndicator(ctx, storedIndicator, before.metingen);
    await removePartner(ctx, storedPartner);
    await settle();
    const after = await r.memory.openTraject(trajectId);
    expect([after.indicatoren, after.metingen, after.partners]).toEqual([[], [], []]);
  });
});
