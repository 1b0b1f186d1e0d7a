/**
 * Every indicator and signaal of the traject: definition, basiswaarde, doel and links, metingen with
 * a chart and its data table, movement in words, and the interpretation questions to discuss them
 * with. Added and edited here with autosave; each shows its own save state.
 */
import { Button, Link, Skeleton, SkeletonItem } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { findQuestion } from '../../../shared/content/queries.ts';
import { routeHref } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { LoadProblems } from '../common/LoadProblems.tsx';
import { into } from '../common/refs.ts';
import { useSt } from './i18n.ts';
import { IndicatorCard } from './IndicatorCard.tsx';
import { IndicatorFields } from './IndicatorFields.tsx';
import { useIndicatorenStyles } from './Indicatoren.styles.ts';
import { emptyIndicatorDraft, validateIndicator, type IndicatorDraft, type IndicatorField } from './model.ts';
import { useIndicatoren, type IndicatorenModel } from './useIndicatoren.ts';

function AddIndicator({
  model,
  onAdd,
  onCancel,
}: {
  readonly model: IndicatorenModel;
  readonly onAdd: (draft: IndicatorDraft) => void;
  readonly onCancel: () => void;
}) {
  const t = useSt();
  const styles = useIndicatorenStyles();
  const common = useCommonStyles();
  const [draft, setDraft] = useState<IndicatorDraft>(() =>
    emptyIndicatorDraft(model.places[0]?.questionId ?? ''),
  );
  const [shown, setShown] = useState<ReadonlySet<IndicatorField>>(new Set());
  const errors = validateIndicator(draft);
  const visible = Object.fromEntries(Object.entries(errors).filter(([f]) => shown.has(f as IndicatorField)));
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(errors).length > 0) {
      setShown(new Set(Object.keys(errors) as IndicatorField[]));
      form.current?.querySelector('input')?.focus();
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
      aria-labelledby="indicatoren-new"
    >
      <h2 id="indicatoren-new" className={common.heading3}>
        {t('indicatoren.new')}
      </h2>
      <IndicatorFields
        short
        draft={draft}
        errors={visible}
        options={model.options}
        places={model.places}
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

export function Indicatoren() {
  const t = useSt();
  const common = useCommonStyles();
  const styles = useIndicatorenStyles();
  const { model, today, error, add, remove, addMeting, changeMeting, removeMeting } = useIndicatoren();
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAdd = () => requestAnimationFrame(() => addButton.current?.focus());

  if (model === undefined) {
    return (
      <div className={common.screen}>
        <h1 className={common.heading1}>{t('indicatoren.title')}</h1>
        <Skeleton aria-label={t('tab.loading')}>
          <SkeletonItem size={120} />
        </Skeleton>
      </div>
    );
  }
  const start = findQuestion(model.edition, '2.indicatoren');

  return (
    <div className={common.screen}>
      <h1 className={common.heading1}>{t('indicatoren.title')}</h1>
      <p className={common.intro}>{t('indicatoren.intro')}</p>
      <LoadProblems problems={model.problems} />
      {error !== undefined && <ErrorNotice error={error} />}
      {adding ? (
        <AddIndicator
          model={model}
          onCancel={() => {
            setAdding(false);
            focusAdd();
          }}
          onAdd={(draft) => {
            void add(draft).then((created) => {
              if (created === undefined) return;
              setAdding(false);
              // The rest of its fields are filled in the editor, which takes the focus.
              setEditing(created.id);
            });
          }}
        />
      ) : (
        <div className={styles.actions}>
          <Button ref={into(addButton)} appearance="primary" onClick={() => setAdding(true)}>
            {t('indicatoren.add')}
          </Button>
        </div>
      )}
      {model.indicatoren.length === 0 ? (
        <div className={common.section}>
          <p className={common.intro}>{t('indicatoren.empty')}</p>
          <p>
            <Link
              href={routeHref(
                start === undefined
                  ? { screen: 'werkbladen', bouwsteen: '2' }
                  : { screen: 'werkbladen', bouwsteen: '2', questionId: start.question.id },
              )}
            >
              {t('indicatoren.empty.link')}
            </Link>
          </p>
        </div>
      ) : (
        <ul className={styles.list} aria-label={t('indicatoren.list')}>
          {model.indicatoren.map((indicator) => (
            <IndicatorCard
              key={indicator.id}
              indicator={indicator}
              metingen={model.metingen}
              context={model}
              today={today}
              editing={editing === indicator.id}
              onEdit={(on) => setEditing(on ? indicator.id : undefined)}
              onRemove={() => {
                void remove(indicator).then(focusAdd);
              }}
              onAddMeting={async (draft) => (await addMeting(indicator, draft)) !== undefined}
              onChangeMeting={async (meting, draft) => (await changeMeting(meting, draft)) !== undefined}
              onRemoveMeting={async (meting) => {
                await removeMeting(meting);
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
