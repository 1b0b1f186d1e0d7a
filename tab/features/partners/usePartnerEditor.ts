/** Editing one partner with autosave: the draft is saved ~800 ms after the last change when it is valid. */
import { savePartner, type Current } from '../../../shared/application/index.ts';
import type { Partner } from '../../../shared/domain/model.ts';
import type { FieldError } from '../common/field-error.ts';
import { useRecordEditor, type RecordEditorSpec } from '../common/useRecordEditor.ts';
import { draftOf, fieldsOf, validatePartner, type PartnerDraft } from './model.ts';

const spec: RecordEditorSpec<Current<Partner>, PartnerDraft, FieldError> = {
  draftOf,
  fieldsOf,
  validate: validatePartner,
  save: (ctx, draft, { id, trajectId, version }) =>
    savePartner(ctx, { ...fieldsOf(draft), id, trajectId, version }),
};

export function usePartnerEditor(partner: Current<Partner>) {
  return useRecordEditor(partner, spec);
}
