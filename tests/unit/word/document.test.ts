import { describe, expect, it } from 'vitest';
import { recordKey, saveAnswer, type Conflict } from '../../../shared/application/index.ts';
import { getEdition } from '../../../shared/content/index.ts';
import { editionIds } from '../../../shared/content/schema.ts';
import { toFlatOpc } from '../../../shared/document/ooxml.ts';
import {
  renderKompas,
  type DocumentSelection,
  type DocumentSnapshot,
} from '../../../shared/document/render.ts';
import { antwoordId, type Answer } from '../../../shared/domain/model.ts';
import { list } from '../../../shared/testing/builders.ts';
import { fillControls } from '../../../word-addin/host/office/fill-controls.ts';
import { insertTemplate } from '../../../word-addin/host/office/insert-template.ts';
import { readControls } from '../../../word-addin/host/office/read-controls.ts';
import { Baseline } from '../../../word-addin/features/document/baseline.ts';
import {
  controlCatalog,
  controlsOfDocument,
  findIssues,
} from '../../../word-addin/features/document/controls.ts';
import { planFill, rememberFill, type FillInput } from '../../../word-addin/features/document/fill-plan.ts';
import { planWriteBack, rememberSaved } from '../../../word-addin/features/document/write-back.ts';
import { FakeWord } from './fake-word.ts';
import { settled } from '../support/world.ts';
import { COLLEGA, makeWorld, type World } from './world.ts';

const sgg = getEdition('sgg');

async function insert(word: FakeWord, selection: DocumentSelection, snapshot?: DocumentSnapshot) {
  const doc = renderKompas({
    edition: sgg,
    selection,
    ...(snapshot === undefined ? {} : { snapshot }),
    options: { guidance: 'omit' },
  });
  return insertTemplate(word, toFlatOpc(doc));
}

async function fill(world: World, word: FakeWord, baseline: Baseline, force = false) {
  const opened = await world.open();
  const input: FillInput = { edition: opened.edition, snapshot: opened.view, baseline, force };
  word.resetCounts();
  const { plan } = await fillControls(word, (controls) => planFill(input, controls));
  rememberFill(input, plan);
  return plan;
}

async function check(world: World, word: FakeWord, baseline: Baseline) {
  const opened = await world.open();
  word.resetCounts();
  const controls = await readControls(word);
  return planWriteBack(
    { edition: sgg, trajectId: world.trajectId, antwoorden: opened.view.antwoorden, baseline },
    controls,
  );
}

/** Someone else changes an answer in Teams meanwhile. */
async function changeInTeams(world: World, questionId: string, value: Answer['value']) {
  const snapshot = await world.repository.openTraject(world.trajectId);
  const stored = snapshot.antwoorden.find((a) => a.questionId === questionId);
  if (stored === undefined) throw new Error(`no answer to ${questionId}`);
  const { version, ...answer } = stored;
  await world.repository.save(
    'antwoord',
    { ...answer, value, auteur: COLLEGA, revisie: stored.revisie + 1, gewijzigd: '2026-03-02T11:00:00.000Z' },
    version,
  );
}

describe('the control catalogue', () => {
  it.each(editionIds)('knows exactly the controls the renderer makes for the %s edition', (id) => {
    const edition = getEdition(id);
    const rendered = [
      ...controlsOfDocument(
        renderKompas({ edition, selection: { kind: 'kompas' }, options: { guidance: 'omit' } }),
      ).keys(),
    ].map((tag) => tag.replace(/^kompas:blanco:/, ''));
    expect([...controlCatalog(edition).keys()].sort()).toEqual([...rendered].sort());
  });
});

describe('filling the document', () => {
  it('fills every control from the traject in at most 3 syncs and reports what has no answer', async () => {
    const world = await makeWorld();
    const word = new FakeWord();
    await insert(word, { kind: 'kompas' });
    const plan = await fill(world, word, new Baseline());

    expect(word.runs).toEqual([2]);
    console.log(`word.fill.sgg-kompas.controls: ${String(word.controls.length)} controls`);
    console.log(`word.fill.sgg-kompas.syncs: ${String(word.lastRunSyncs)} syncs`);

    const t = world.trajectId;
    expect(word.textOf(`kompas:${t}:0A.vraagstuk`)).toBe(
      'Grensoverschrijdend gedrag op scholen neemt toe.\rVooral online.',
    );
    expect(word.textOf(`kompas:${t}:1A.zorgen`)).toBe('Sexting onder jongeren\rWeinig meldingen');
    expect(word.textOf(`kompas:${t}:3A.verantwoordelijk`)).toBe('De GGD');
    expect(word.textOf(`kompas:${t}:4.eigen-rol#uitvoerendePraktijk`)).toBe('Signaleren en bespreken');
    // The partner overview is made of records: written as structured content, still locked.
    expect(word.control(`kompas:${t}:0A.partners`).ooxml).toContain('GGD Voorbeeldstad');
    expect(word.control(`kompas:${t}:0A.partners`).cannotEdit).toBe(true);
    // The blank template's controls are this traject's now.
    expect(word.controls.every((c) => !c.tag.startsWith('kompas:blanco:'))).toBe(true);

    expect(plan.filled.map((c) => c.key).sort()).toEqual(
      [
        '0A.partners',
        '0A.vraagstuk',
        '1A.zorgen',
        '3A.verantwoordelijk',
        '4.eigen-rol#uitvoerendePraktijk',
      ].sort(),
    );
    expect(plan.empty.map((c) => c.key)).toContain('2.ambitie');
    expect(plan.empty.find((c) => c.key === '4.eigen-rol#financierBeleid')?.title).toBe(
      'Kwaliteit vanuit onze eigen rol: Financier/beleid',
    );
    expect(plan.filled.length + plan.empty.length).toBe(word.controls.length);
  });

  it('needs the same number of syncs for one sheet as for the whole kompas', async () => {
    const world = await makeWorld();
    const word = new FakeWord();
    await insert(word, { kind: 'sheet', id: '3A/monitoren' });
    await fill(world, word, new Baseline());
    expect(word.runs).toEqual([2]);
  });

  it('does not overwrite text typed in Word without asking, and does when told to', async () => {
    const world = await makeWorld();
    const word = new FakeWord();
    const baseline = new Baseline();
    await insert(word, { kind: 'bouwsteen', id: '0A' });
    await fill(world, word, baseline);
    const tag = `kompas:${world.trajectId}:0A.vraagstuk`;
    word.typeInto(tag, 'Mijn eigen formulering');

    const blocked = await fill(world, word, baseline);
    expect(blocked.blocked).toBe(true);
    expect(blocked.writes).toHaveLength(0);
    expect(blocked.atRisk.map((c) => c.key)).toEqual(['0A.vraagstuk']);
    expect(blocked.atRisk[0]?.word).toBe('Mijn eigen formulering');
    expect(word.textOf(tag)).toBe('Mijn eigen formulering');

    await fill(world, word, baseline, true);
    expect(word.textOf(tag)).toContain('Grensoverschrijdend gedrag');
  });

  it('updates text Kompas itself put there when the answer changed in Teams, without asking', async () => {
    const world = await makeWorld();
    const word = new FakeWord();
    const baseline = new Baseline();
    await insert(word, { kind: 'bouwsteen', id: '0A' });
    await fill(world, word, baseline);
    await changeInTeams(world, '0A.vraagstuk', { kind: 'text', text: 'Nieuwe analyse' });

    const plan = await fill(world, word, baseline);
    expect(plan.blocked).toBe(false);
    expect(word.textOf(`kompas:${world.trajectId}:0A.vraagstuk`)).toBe('Nieuwe analyse');
  });
});

describe('writing back', () => {
  async function filledWorld() {
    const world = await makeWorld();
    const word = new FakeWord();
    const baseline = new Baseline();
    await insert(word, { kind: 'kompas' });
    await fill(world, word, baseline);
    return { world, word, baseline, tag: (key: string) => `kompas:${world.trajectId}:${key}` };
  }

  it('saves only the answers edited in Word, through the outbox', async () => {
    const { world, word, baseline, tag } = await filledWorld();
    word.typeInto(tag('0A.vraagstuk'), 'Gedrag op scholen\rVooral online en op straat');
    word.typeInto(tag('4.eigen-rol#financierBeleid'), 'Budget voor voorlichting');
    word.typeInto(tag('2.ambitie'), 'Alle jongeren voelen zich veilig');

    const plan = await check(world, word, baseline);
    expect(word.syncs).toBe(1);
    expect(plan.changes.map((c) => c.questionId).sort()).toEqual([
      '0A.vraagstuk',
      '2.ambitie',
      '4.eigen-rol',
    ]);
    const vraagstuk = plan.changes.find((c) => c.questionId === '0A.vraagstuk');
    expect(vraagstuk?.teams).toBe('Grensoverschrijdend gedrag op scholen neemt toe.\nVooral online.');
    expect(vraagstuk?.word).toBe('Gedrag op scholen\nVooral online en op straat');

    const opened = await world.open();
    for (const change of plan.changes) {
      await saveAnswer(world.session.ctx, {
        traject: { id: world.trajectId, editie: 'sgg' },
        questionId: change.questionId,
        value: change.value,
        previous: change.previous,
      });
      rememberSaved(baseline, change);
    }
    await settled(world.session.outbox);
    expect(world.repository.saves.map((s) => (s.entity as Answer).questionId).sort()).toEqual([
      '0A.vraagstuk',
      '2.ambitie',
      '4.eigen-rol',
    ]);
    const stored = await world.open();
    const rol = stored.view.antwoorden.find((a) => a.questionId === '4.eigen-rol');
    // The other field, not edited in Word, kept its text.
    expect(rol?.value).toEqual({
      kind: 'fields',
      fields: { uitvoerendePraktijk: 'Signaleren en bespreken', financierBeleid: 'Budget voor voorlichting' },
    });
    expect(stored.view.antwoorden.find((a) => a.questionId === '2.ambitie')?.auteur).toBe(
      'anna@voorbeeldstad.nl',
    );
    expect(opened.view.antwoorden.length).toBeLessThan(stored.view.antwoorden.length);

    // Checked again: nothing left to save.
    expect((await check(world, word, baseline)).changes).toHaveLength(0);
  });

  it('never clears answers from controls that were not filled yet', async () => {
    const world = await makeWorld();
    const word = new FakeWord();
    await insert(word, { kind: 'kompas' });
    const plan = await check(world, word, new Baseline());
    expect(plan.changes).toHaveLength(0);
  });

  it('does not write back stale text: an answer changed in Teams since filling is offered for filling', async () => {
    const { world, word, baseline } = await filledWorld();
    await changeInTeams(world, '1A.zorgen', list('Sexting onder jongeren'));
    const plan = await check(world, word, baseline);
    expect(plan.changes).toHaveLength(0);
    expect(plan.newerInTeams).toEqual([{ questionId: '1A.zorgen', title: 'Gedeelde zorgen' }]);
  });

  describe('when someone changed the same answer in Teams meanwhile', () => {
    async function conflicted() {
      const setup = await filledWorld();
      const { world, word, baseline, tag } = setup;
      await changeInTeams(world, '0A.vraagstuk', { kind: 'text', text: 'Versie van Bram' });
      word.typeInto(tag('0A.vraagstuk'), 'Versie van Anna');
      const plan = await check(world, word, baseline);
      const change = plan.changes.find((c) => c.questionId === '0A.vraagstuk');
      if (change === undefined) throw new Error('no change found');
      await saveAnswer(world.session.ctx, {
        traject: { id: world.trajectId, editie: 'sgg' },
        questionId: change.questionId,
        value: change.value,
        previous: change.previous,
      });
      await settled(world.session.outbox);
      const key = recordKey('antwoord', antwoordId(world.trajectId, '0A.vraagstuk'));
      const state = world.session.outbox.state(key);
      if (state.status !== 'conflict') throw new Error(`expected a conflict, got ${state.status}`);
      return { ...setup, key, conflict: state.conflict };
    }

    const valueOf = (conflict: Conflict, side: 'mine' | 'theirs' | 'merge') => {
      const record =
        side === 'mine' ? (conflict.mine.op === 'save' ? conflict.mine.entity : undefined) : conflict[side];
      return record !== undefined && 'value' in record ? record.value : undefined;
    };

    it('surfaces both versions: in Word and in Teams with its author', async () => {
      const { conflict } = await conflicted();
      expect(valueOf(conflict, 'mine')).toEqual({ kind: 'text', text: 'Versie van Anna' });
      expect(valueOf(conflict, 'theirs')).toEqual({ kind: 'text', text: 'Versie van Bram' });
      expect(conflict.theirs !== undefined && 'auteur' in conflict.theirs ? conflict.theirs.auteur : '').toBe(
        COLLEGA,
      );
      expect(valueOf(conflict, 'merge')).toEqual({
        kind: 'text',
        text: 'Versie van Bram\n\nVersie van Anna',
      });
    });

    it.each([
      ['mine', 'Versie van Anna'],
      ['theirs', 'Versie van Bram'],
      ['merged', 'Versie van Bram\n\nVersie van Anna'],
    ] as const)('resolves with %s', async (choice, expected) => {
      const { world, key, conflict } = await conflicted();
      const merge = conflict.merge;
      if (merge === undefined) throw new Error('no merge offered');
      await world.session.outbox.resolveConflict(key, choice === 'merged' ? { merged: merge } : choice);
      await settled(world.session.outbox);
      expect(world.session.outbox.state(key).status).not.toBe('conflict');
      const stored = await world.repository.openTraject(world.trajectId);
      const answer = stored.antwoorden.find((a) => a.questionId === '0A.vraagstuk');
      expect(answer?.value).toEqual({ kind: 'text', text: expected });
    });
  });
});

describe('copied, deleted and foreign controls', () => {
  it('finds an answer that stands twice, and says whether the copies were edited apart', async () => {
    const world = await makeWorld();
    const word = new FakeWord();
    const baseline = new Baseline();
    await insert(word, { kind: 'bouwsteen', id: '2' });
    await fill(world, word, baseline);
    const tag = `kompas:${world.trajectId}:2.termijn`;
    const copy = word.duplicate(tag);

    let issues = findIssues({ edition: sgg, controls: await readControls(word), trajectId: world.trajectId });
    expect(issues).toEqual([
      {
        kind: 'duplicate',
        key: '2.termijn',
        title: 'Wat is er over een aantal jaar anders',
        ids: [word.control(tag).id, copy.id],
        differ: false,
      },
    ]);

    word.typeInto(copy.id, 'Andere tekst in de kopie');
    issues = findIssues({ edition: sgg, controls: await readControls(word), trajectId: world.trajectId });
    expect(issues[0]).toMatchObject({ kind: 'duplicate', differ: true });
    // Copies that disagree are not guessed at.
    const plan = await check(world, word, baseline);
    expect(plan.changes.map((c) => c.questionId)).not.toContain('2.termijn');
    expect(plan.skipped.filter((s) => s.reason === 'duplicate')).toHaveLength(2);
  });

  it('finds a deleted answer of an inserted sheet, with a control of that sheet to go to', async () => {
    const word = new FakeWord();
    await insert(word, { kind: 'sheet', id: '2/maatschappelijke-resultaten' });
    word.remove('kompas:blanco:2.bereikt');
    const issues = findIssues({ edition: sgg, controls: await readControls(word), trajectId: undefined });
    expect(issues).toEqual([
      {
        kind: 'missing',
        key: '2.bereikt',
        title: 'Waaraan we zien dat het resultaat bereikt is',
        unit: 'Formuleer concrete maatschappelijke resultaten',
        near: word.control('kompas:blanco:2.ambitie').id,
      },
    ]);
  });

  it('does not call the rest of the kompas missing when one sheet was inserted', async () => {
    const word = new FakeWord();
    await insert(word, { kind: 'sheet', id: '3A/monitoren' });
    expect(findIssues({ edition: sgg, controls: await readControls(word), trajectId: undefined })).toEqual(
      [],
    );
  });

  it('keeps controls of another traject and unknown questions apart, and never fills them', async () => {
    const world = await makeWorld();
    const word = new FakeWord();
    const other = await world.open();
    await insert(
      word,
      { kind: 'sheet', id: '3A/monitoren' },
      {
        ...other.view,
        traject: { ...other.view.traject, id: 'traject-elders' as typeof other.view.traject.id },
      },
    );
    word.addForeignControl('kompas:blanco:2.bestaat-niet', 'oud');
    word.addForeignControl('gemeente:eigen-veld', 'Van de gemeente');

    const issues = findIssues({
      edition: sgg,
      controls: await readControls(word),
      trajectId: world.trajectId,
    });
    expect(
      issues.filter((i) => i.kind === 'otherTraject').map((i) => i.kind === 'otherTraject' && i.key),
    ).toContain('3A.verantwoordelijk');
    expect(issues.filter((i) => i.kind === 'unknownQuestion')).toEqual([
      {
        kind: 'unknownQuestion',
        tag: 'kompas:blanco:2.bestaat-niet',
        ids: [word.control('kompas:blanco:2.bestaat-niet').id],
      },
    ]);

    const before = word.controls.map((c) => ({ tag: c.tag, text: word.textOf(c.id) }));
    const plan = await fill(world, word, new Baseline());
    expect(plan.writes).toHaveLength(0);
    expect(plan.skipped.length).toBe(word.controls.length - 1);
    expect(word.controls.map((c) => ({ tag: c.tag, text: word.textOf(c.id) }))).toEqual(before);
  });
});
