/**
 * Sync counts of the pane's Word batches on the whole sgg kompas, measured on the fake Word, for
 * `npm run bench` (devtools/bench/run.ts) to print as `word.<operation>.syncs: <n> syncs`.
 */
import { getEdition } from '../../../shared/content/index.ts';
import { toFlatOpc } from '../../../shared/document/ooxml.ts';
import { renderKompas } from '../../../shared/document/render.ts';
import { Baseline } from '../../../word-addin/features/document/baseline.ts';
import { planFill } from '../../../word-addin/features/document/fill-plan.ts';
import { planWriteBack } from '../../../word-addin/features/document/write-back.ts';
import { fillControls } from '../../../word-addin/host/office/fill-controls.ts';
import { insertTemplate } from '../../../word-addin/host/office/insert-template.ts';
import { readControls } from '../../../word-addin/host/office/read-controls.ts';
import { FakeWord } from './fake-word.ts';
import { makeWorld } from './world.ts';

export interface WordSyncCounts {
  readonly controls: number;
  readonly insert: number;
  readonly fill: number;
  readonly check: number;
}

export async function measureWordSyncs(): Promise<WordSyncCounts> {
  const edition = getEdition('sgg');
  const world = await makeWorld();
  const opened = await world.open();
  const word = new FakeWord();
  await insertTemplate(
    word,
    toFlatOpc(renderKompas({ edition, selection: { kind: 'kompas' }, options: { guidance: 'include' } })),
  );
  const insert = word.lastRunSyncs;
  const baseline = new Baseline();
  await fillControls(word, (controls) =>
    planFill({ edition, snapshot: opened.view, baseline, force: false }, controls),
  );
  const fill = word.lastRunSyncs;
  const controls = await readControls(word);
  planWriteBack(
    { edition, trajectId: world.trajectId, antwoorden: opened.view.antwoorden, baseline },
    controls,
  );
  const check = word.lastRunSyncs;
  world.session.dispose();
  return { controls: word.controls.length, insert, fill, check };
}
