/** The template: what to insert, with or without guidance, its preview, inserting and downloading. */
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { Edition } from '../../../shared/content/schema.ts';
import { bouwsteenLabel } from '../../../shared/i18n/describe.ts';
import { ErrorNotice } from '../../app/ErrorNotice.tsx';
import { useT } from '../../app/i18n.ts';
import { usePaneStyles } from '../../app/Pane.styles.ts';
import { Preview } from './Preview.tsx';
import { asSelectionValue } from './selection.ts';
import type { Invoegen as InvoegenState } from './useInvoegen.ts';

export interface InvoegenProps {
  readonly state: InvoegenState;
  readonly edition: Edition | undefined;
  /** Inserting is possible here (in Word, with the requirement sets it needs). */
  readonly canInsert: boolean;
}

export function Invoegen({ state, edition, canInsert }: InvoegenProps) {
  const t = useT();
  const styles = usePaneStyles();
  const headingId = useId();
  const previewId = useId();
  const { outcome, busy } = state;

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {t('word.insert.heading')}
      </h2>
      {edition === undefined ? (
        <p className={styles.muted}>{t('word.insert.needsTraject')}</p>
      ) : (
        <>
          <Field label={t('word.selection.label')}>
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              value={state.value}
              onChange={(_, d) => state.setValue(asSelectionValue(d.value))}
            >
              <option value="kompas">{t('word.selection.kompas')}</option>
              {edition.bouwstenen.map((b) => (
                <optgroup
                  key={b.id}
                  label={t('word.selection.group', { bouwsteen: bouwsteenLabel(b.id), titel: b.title })}
                >
                  <option value={`bouwsteen:${b.id}`}>
                    {t('word.selection.bouwsteen', { bouwsteen: bouwsteenLabel(b.id), titel: b.title })}
                  </option>
                  {b.sheets.map((sheet) => (
                    <option key={sheet.id} value={`sheet:${sheet.id}`}>
                      {sheet.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          </Field>
          <Checkbox
            checked={state.guidance}
            onChange={(_, d) => state.setGuidance(d.checked === true)}
            label={t('word.guidance.label')}
          />
        </>
      )}
      <div className={styles.row}>
        {canInsert && (
          <Button
            appearance="primary"
            disabled={!state.ready || busy !== undefined}
            onClick={() => void state.insert()}
          >
            {t('word.insert.button')}
          </Button>
        )}
        <Button
          appearance={canInsert ? 'secondary' : 'primary'}
          disabled={!state.ready || busy !== undefined}
          onClick={() => void state.saveDocx()}
        >
          {t('word.download.button')}
        </Button>
        <Button
          appearance="subtle"
          disabled={edition === undefined}
          aria-expanded={state.showPreview}
          aria-controls={previewId}
          onClick={() => state.setShowPreview(!state.showPreview)}
        >
          {state.showPreview ? t('word.preview.hide') : t('word.preview.show')}
        </Button>
      </div>
      {busy === 'insert' && <Spinner size="tiny" labelPosition="after" label={t('word.insert.busy')} />}
      {outcome !== undefined && (
        <MessageBar intent={outcome.missing.length > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('word.insert.done', { count: outcome.count })}</MessageBarTitle>
            {outcome.movedOutOfControl && <p className={styles.text}>{t('word.insert.movedOut')}</p>}
            {!outcome.movedOutOfControl && outcome.location === 'After' && (
              <p className={styles.text}>{t('word.insert.afterSelection')}</p>
            )}
            {outcome.missing.length > 0 && (
              <p className={styles.text}>
                {t('word.insert.incomplete', {
                  count: outcome.missing.length,
                  namen: outcome.missing.join(', '),
                })}
              </p>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.downloaded !== undefined && (
        <p className={styles.muted}>{t('word.download.done', { bestand: state.downloaded })}</p>
      )}
      {state.error !== undefined && <ErrorNotice error={state.error} />}
      {state.preview !== undefined && <Preview id={previewId} document={state.preview} />}
    </section>
  );
}
