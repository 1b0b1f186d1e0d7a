/**
 * Every verbeteractie of the traject with owner, deadline, status and origin; filter by status and
 * owner; add, edit (autosave), change status; overdue ones say so in words.
 */
import { mergeClasses, useId } from '@fluentui/react-components';
import type { Current } from '../../../shared/application/index.ts';
import type { Bouwsteen } from '../../../shared/content/schema.ts';
import type { Actie } from '../../../shared/domain/model.ts';
import type { IsoDate } from '../../../shared/domain/time.ts';
import { useLocale, useT } from '../../app/index.ts';
import { deadlineText, herkomstText } from '../common/actie-text.ts';
import { AddRecord } from '../common/AddRecord.tsx';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import type { FieldError } from '../common/field-error.ts';
import { LoadProblems } from '../common/LoadProblems.tsx';
import { useRecordStyles } from '../common/record.styles.ts';
import { RecordActions } from '../common/RecordActions.tsx';
import { RecordEditor } from '../common/RecordEditor.tsx';
import { RecordForm } from '../common/RecordForm.tsx';
import { ScreenLoading } from '../common/ScreenLoading.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { useDraftForm } from '../common/useDraftForm.ts';
import { useRecordScreen } from '../common/useRecordScreen.ts';
import { ActieFields, StatusOptions } from './ActieFields.tsx';
import { useActiesStyles } from './Acties.styles.ts';
import { DeadlineWarning } from './DeadlineWarning.tsx';
import { ALL, statusOf, validateActie, type ActieDraft, type ActieStatus } from './model.ts';
import { useActieEditor } from './useActieEditor.ts';
import { useActies } from './useActies.ts';

function ActieEditor({ actie, onDone }: { readonly actie: Current<Actie>; readonly onDone: () => void }) {
  const styles = useActiesStyles();
  const editor = useActieEditor(actie);
  return (
    <RecordEditor editor={editor} onDone={onDone} focus="textarea" className={styles.form}>
      <ActieFields draft={editor.draft} errors={editor.errors} onChange={editor.change} />
    </RecordEditor>
  );
}

function ActieCard({
  actie,
  today,
  editing,
  onEdit,
  onStatus,
  onRemove,
}: {
  readonly actie: Current<Actie>;
  readonly today: IsoDate;
  readonly editing: boolean;
  readonly onEdit: (on: boolean) => void;
  readonly onStatus: (status: ActieStatus) => void;
  readonly onRemove: () => Promise<unknown>;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useActiesStyles();
  const record = useRecordStyles();
  const common = useCommonStyles();
  const deadline = deadlineText(t, locale, actie, today);
  const headingId = useId('actie');
  return (
    <li>
      <article
        className={mergeClasses(record.card, deadline.overdue && styles.cardOverdue)}
        aria-labelledby={headingId}
      >
        <h2 id={headingId} className={mergeClasses(common.heading3, common.userText)}>
          {actie.tekst}
        </h2>
        <DeadlineWarning deadline={deadline} />
        <dl className={record.details}>
          <dt className={record.term}>{t('tab.actie.eigenaar')}</dt>
          <dd className={styles.value}>
            {actie.eigenaar === '' ? t('tab.actie.noEigenaar') : actie.eigenaar}
          </dd>
          <dt className={record.term}>{t('tab.actie.deadline')}</dt>
          <dd className={styles.value}>{deadline.date}</dd>
          <dt className={record.term}>{t('tab.actie.herkomst')}</dt>
          <dd className={styles.value}>{herkomstText(t, actie)}</dd>
        </dl>
        <RecordActions
          kind="actie"
          id={actie.id}
          className={styles.row}
          lead={
            <SelectField
              className={styles.statusField}
              label={t('tab.actie.status')}
              value={actie.status}
              onChange={(value) => {
                const status = statusOf(value);
                if (status !== undefined) onStatus(status);
              }}
            >
              <StatusOptions />
            </SelectField>
          }
          editLabel={t('tab.acties.edit', { tekst: actie.tekst })}
          removeLabel={t('tab.acties.remove', { tekst: actie.tekst })}
          confirmText={t('tab.acties.removeConfirm', { tekst: actie.tekst })}
          editing={editing}
          onEdit={onEdit}
          onRemove={onRemove}
          editor={(done) => <ActieEditor actie={actie} onDone={done} />}
        />
      </article>
    </li>
  );
}

function AddActie({
  bouwstenen,
  onAdd,
  onCancel,
}: {
  readonly bouwstenen: readonly Bouwsteen[];
  readonly onAdd: (draft: ActieDraft) => Promise<boolean>;
  readonly onCancel: () => void;
}) {
  const t = useT();
  const form = useDraftForm<ActieDraft, FieldError>(
    () => ({ tekst: '', eigenaar: '', deadline: '', status: 'open', bouwsteen: bouwstenen[0]?.id ?? '0A' }),
    validateActie,
  );
  return (
    <RecordForm
      title={t('tab.acties.new')}
      headingId="acties-new"
      level={2}
      form={form}
      onAdd={onAdd}
      onCancel={onCancel}
      focus="textarea"
      focusInvalid="textarea, input"
    >
      <ActieFields
        draft={form.draft}
        errors={form.visible}
        bouwstenen={bouwstenen}
        onChange={form.change}
        onBlur={form.blur}
      />
    </RecordForm>
  );
}

export function Acties() {
  const t = useT();
  const common = useCommonStyles();
  const styles = useActiesStyles();
  const { model, filter, setFilter, add, setStatus, remove, error, today } = useActies();
  const screen = useRecordScreen();

  if (model === undefined) return <ScreenLoading title={t('tab.acties.title')} />;

  return (
    <div className={common.screen}>
      <h1 className={common.heading1}>{t('tab.acties.title')}</h1>
      <p className={common.intro}>{t('tab.acties.intro')}</p>
      <LoadProblems problems={model.problems} />
      {error !== undefined && <ErrorNotice error={error} />}
      <AddRecord screen={screen} label={t('tab.acties.add')} className={styles.row}>
        <AddActie
          bouwstenen={model.bouwstenen}
          onCancel={screen.closeAdd}
          onAdd={async (draft) => {
            const created = await add(draft);
            if (created === undefined) return false;
            screen.closeAdd();
            return true;
          }}
        />
      </AddRecord>
      {model.all.length === 0 ? (
        <p className={common.muted}>{t('tab.acties.empty')}</p>
      ) : (
        <>
          <fieldset className={styles.filters}>
            <legend className={styles.legend}>{t('tab.acties.filters')}</legend>
            <SelectField
              className={styles.filterField}
              wrapperClassName={styles.fullWidth}
              label={t('tab.acties.filter.status')}
              value={filter.status}
              onChange={(value) => setFilter((f) => ({ ...f, status: statusOf(value) ?? ALL }))}
            >
              <option value={ALL}>{t('tab.acties.filter.allStatuses')}</option>
              <StatusOptions />
            </SelectField>
            <SelectField
              className={styles.filterField}
              wrapperClassName={styles.fullWidth}
              label={t('tab.acties.filter.eigenaar')}
              value={filter.eigenaar}
              onChange={(eigenaar) => setFilter((f) => ({ ...f, eigenaar }))}
              options={model.owners.map((owner) => ({ value: owner, label: owner }))}
            >
              <option value={ALL}>{t('tab.acties.filter.everyone')}</option>
            </SelectField>
            <p role="status" className={common.muted}>
              {t('tab.acties.count', { count: model.shown.length })}
            </p>
          </fieldset>
          {model.shown.length === 0 ? (
            <p className={common.muted}>{t('tab.acties.emptyFiltered')}</p>
          ) : (
            <ul className={styles.list} aria-label={t('tab.acties.title')}>
              {model.shown.map((actie) => (
                <ActieCard
                  key={actie.id}
                  actie={actie}
                  today={today}
                  {...screen.editingOf(actie.id)}
                  onStatus={(status) => void setStatus(actie, status)}
                  onRemove={() => remove(actie)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
