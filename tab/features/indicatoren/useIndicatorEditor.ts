/** Editing one indicator with autosave: the draft is saved ~800 ms after the last change when it is valid. */
import { useMemo } from 'react';
import { saveIndicator, type Current } from '../../../shared/application/index.ts';
import type { Indicator } from '../../../shared/domain/model.ts';
import { useLocale } from '../../app/index.ts';
import type { FieldError } from '../common/field-error.ts';
import { useRecordEditor, type RecordEditorSpec } from '../common/useRecordEditor.ts';
import { draftOfIndicator, fieldsOfIndicator, validateIndicator, type IndicatorDraft } from './model.ts';

export function useIndicatorEditor(indicator: Current<Indicator>) {
  const locale = useLocale();
  // The draft writes numbers the locale's way, so it is rebuilt when the language changes.
  const spec = useMemo<RecordEditorSpec<Current<Indicator>, IndicatorDraft, FieldError>>(
    () => ({
      draftOf: (stored) => draftOfIndicator(locale, stored),
      fieldsOf: fieldsOfIndicator,
      validate: validateIndicator,
      save: (ctx, draft, { id, trajectId, version }) =>
        saveIndicator(ctx, { ...fieldsOfIndicator(draft), id, trajectId, version }),
    }),
    [locale],
  );
  return useRecordEditor(indicator, spec);
}
