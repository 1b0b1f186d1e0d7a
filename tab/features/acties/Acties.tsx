/**
 * Every verbeteractie of the traject with owner, deadline, status and origin; filter by status and
 * owner; add, edit (autosave), change status; overdue ones say so in words.
 */
import {
  Button,
  Field,
  Select,
  Skeleton,
  SkeletonItem,
  mergeClasses,
  useId,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Current } from '../../../shared/application/index.ts';
import type { Bouwsteen } from '../../../shared/content/schema.ts';
import type { Actie } from '../../../shared/domain/model.ts';
import type { IsoDate } from '../../../shared/domain/time.ts';
import { useLocale, useT } from '../../app/index.ts';
import { deadlineText, herkomstText, statusText } from '../common/actie-text.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { OverdueIcon } from '../common/icons.tsx';
import { LoadProblems } from '../common/LoadProblems.tsx';
import { into } from '../common/refs.ts';
import { RecordSaveState } from '../common/SaveState.tsx';
import { ActieFields } from './ActieFields.tsx';
import { useActiesStyles } from './Acties.styles.ts';
import {
  ALL,
  statussen,
  validateActie,
  type ActieDraft,
  type ActieField,
  type ActieStatus,
} from './model.ts';
import { useActieEditor } from './useActieEditor.ts';
import { useActies } from './useActies.ts';

function ActieEditor({ actie, onDone }: { readonly actie: Current<Actie>; readonly onDone: () => void }) {
  const t = useT();
  const styles = useActiesStyles();
  const editor = useActieEditor(actie);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('textarea')?.focus();
  }, []);
  return (
    <div ref={box} className={styles.form}>
      <ActieFields draft={editor.draft} errors={editor.errors} onChange={editor.change} />
      {editor.error !== undefined && <ErrorNotice error={editor.error} />}
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={() => {
            editor.flush();
            onDone();
          }}
        >
          {t('tab.common.done')}
        </Button>
      </div>
    </div>
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
  readonly onRemove: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useActiesStyles();
  const common = useCommonStyles();
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const deadline = deadlineText(t, locale, actie, today);
  const headingId = useId('actie');
  return (
    <li>
      <article
        className={mergeClasses(styles.card, deadline.overdue && styles.cardOverdue)}
        aria-labelledby={headingId}
      >
        <h2 id={headingId} className={mergeClasses(common.heading3, common.userText)}>
          {actie.tekst}
        </h2>
        {deadline.warning !== undefined && (
          <p className={deadline.overdue ? styles.overdue : common.muted}>
            {deadline.overdue && <OverdueIcon />}
            {deadline.warning}
          </p>
        )}
        <dl className={styles.details}>
          <dt className={styles.term}>{t('tab.actie.eigenaar')}</dt>
          <dd className={styles.value}>
            {actie.eigenaar === '' ? t('tab.actie.noEigenaar') : actie.eigenaar}
          </dd>
          <dt className={styles.term}>{t('tab.actie.deadline')}</dt>
          <dd className={styles.value}>{deadline.date}</dd>
          <dt className={styles.term}>{t('tab.actie.herkomst')}</dt>
          <dd className={styles.value}>{herkomstText(t, actie)}</dd>
        </dl>
        <div className={styles.row}>
          <Field className={styles.statusField} label={t('tab.actie.status')}>
            <Select
              value={actie.status}
              onChange={(_e, data) => {
                const status = statussen.find((s) => s === data.value);
                if (status !== undefined) onStatus(status);
              }}
            >
              {statussen.map((s) => (
                <option key={s} value={s}>
                  {statusText(t, s)}
                </option>
              ))}
            </Select>
          </Field>
          {!editing && !confirming && (
            <>
              <Button
                ref={into(editButton)}
                onClick={() => onEdit(true)}
                aria-label={t('tab.acties.edit', { tekst: actie.tekst })}
              >
                {t('tab.common.edit')}
              </Button>
              <Button
                onClick={() => setConfirming(true)}
                aria-label={t('tab.acties.remove', { tekst: actie.tekst })}
              >
                {t('tab.common.remove')}
              </Button>
            </>
          )}
        </div>
        <RecordSaveState kind="actie" id={actie.id} />
        {confirming && (
          <div
            className={styles.confirm}
            role="group"
            aria-label={t('tab.acties.removeConfirm', { tekst: actie.tekst })}
          >
            <span>{t('tab.acties.removeConfirm', { tekst: actie.tekst })}</span>
            <Button appearance="primary" onClick={onRemove}>
              {t('tab.common.remove')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('tab.common.cancel')}</Button>
          </div>
        )}
        {editing && (
          <ActieEditor
            actie={actie}
            onDone={() => {
              onEdit(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        )}
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
  const styles = useActiesStyles();
  const common = useCommonStyles();
  const [draft, setDraft] = useState<ActieDraft>({
    tekst: '',
    eigenaar: '',
    deadline: '',
    status: 'open',
    bouwsteen: bouwstenen[0]?.id ?? '0A',
  });
  const [shown, setShown] = useState<ReadonlySet<ActieField>>(new Set());
  const errors = validateActie(draft);
  const visible = Object.fromEntries(Object.entries(errors).filter(([f]) => shown.has(f as ActieField)));
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector('textarea')?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(errors).length > 0) {
      setShown(new Set(Object.keys(errors) as ActieField[]));
      form.current?.querySelector<HTMLElement>('textarea, input')?.focus();
      return;
    }
    void onAdd(draft);
  };
  return (
    <form ref={form} className={styles.formCard} onSubmit={submit} noValidate aria-labelledby="acties-new">
      <h2 id="acties-new" className={common.heading3}>
        {t('tab.acties.new')}
      </h2>
      <ActieFields
        draft={draft}
        errors={visible}
        bouwstenen={bouwstenen}
        onChange={(field, value) => setDraft((d) => ({ ...d, [field]: value }))}
        onBlur={(field) => setShown((s) => new Set([...s, field]))}
      />
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {t('tab.common.add')}
        </Button>
        <Button onClick={onCancel}>{t('tab.common.cancel')}</Button>
      </div>
    </form>
  );
}

export function Acties() {
  const t = useT();
  const common = useCommonStyles();
  const styles = useActiesStyles();
  const { model, filter, setFilter, add, setStatus, remove, error, today } = useActies();
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  if (model === undefined) {
    return (
      <div className={common.screen}>
        <h1 className={common.heading1}>{t('tab.acties.title')}</h1>
        <Skeleton aria-label={t('tab.loading')}>
          <SkeletonItem size={120} />
        </Skeleton>
      </div>
    );
  }
  const closeAdd = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  return (
    <div className={common.screen}>
      <h1 className={common.heading1}>{t('tab.acties.title')}</h1>
      <p className={common.intro}>{t('tab.acties.intro')}</p>
      <LoadProblems problems={model.problems} />
      {error !== undefined && <ErrorNotice error={error} />}
      {adding ? (
        <AddActie
          bouwstenen={model.bouwstenen}
          onCancel={closeAdd}
          onAdd={async (draft) => {
            const created = await add(draft);
            if (created === undefined) return false;
            closeAdd();
            return true;
          }}
        />
      ) : (
        <div className={styles.row}>
          <Button ref={into(addButton)} appearance="primary" onClick={() => setAdding(true)}>
            {t('tab.acties.add')}
          </Button>
        </div>
      )}
      {model.all.length === 0 ? (
        <p className={common.muted}>{t('tab.acties.empty')}</p>
      ) : (
        <>
          <fieldset className={styles.filters}>
            <legend className={styles.legend}>{t('tab.acties.filters')}</legend>
            <Field className={styles.filterField} label={t('tab.acties.filter.status')}>
              <Select
                className={styles.fullWidth}
                value={filter.status}
                onChange={(_e, data) =>
                  setFilter((f) => ({ ...f, status: statussen.find((s) => s === data.value) ?? ALL }))
                }
              >
                <option value={ALL}>{t('tab.acties.filter.allStatuses')}</option>
                {statussen.map((s) => (
                  <option key={s} value={s}>
                    {statusText(t, s)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field className={styles.filterField} label={t('tab.acties.filter.eigenaar')}>
              <Select
                className={styles.fullWidth}
                value={filter.eigenaar}
                onChange={(_e, data) => setFilter((f) => ({ ...f, eigenaar: data.value }))}
              >
                <option value={ALL}>{t('tab.acties.filter.everyone')}</option>
                {model.owners.map((owner) => (
                  <option key={owner} value={owner}>
                    {owner}
                  </option>
                ))}
              </Select>
            </Field>
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
                  editing={editing === actie.id}
                  onEdit={(on) => setEditing(on ? actie.id : undefined)}
                  onStatus={(status) => void setStatus(actie, status)}
                  onRemove={() => void remove(actie)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
