/** Editing one activiteit with autosave: the draft is saved ~800 ms after the last change when it is valid. */
import { saveActiviteit, type Current } from '../../../shared/application/index.ts';
import type { Activiteit } from '../../../shared/domain/model.ts';
import type { FieldError } from '../common/field-error.ts';
import { useRecordEditor, type RecordEditorSpec } from '../common/useRecordEditor.ts';
import { draftOfActiviteit, fieldsOfActiviteit, validateActiviteit, type ActiviteitDraft } from './model.ts';

const spec: RecordEditorSpec<Current<Activiteit>, ActiviteitDraft, FieldError> = {
  draftOf: draftOfActiviteit,
  fieldsOf: fieldsOfActiviteit,
  validate: validateActiviteit,
  save: (ctx, draft, { id, trajectId, version }) =>
    saveActiviteit(ctx, { ...fieldsOfActiviteit(draft), id, trajectId, version }),
};

export function useActiviteitEditor(activiteit: Current<Activiteit>) {
  return useRecordEditor(activiteit, spec);
}
