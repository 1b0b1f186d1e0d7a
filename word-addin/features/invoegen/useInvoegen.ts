/**
 * Choosing what to insert, the preview, inserting at the cursor and downloading as .docx. A filled
 * template renders from the traject as it is now (read again just before inserting).
 */
import { useMemo, useState } from 'react';
import type { OpenedTraject } from '../../../shared/application/index.ts';
import type { Edition } from '../../../shared/content/schema.ts';
import type { KompasDocument } from '../../../shared/document/document-model.ts';
import { documentToDocx } from '../../../shared/document/docx.ts';
import { toFlatOpc } from '../../../shared/document/ooxml.ts';
import { renderKompas, type DocumentSelection, type RenderInput } from '../../../shared/document/render.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { describeError } from '../../app/errors.ts';
import { useT } from '../../app/i18n.ts';
import { useServices } from '../../app/services.tsx';
import { insertTemplate } from '../../host/office/insert-template.ts';
import type { InsertLocation } from '../../host/office/word-api.ts';
import type { Baseline } from '../document/baseline.ts';
import { controlsOfDocument } from '../document/controls.ts';
import { rememberInserted } from '../document/fill-plan.ts';
import { parseSelection, docxFileName, type SelectionValue } from './selection.ts';

export interface InsertOutcome {
  readonly count: number;
  readonly location: InsertLocation;
  readonly movedOutOfControl: boolean;
  /** Titles of controls the template holds that did not arrive in the document. */
  readonly missing: readonly string[];
}

export interface InvoegenArgs {
  /** The edition to render: the traject's, or the one chosen for a blank template. */
  readonly edition: Edition | undefined;
  /** The traject whose answers fill the template; undefined for a blank one. */
  readonly opened: OpenedTraject | undefined;
  readonly blank: boolean;
  readonly baseline: Baseline;
  readonly refresh: () => Promise<OpenedTraject>;
  /** After an insertion: the document has new controls. */
  readonly onInserted: () => void;
}

export type InvoegenBusy = 'insert' | 'download' | undefined;

function renderInput(
  value: SelectionValue,
  guidance: boolean,
  blank: boolean,
  edition: Edition,
  opened: OpenedTraject | undefined,
): RenderInput | undefined {
  const selection = parseSelection(value, edition);
  if (selection === undefined) return undefined;
  return {
    edition,
    selection,
    ...(blank || opened === undefined ? {} : { snapshot: opened.view }),
    options: { guidance: guidance ? 'include' : 'omit' },
  };
}

export function useInvoegen(args: InvoegenArgs) {
  const { office, clock, download } = useServices();
  const t = useT();
  const announce = useAnnounce();
  const [value, setValue] = useState<SelectionValue>('kompas');
  const [guidance, setGuidance] = useState(true);
  const [showPreview, setShowPreview] = useState(false);
  const [busy, setBusy] = useState<InvoegenBusy>(undefined);
  const [outcome, setOutcome] = useState<InsertOutcome | undefined>(undefined);
  const [downloaded, setDownloaded] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);

  const { edition, opened, blank } = args;
  const selection: DocumentSelection | undefined =
    edition === undefined ? undefined : parseSelection(value, edition);
  const ready = edition !== undefined && selection !== undefined && (blank || opened !== undefined);

  const input = (e: Edition, snapshot: OpenedTraject | undefined) =>
    renderInput(value, guidance, blank, e, snapshot);

  const preview: KompasDocument | undefined = useMemo(() => {
    if (!showPreview || edition === undefined) return undefined;
    const i = renderInput(value, guidance, blank, edition, opened);
    return i === undefined ? undefined : renderKompas(i);
  }, [showPreview, edition, opened, value, guidance, blank]);

  const fresh = async (): Promise<{ edition: Edition; opened: OpenedTraject | undefined } | undefined> => {
    if (blank) return edition === undefined ? undefined : { edition, opened: undefined };
    const o = await args.refresh();
    return { edition: o.edition, opened: o };
  };

  const insert = async (): Promise<void> => {
    if (office.kind !== 'word' || busy !== undefined) return;
    setBusy('insert');
    setError(undefined);
    setOutcome(undefined);
    announce(t('word.insert.busy'));
    try {
      const now = await fresh();
      const i = now === undefined ? undefined : input(now.edition, now.opened);
      if (i === undefined) return;
      const doc = renderKompas(i);
      const result = await insertTemplate(office.word, toFlatOpc(doc));
      const rendered = controlsOfDocument(doc);
      const arrived = new Set(result.controls.map((c) => c.tag));
      const missing = [...rendered.values()].filter((c) => !arrived.has(c.tag)).map((c) => c.title);
      if (now?.opened !== undefined) {
        rememberInserted(args.baseline, rendered, result.controls, now.opened.view.antwoorden);
      }
      const count = result.controls.filter((c) => rendered.has(c.tag)).length;
      setOutcome({ count, location: result.location, movedOutOfControl: result.movedOutOfControl, missing });
      announce(t('word.insert.done', { count }));
      args.onInserted();
    } catch (e) {
      setError(e);
      announce(describeError(t, e).text);
    } finally {
      setBusy(undefined);
    }
  };

  const saveDocx = async (): Promise<void> => {
    if (busy !== undefined) return;
    setBusy('download');
    setError(undefined);
    setDownloaded(undefined);
    try {
      const now = await fresh();
      const i = now === undefined ? undefined : input(now.edition, now.opened);
      if (i === undefined) return;
      const doc = renderKompas(i);
      const name = docxFileName(t('word.download.fileName', { onderwerp: doc.meta.subject }));
      download(documentToDocx(doc, { createdAt: clock.now() }), name);
      setDownloaded(name);
      announce(t('word.download.done', { bestand: name }));
    } catch (e) {
      setError(e);
      announce(describeError(t, e).text);
    } finally {
      setBusy(undefined);
    }
  };

  return {
    value,
    setValue,
    guidance,
    setGuidance,
    showPreview,
    setShowPreview,
    preview,
    ready,
    busy,
    outcome,
    downloaded,
    error,
    insert,
    saveDocx,
  };
}

export type Invoegen = ReturnType<typeof useInvoegen>;
