/** Editing one actie with autosave, like a partner: saved ~800 ms after the last change when valid. */
import { saveActie, type Current } from '../../../shared/application/index.ts';
import type { Actie } from '../../../shared/domain/model.ts';
import type { FieldError } from '../common/field-error.ts';
import { useRecordEditor, type RecordEditorSpec } from '../common/useRecordEditor.ts';
import { draftOf, fieldsOf, validateActie, type ActieDraft } from './model.ts';
import { recordOf } from './useActies.ts';

const spec: RecordEditorSpec<Current<Actie>, ActieDraft, FieldError> = {
  draftOf,
  fieldsOf,
  validate: validateActie,
  save: (ctx, draft, stored) => {
    const { deadline: _deadline, ...rest } = recordOf(stored);
    return saveActie(ctx, { ...rest, ...fieldsOf(draft), version: stored.version });
  },
};

export function useActieEditor(actie: Current<Actie>) {
  return useRecordEditor(actie, spec);
}
