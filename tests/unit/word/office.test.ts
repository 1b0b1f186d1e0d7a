import { describe, expect, it } from 'vitest';
import { getEdition } from '../../../shared/content/index.ts';
import { toFlatOpc } from '../../../shared/document/ooxml.ts';
import { renderKompas, type DocumentSelection } from '../../../shared/document/render.ts';
import { outsideWord, officeCapabilities } from '../../../word-addin/host/office/capabilities.ts';
import { isWordError, toWordError, WordError } from '../../../word-addin/host/office/errors.ts';
import { fillControls } from '../../../word-addin/host/office/fill-controls.ts';
import { insertTemplate } from '../../../word-addin/host/office/insert-template.ts';
import { startOffice } from '../../../word-addin/host/office/office-runtime.ts';
import { readControls } from '../../../word-addin/host/office/read-controls.ts';
import { selectControl } from '../../../word-addin/host/office/select-control.ts';
import { watchControlChanges } from '../../../word-addin/host/office/watch-changes.ts';
import { controlsOfDocument } from '../../../word-addin/features/document/controls.ts';
import { FakeOfficeError, FakeWord } from './fake-word.ts';
import { measureWordSyncs } from './sync-bench.ts';

const sgg = getEdition('sgg');

function blank(selection: DocumentSelection = { kind: 'kompas' }) {
  return renderKompas({ edition: sgg, selection, options: { guidance: 'include' } });
}

describe('insertTemplate', () => {
  it('puts every control of the whole sgg kompas in the document, in order, in at most 3 syncs', async () => {
    const word = new FakeWord();
    const doc = blank();
    const expected = [...controlsOfDocument(doc).keys()];
    expect(expected.length).toBeGreaterThan(100);

    const result = await insertTemplate(word, toFlatOpc(doc));

    expect(word.controls.map((c) => c.tag)).toEqual(expected);
    expect(result.controls.map((c) => c.tag)).toEqual(expected);
    expect(result.location).toBe('Replace');
    expect(word.runs).toHaveLength(1);
    expect(word.lastRunSyncs).toBeLessThanOrEqual(3);
    console.log(`word.insert.sgg-kompas.controls: ${String(expected.length)} controls`);
    console.log(`word.insert.sgg-kompas.syncs: ${String(word.lastRunSyncs)} syncs`);
  });

  it('keeps locks and placeholders: record answers are locked, empty answers show the placeholder', async () => {
    const word = new FakeWord();
    await insertTemplate(word, toFlatOpc(blank({ kind: 'sheet', id: '2/maatschappelijke-resultaten' })));
    const indicatoren = word.control('kompas:blanco:2.indicatoren');
    expect(indicatoren.cannotEdit).toBe(true);
    const ambitie = word.control('kompas:blanco:2.ambitie');
    expect(ambitie.cannotEdit).toBe(false);
    expect(ambitie.cannotDelete).toBe(true);
    expect(ambitie.showingPlaceholder).toBe(true);
  });

  it('never replaces selected text: the template goes after it', async () => {
    const word = new FakeWord();
    word.selectionText = 'Inleiding van de raadsnotitie';
    const result = await insertTemplate(word, toFlatOpc(blank({ kind: 'bouwsteen', id: '2' })));
    expect(result.location).toBe('After');
    expect(word.replacedSelection).toBe(false);
  });

  it('never nests: with the cursor in a Kompas answer, the template goes after that answer', async () => {
    const word = new FakeWord();
    await insertTemplate(word, toFlatOpc(blank({ kind: 'sheet', id: '1B/ambities-formuleren' })));
    const first = word.controls[0];
    if (first === undefined) throw new Error('nothing inserted');
    word.cursorInControl = first.id;
    word.cursor = 0;
    const result = await insertTemplate(
      word,
      toFlatOpc(blank({ kind: 'sheet', id: '2/maatschappelijke-resultaten' })),
    );
    expect(result.movedOutOfControl).toBe(true);
    expect(result.location).toBe('After');
    expect(word.controls[0]).toBe(first);
    expect(word.controls[1]?.tag).toBe('kompas:blanco:2.ambitie');
  });

  it('reports a protected document as AccessDenied, leaving the document as it was', async () => {
    const word = new FakeWord();
    word.readOnly = true;
    const error = await insertTemplate(word, toFlatOpc(blank({ kind: 'bouwsteen', id: '2' }))).catch(
      (e: unknown) => e,
    );
    expect(isWordError(error, 'AccessDenied')).toBe(true);
    expect(word.controls).toHaveLength(0);
  });

  it('passes Office errors on with their code (GeneralException)', async () => {
    const word = new FakeWord();
    word.failNextSync = 'GeneralException';
    const error = await insertTemplate(word, toFlatOpc(blank({ kind: 'bouwsteen', id: '2' }))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WordError);
    expect((error as WordError).code).toBe('GeneralException');
  });
});

describe('reading, filling and selecting controls', () => {
  it('reads all controls in one sync, loading only what the pane needs', async () => {
    const word = new FakeWord();
    await insertTemplate(word, toFlatOpc(blank()));
    word.resetCounts();
    const controls = await readControls(word);
    expect(controls).toHaveLength(word.controls.length);
    expect(word.syncs).toBe(1);
    expect(Object.keys(controls[0] ?? {}).sort()).toEqual([
      'cannotEdit',
      'id',
      'placeholderText',
      'tag',
      'text',
    ]);
  });

  it('writes into every control with two syncs, whatever their number, and relocks locked ones', async () => {
    for (const selection of [
      { kind: 'sheet', id: '2/maatschappelijke-resultaten' },
      { kind: 'kompas' },
    ] as const) {
      const word = new FakeWord();
      await insertTemplate(word, toFlatOpc(blank(selection)));
      word.resetCounts();
      const { plan } = await fillControls(word, (controls) => ({
        writes: controls.map((c) => ({ kind: 'text' as const, id: c.id, text: `tekst ${String(c.id)}` })),
      }));
      expect(plan.writes).toHaveLength(word.controls.length);
      expect(word.syncs).toBe(2);
      for (const c of word.controls) expect(word.textOf(c.id)).toBe(`tekst ${String(c.id)}`);
      expect(word.control('kompas:blanco:2.indicatoren').cannotEdit).toBe(true);
    }
  });

  it('writes nothing, and syncs once, when the plan has nothing to write', async () => {
    const word = new FakeWord();
    await insertTemplate(word, toFlatOpc(blank({ kind: 'bouwsteen', id: '2' })));
    word.resetCounts();
    await fillControls(word, () => ({ writes: [] }));
    expect(word.syncs).toBe(1);
  });

  it('selects a control by id; a control that is gone is ItemNotFound', async () => {
    const word = new FakeWord();
    await insertTemplate(word, toFlatOpc(blank({ kind: 'bouwsteen', id: '2' })));
    const target = word.control('kompas:blanco:2.resultaten');
    await selectControl(word, target.id);
    expect(word.selectedControl).toBe(target.id);
    word.remove(target.id);
    const error = await selectControl(word, target.id).catch((e: unknown) => e);
    expect(isWordError(error, 'ItemNotFound')).toBe(true);
  });

  it('watches Kompas controls for edits where WordApi 1.5 allows it', async () => {
    const word = new FakeWord({ requirements: { WordApi: '1.5' } });
    await insertTemplate(word, toFlatOpc(blank({ kind: 'sheet', id: '2/maatschappelijke-resultaten' })));
    word.addForeignControl('gemeente:eigen', 'Eigen tekst');
    let changes = 0;
    const watched = await watchControlChanges(word, () => changes++);
    expect(watched).toBe(word.controls.length - 1);
    word.typeInto('kompas:blanco:2.ambitie', 'Alle jongeren veilig');
    expect(changes).toBe(1);
    word.typeInto('gemeente:eigen', 'Andere tekst');
    expect(changes).toBe(1);
  });
});

describe('capabilities', () => {
  it('reads requirement sets through the port, so a host without them can be explained', () => {
    const modern = officeCapabilities(new FakeWord({ requirements: { WordApi: '1.5' } }).requirementChecker);
    expect(modern.supports('insert')).toBe(true);
    expect(modern.supports('changeEvents')).toBe(true);

    const lts = officeCapabilities(new FakeWord({ requirements: { WordApi: '1.3' } }).requirementChecker);
    expect(lts.supports('fill')).toBe(true);
    expect(lts.supports('changeEvents')).toBe(false);
    expect(lts.missing('changeEvents')).toEqual({ set: 'WordApi', version: '1.5' });

    const old = officeCapabilities(new FakeWord({ requirements: { WordApi: '1.2' } }).requirementChecker);
    expect(old.supports('insert')).toBe(false);
    expect(old.missing('insert')).toEqual({ set: 'WordApi', version: '1.3' });

    expect(outsideWord.supports('insert')).toBe(false);
  });

  it('treats a host that throws on isSetSupported as lacking the set', () => {
    const caps = officeCapabilities({
      isSetSupported: () => {
        throw new Error('old host');
      },
    });
    expect(caps.supports('insert')).toBe(false);
  });
});

describe('startOffice', () => {
  const instant = (task: () => void) => setTimeout(task, 0);

  it('finds Word with its capabilities and display language', async () => {
    const word = new FakeWord();
    const start = await startOffice(word.globals('Word'), { timeoutMs: 1000 });
    expect(start.kind).toBe('word');
    if (start.kind !== 'word') return;
    expect(start.capabilities.supports('insert')).toBe(true);
    expect(start.displayLanguage).toBe('nl-NL');
  });

  it('says why Word is not there: no Office.js, a plain browser, or no answer in time', async () => {
    expect(await startOffice({}, { timeoutMs: 1000 })).toMatchObject({
      kind: 'browser',
      reason: 'noOfficeJs',
    });
    expect(await startOffice(new FakeWord().globals(null), { timeoutMs: 1000 })).toMatchObject({
      kind: 'browser',
      reason: 'notWord',
    });
    const hanging = { Office: { onReady: () => new Promise(() => undefined) } };
    expect(await startOffice(hanging, { timeoutMs: 10, setTimer: instant })).toMatchObject({
      kind: 'browser',
      reason: 'timeout',
    });
  });
});

describe('Office errors', () => {
  it('maps Office error codes, and anything else to Unknown with the original code kept', () => {
    expect(toWordError(new FakeOfficeError('AccessDenied')).code).toBe('AccessDenied');
    expect(toWordError(new FakeOfficeError('GeneralException')).code).toBe('GeneralException');
    const odd = toWordError(new FakeOfficeError('SomethingNew'));
    expect(odd.code).toBe('Unknown');
    expect(odd.officeCode).toBe('SomethingNew');
    expect(toWordError(new Error('plain')).code).toBe('Unknown');
  });
});

describe('the benchmark’s sync counts', () => {
  it('stay constant for the whole sgg kompas: insert 2, fill 2, check 1', async () => {
    const counts = await measureWordSyncs();
    expect(counts).toEqual({ controls: 161, insert: 2, fill: 2, check: 1 });
    for (const [name, n] of Object.entries(counts)) {
      if (name !== 'controls') console.log(`word.${name}.syncs: ${String(n)} syncs`);
    }
  });
});
