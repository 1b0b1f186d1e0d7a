/**
 * The 3-B matrix of activiteiten against the maatschappelijke resultaten, the gaps in words (a
 * result without activity, an activity that serves no result), and every activiteit, added and
 * edited here with autosave.
 */
import { Button, Link, Skeleton, SkeletonItem, mergeClasses, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Current } from '../../../shared/application/index.ts';
import type { Activiteit } from '../../../shared/domain/model.ts';
import { routeHref } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { WarningIcon } from '../common/icons.tsx';
import { LoadProblems } from '../common/LoadProblems.tsx';
import { into } from '../common/refs.ts';
import { RecordSaveState } from '../common/SaveState.tsx';
import { useSt } from '../indicatoren/i18n.ts';
import { ActiviteitFields } from './ActiviteitFields.tsx';
import { useActiviteitenStyles } from './Activiteiten.styles.ts';
import { MatrixList, MatrixTable } from './Matrix.tsx';
import {
  emptyActiviteitDraft,
  validateActiviteit,
  type ActiviteitDraft,
  type ActiviteitField,
} from './model.ts';
import { useActiviteitEditor } from './useActiviteitEditor.ts';
import { useActiviteiten, type ActiviteitenModel } from './useActiviteiten.ts';
import { useNarrow } from './useNarrow.ts';

function Gaps({ model }: { readonly model: ActiviteitenModel }) {
  const t = useSt();
  const styles = useActiviteitenStyles();
  const common = useCommonStyles();
  const { resultatenZonderActiviteit, activiteitenZonderResultaat } = model.matrix.gaps;
  const none = resultatenZonderActiviteit.length === 0 && activiteitenZonderResultaat.length === 0;
  return (
    <section className={common.section} aria-labelledby="activiteiten-gaps">
      <h2 id="activiteiten-gaps" className={common.heading2}>
        {t('activiteiten.gaps.heading')}
      </h2>
      {none ? (
        <p>{t('activiteiten.gaps.none')}</p>
      ) : (
        <ul className={styles.gaps}>
          {resultatenZonderActiviteit.map((r) => (
            <li key={r.id} className={styles.gap}>
              <WarningIcon />
              <span>{t('activiteiten.gaps.resultaat', { resultaat: r.text })}</span>
            </li>
          ))}
          {activiteitenZonderResultaat.map((a) => (
            <li key={a.id} className={styles.gap}>
              <WarningIcon />
              <span>{t('activiteiten.gaps.activiteit', { activiteit: a.naam })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Editor({
  activiteit,
  model,
  onDone,
}: {
  readonly activiteit: Current<Activiteit>;
  readonly model: ActiviteitenModel;
  readonly onDone: () => void;
}) {
  const t = useSt();
  const styles = useActiviteitenStyles();
  const editor = useActiviteitEditor(activiteit);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('input')?.focus();
  }, []);
  return (
    <div ref={box} className={styles.form}>
      <ActiviteitFields draft={editor.draft} errors={editor.errors} model={model} onChange={editor.change} />
      {editor.error !== undefined && <ErrorNotice error={editor.error} />}
      <div className={styles.actions}>
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

function ActiviteitCard({
  activiteit,
  model,
  editing,
  onEdit,
  onRemove,
}: {
  readonly activiteit: Current<Activiteit>;
  readonly model: ActiviteitenModel;
  readonly editing: boolean;
  readonly onEdit: (on: boolean) => void;
  readonly onRemove: () => void;
}) {
  const t = useSt();
  const styles = useActiviteitenStyles();
  const common = useCommonStyles();
  const headingId = useId('activiteit');
  const [confirming, setConfirming] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const resultaten = model.resultaten.filter((r) => activiteit.resultaten.includes(r.id));
  const elementen = activiteit.veranderverhaal.flatMap((id) => {
    const text = model.elementText.get(id);
    return text === undefined ? [] : [{ id, text }];
  });
  const aanbieder = model.partners.find((p) => p.id === activiteit.aanbieder)?.organisatie;
  const none = t('screens.notFilled');

  return (
    <li>
      <article className={styles.card} aria-labelledby={headingId}>
        <h3 id={headingId} className={mergeClasses(common.heading3, common.userText)}>
          {activiteit.naam}
        </h3>
        <dl className={styles.details}>
          <dt className={styles.detailTerm}>{t('activiteiten.field.niveau')}</dt>
          <dd className={styles.detailValue}>{t(`activiteiten.niveau.${activiteit.niveau}`)}</dd>
          <dt className={styles.detailTerm}>{t('activiteiten.field.resultaten')}</dt>
          <dd className={styles.detailValue}>
            {resultaten.length === 0 ? (
              <span className={styles.gap}>
                <WarningIcon />
                {t('activiteiten.detail.geenResultaat')}
              </span>
            ) : (
              <ul className={styles.inlineList}>
                {resultaten.map((r) => (
                  <li key={r.id}>{r.text}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt className={styles.detailTerm}>{t('activiteiten.field.veranderverhaal')}</dt>
          <dd className={styles.detailValue}>
            {elementen.length === 0 ? (
              none
            ) : (
              <ul className={styles.inlineList}>
                {elementen.map((e) => (
                  <li key={e.id}>{e.text}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt className={styles.detailTerm}>{t('activiteiten.field.aanbieder')}</dt>
          <dd className={styles.detailValue}>{aanbieder ?? none}</dd>
          {activiteit.beschrijving.trim() !== '' && (
            <>
              <dt className={styles.detailTerm}>{t('activiteiten.field.beschrijving')}</dt>
              <dd className={styles.detailValue}>{activiteit.beschrijving}</dd>
            </>
          )}
        </dl>
        <RecordSaveState kind="activiteit" id={activiteit.id} />
        {!editing && !confirming && (
          <div className={styles.actions}>
            <Button
              ref={into(editButton)}
              onClick={() => onEdit(true)}
              aria-label={t('activiteiten.edit', { naam: activiteit.naam })}
            >
              {t('tab.common.edit')}
            </Button>
            <Button
              onClick={() => setConfirming(true)}
              aria-label={t('activiteiten.remove', { naam: activiteit.naam })}
            >
              {t('tab.common.remove')}
            </Button>
          </div>
        )}
        {confirming && (
          <div
            className={styles.confirm}
            role="group"
            aria-label={t('activiteiten.removeConfirm', { naam: activiteit.naam })}
          >
            <span>{t('activiteiten.removeConfirm', { naam: activiteit.naam })}</span>
            <Button appearance="primary" onClick={onRemove}>
              {t('tab.common.remove')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('tab.common.cancel')}</Button>
          </div>
        )}
        {editing && (
          <Editor
            activiteit={activiteit}
            model={model}
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

function AddActiviteit({
  model,
  onAdd,
  onCancel,
}: {
  readonly model: ActiviteitenModel;
  readonly onAdd: (draft: ActiviteitDraft) => void;
  readonly onCancel: () => void;
}) {
  const t = useSt();
  const styles = useActiviteitenStyles();
  const common = useCommonStyles();
  const [draft, setDraft] = useState<ActiviteitDraft>(emptyActiviteitDraft);
  const [shown, setShown] = useState<ReadonlySet<ActiviteitField>>(new Set());
  const errors = validateActiviteit(draft);
  const visible = Object.fromEntries(Object.entries(errors).filter(([f]) => shown.has(f as ActiviteitField)));
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(errors).length > 0) {
      setShown(new Set(Object.keys(errors) as ActiviteitField[]));
      const target = errors.naam !== undefined ? 'input' : 'select';
      form.current?.querySelector<HTMLElement>(target)?.focus();
      return;
    }
    onAdd(draft);
  };
  return (
    <form
      ref={form}
      className={styles.formCard}
      onSubmit={submit}
      noValidate
      aria-labelledby="activiteiten-new"
    >
      <h3 id="activiteiten-new" className={common.heading3}>
        {t('activiteiten.new')}
      </h3>
      <ActiviteitFields
        draft={draft}
        errors={visible}
        model={model}
        onChange={(field, value) => setDraft((d) => ({ ...d, [field]: value }))}
        onBlur={(field) => setShown((s) => new Set([...s, field]))}
      />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t('tab.common.add')}
        </Button>
        <Button onClick={onCancel}>{t('tab.common.cancel')}</Button>
      </div>
    </form>
  );
}

export function Activiteiten() {
  const t = useSt();
  const common = useCommonStyles();
  const styles = useActiviteitenStyles();
  const narrow = useNarrow();
  const { model, error, add, remove } = useActiviteiten();
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAdd = () => requestAnimationFrame(() => addButton.current?.focus());

  if (model === undefined) {
    return (
      <div className={common.screen}>
        <h1 className={common.heading1}>{t('activiteiten.title')}</h1>
        <Skeleton aria-label={t('tab.loading')}>
          <SkeletonItem size={120} />
        </Skeleton>
      </div>
    );
  }
  const place = model.resultatenPlace;

  return (
    <div className={common.screen}>
      <h1 className={common.heading1}>{t('activiteiten.title')}</h1>
      <p className={common.intro}>{t('activiteiten.intro')}</p>
      <LoadProblems problems={model.problems} />
      {error !== undefined && <ErrorNotice error={error} />}

      <section className={common.section} aria-labelledby="activiteiten-matrix">
        <h2 id="activiteiten-matrix" className={common.heading2}>
          {t('activiteiten.matrix.heading')}
        </h2>
        {model.resultaten.length === 0 ? (
          <>
            <p className={common.intro}>{t('activiteiten.noResults')}</p>
            <p>
              <Link
                href={routeHref(
                  place === undefined
                    ? { screen: 'werkbladen', bouwsteen: '2' }
                    : { screen: 'werkbladen', bouwsteen: place.bouwsteen, questionId: place.questionId },
                )}
              >
                {t('activiteiten.noResults.link')}
              </Link>
            </p>
          </>
        ) : narrow ? (
          <MatrixList model={model} />
        ) : (
          <MatrixTable model={model} />
        )}
      </section>

      {(model.resultaten.length > 0 || model.activiteiten.length > 0) && <Gaps model={model} />}

      <section className={common.section} aria-labelledby="activiteiten-list">
        <h2 id="activiteiten-list" className={common.heading2}>
          {t('activiteiten.list')}
        </h2>
        {model.activiteiten.length === 0 && <p className={common.muted}>{t('activiteiten.empty')}</p>}
        {adding ? (
          <AddActiviteit
            model={model}
            onCancel={() => {
              setAdding(false);
              focusAdd();
            }}
            onAdd={(draft) => {
              void add(draft).then((created) => {
                if (created === undefined) return;
                setAdding(false);
                focusAdd();
              });
            }}
          />
        ) : (
          <div className={styles.actions}>
            <Button ref={into(addButton)} appearance="primary" onClick={() => setAdding(true)}>
              {t('activiteiten.add')}
            </Button>
          </div>
        )}
        {model.activiteiten.length > 0 && (
          <ul className={styles.list} aria-label={t('activiteiten.list')}>
            {model.activiteiten.map((activiteit) => (
              <ActiviteitCard
                key={activiteit.id}
                activiteit={activiteit}
                model={model}
                editing={editing === activiteit.id}
                onEdit={(on) => setEditing(on ? activiteit.id : undefined)}
                onRemove={() => {
                  void remove(activiteit).then(focusAdd);
                }}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
