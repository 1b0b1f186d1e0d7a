/**
 * Verbeteracties of a question: Actie records (what, who, by when) with the question as their
 * origin, edited in place. Their status is followed on the Acties screen.
 */
import { Button, Field, Input, Link, Text } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import {
  recordKey,
  removeActie,
  saveActie,
  type Current,
  type TrajectView,
} from '../../../../shared/application/index.ts';
import type { BouwsteenId, Question } from '../../../../shared/content/schema.ts';
import type { Version } from '../../../../shared/domain/ids.ts';
import type { Actie } from '../../../../shared/domain/model.ts';
import { IsoDateSchema } from '../../../../shared/domain/time.ts';
import { formatDate } from '../../../../shared/i18n/index.ts';
import { routeHref, useLocale, useRecordState, useServices, useT } from '../../../app/index.ts';
import { SaveStatus } from '../SaveStatus.tsx';
import { useRecordDraft } from '../useRecordDraft.ts';
import { useEditorStyles } from './editors.styles.ts';
import { RecordConflict } from './RecordConflict.tsx';
import { LinkArrow } from '../LinkArrow.tsx';

const hasText = (a: Pick<Actie, 'tekst'>) => a.tekst.trim() !== '';

/** The actie with this deadline, or without one (an absent key, never `undefined`). */
function withDeadline<T extends { readonly deadline?: string | undefined }>(actie: T, deadline: string): T {
  const { deadline: _old, ...rest } = actie;
  const parsed = IsoDateSchema.safeParse(deadline);
  return (parsed.success ? { ...rest, deadline: parsed.data } : rest) as T;
}

function ActieSummary({ actie }: { readonly actie: Actie }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul>
      <li>{actie.tekst}</li>
      {actie.eigenaar !== '' && (
        <li>
          {t('werkbladen.value.field', { veld: t('werkbladen.actions.eigenaar'), tekst: actie.eigenaar })}
        </li>
      )}
      {actie.deadline !== undefined && (
        <li>
          {t('werkbladen.value.field', {
            veld: t('werkbladen.actions.deadline'),
            tekst: formatDate(locale, actie.deadline),
          })}
        </li>
      )}
    </ul>
  );
}

function ActieRow({ record }: { readonly record: Current<Actie> }) {
  const t = useT();
  const styles = useEditorStyles();
  const { ctx, outbox } = useServices();
  const save = useCallback(
    (value: Actie, version: Version | undefined) => saveActie(ctx, { ...value, version }),
    [ctx],
  );
  const draft = useRecordDraft(record, save, hasText);
  const state = useRecordState('actie', record.id);
  const value = draft.value;
  const id = `actie-${record.id}`;
  const tekst = value.tekst.trim() === '' ? record.tekst : value.tekst;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('werkbladen.actions.entry', { actie: tekst })}</legend>
      <Field
        label={t('werkbladen.actions.tekst')}
        required
        validationMessage={hasText(value) ? null : t('werkbladen.actions.tekstRequired')}
      >
        <Input
          id={`${id}-tekst`}
          value={value.tekst}
          onChange={(_, d) => draft.change({ ...value, tekst: d.value })}
        />
      </Field>
      <div className={styles.columns}>
        <Field label={t('werkbladen.actions.eigenaar')}>
          <Input value={value.eigenaar} onChange={(_, d) => draft.change({ ...value, eigenaar: d.value })} />
        </Field>
        <Field label={t('werkbladen.actions.deadline')}>
          <Input
            type="date"
            value={value.deadline ?? ''}
            onChange={(_, d) => draft.change(withDeadline(value, d.value))}
          />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          icon={<DeleteRegular />}
          onClick={() =>
            void removeActie(ctx, { id: record.id, trajectId: record.trajectId, version: record.version })
          }
        >
          {t('werkbladen.actions.remove', { actie: tekst })}
        </Button>
        <SaveStatus
          state={state}
          error={draft.error}
          onRetry={() =>
            draft.error === undefined ? outbox.retry(recordKey('actie', record.id)) : draft.flush()
          }
        />
      </div>
      {state.status === 'conflict' && (
        <RecordConflict
          id={`${id}-conflict`}
          kind="actie"
          conflict={state.conflict}
          outbox={outbox}
          render={(a) => <ActieSummary actie={a} />}
          onTheirs={(a) => draft.adopt(a)}
        />
      )}
    </fieldset>
  );
}

interface NewActie {
  readonly tekst: string;
  readonly eigenaar: string;
  readonly deadline?: string;
}
const blank: NewActie = { tekst: '', eigenaar: '' };

export interface ActionsEditorProps {
  readonly id: string;
  readonly question: Question;
  readonly bouwsteen: BouwsteenId;
  readonly view: TrajectView;
  readonly labelId: string;
  readonly describedBy?: string | undefined;
}

export function ActionsEditor({ id, question, bouwsteen, view, labelId, describedBy }: ActionsEditorProps) {
  const t = useT();
  const styles = useEditorStyles();
  const { ctx } = useServices();
  const [form, setForm] = useState<NewActie>(blank);
  const [tried, setTried] = useState(false);
  const rows = view.acties.filter(
    (a) => a.herkomst.soort === 'bouwsteen' && a.herkomst.questionId === question.id,
  );
  // A periodic question is also answered by the acties of this bouwsteen's reflecties (kept there).
  const fromReflecties =
    question.cadence === 'periodiek'
      ? view.acties.filter((a) => a.herkomst.soort === 'reflectie' && a.herkomst.bouwsteen === bouwsteen)
      : [];

  const add = () => {
    setTried(true);
    if (!hasText(form)) return;
    void saveActie(ctx, {
      ...form,
      tekst: form.tekst.trim(),
      trajectId: view.traject.id,
      herkomst: { soort: 'bouwsteen', bouwsteen, questionId: question.id },
    }).then(() => {
      setForm(blank);
      setTried(false);
    });
  };

  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.stack}>
      {rows.length === 0 && fromReflecties.length === 0 && (
        <Text className={styles.muted}>{t('werkbladen.actions.empty')}</Text>
      )}
      {rows.map((a) => (
        <ActieRow key={a.id} record={a} />
      ))}
      {fromReflecties.length > 0 && (
        <ul className={styles.chips}>
          {fromReflecties.map((a) => (
            <li key={a.id}>
              <Text>{t('werkbladen.actions.fromReflectie', { actie: a.tekst })}</Text>
            </li>
          ))}
        </ul>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('werkbladen.actions.new')}</legend>
        <Field
          label={t('werkbladen.actions.tekst')}
          required
          validationMessage={tried && !hasText(form) ? t('werkbladen.actions.tekstRequired') : null}
        >
          <Input id={id} value={form.tekst} onChange={(_, d) => setForm({ ...form, tekst: d.value })} />
        </Field>
        <div className={styles.columns}>
          <Field label={t('werkbladen.actions.eigenaar')}>
            <Input value={form.eigenaar} onChange={(_, d) => setForm({ ...form, eigenaar: d.value })} />
          </Field>
          <Field label={t('werkbladen.actions.deadline')}>
            <Input
              type="date"
              value={form.deadline ?? ''}
              onChange={(_, d) => setForm(withDeadline(form, d.value))}
            />
          </Field>
        </div>
        <div className={styles.actions}>
          <Button appearance="primary" icon={<AddRegular />} onClick={add}>
            {t('werkbladen.actions.add')}
          </Button>
        </div>
      </fieldset>
      <Link href={routeHref({ screen: 'acties' })}>
        {t('werkbladen.actions.link')}
        <LinkArrow />
      </Link>
    </div>
  );
}
