/**
 * The 3-B matrix of activiteiten against the maatschappelijke resultaten, the gaps in words (a
 * result without activity, an activity that serves no result), and every activiteit, added and
 * edited here with autosave.
 */
import { Link, mergeClasses, useId } from '@fluentui/react-components';
import type { Current } from '../../../shared/application/index.ts';
import type { Activiteit } from '../../../shared/domain/model.ts';
import { routeHref, useT } from '../../app/index.ts';
import { AddRecord } from '../common/AddRecord.tsx';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { WarningIcon } from '../common/icons.tsx';
import { LoadProblems } from '../common/LoadProblems.tsx';
import { useRecordStyles } from '../common/record.styles.ts';
import { RecordActions } from '../common/RecordActions.tsx';
import { RecordEditor } from '../common/RecordEditor.tsx';
import { RecordForm } from '../common/RecordForm.tsx';
import { ScreenLoading } from '../common/ScreenLoading.tsx';
import { useDraftForm } from '../common/useDraftForm.ts';
import { useRecordScreen } from '../common/useRecordScreen.ts';
import { ActiviteitFields } from './ActiviteitFields.tsx';
import { useActiviteitenStyles } from './Activiteiten.styles.ts';
import { MatrixList, MatrixTable } from './Matrix.tsx';
import { emptyActiviteitDraft, validateActiviteit, type ActiviteitDraft } from './model.ts';
import { useActiviteitEditor } from './useActiviteitEditor.ts';
import { useActiviteiten, type ActiviteitenModel } from './useActiviteiten.ts';
import { useNarrow } from './useNarrow.ts';

function Gaps({ model }: { readonly model: ActiviteitenModel }) {
  const t = useT();
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
  const editor = useActiviteitEditor(activiteit);
  return (
    <RecordEditor editor={editor} onDone={onDone}>
      <ActiviteitFields draft={editor.draft} errors={editor.errors} model={model} onChange={editor.change} />
    </RecordEditor>
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
  readonly onRemove: () => Promise<unknown>;
}) {
  const t = useT();
  const styles = useActiviteitenStyles();
  const record = useRecordStyles();
  const common = useCommonStyles();
  const headingId = useId('activiteit');
  const resultaten = model.resultaten.filter((r) => activiteit.resultaten.includes(r.id));
  const elementen = activiteit.veranderverhaal.flatMap((id) => {
    const text = model.elementText.get(id);
    return text === undefined ? [] : [{ id, text }];
  });
  const aanbieder = model.partners.find((p) => p.id === activiteit.aanbieder)?.organisatie;
  const none = t('screens.notFilled');

  return (
    <li>
      <article className={record.card} aria-labelledby={headingId}>
        <h3 id={headingId} className={mergeClasses(common.heading3, common.userText)}>
          {activiteit.naam}
        </h3>
        <dl className={styles.details}>
          <dt className={record.term}>{t('activiteiten.field.niveau')}</dt>
          <dd className={styles.detailValue}>{t(`activiteiten.niveau.${activiteit.niveau}`)}</dd>
          <dt className={record.term}>{t('activiteiten.field.resultaten')}</dt>
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
          <dt className={record.term}>{t('activiteiten.field.veranderverhaal')}</dt>
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
          <dt className={record.term}>{t('activiteiten.field.aanbieder')}</dt>
          <dd className={styles.detailValue}>{aanbieder ?? none}</dd>
          {activiteit.beschrijving.trim() !== '' && (
            <>
              <dt className={record.term}>{t('activiteiten.field.beschrijving')}</dt>
              <dd className={styles.detailValue}>{activiteit.beschrijving}</dd>
            </>
          )}
        </dl>
        <RecordActions
          kind="activiteit"
          id={activiteit.id}
          editLabel={t('activiteiten.edit', { naam: activiteit.naam })}
          removeLabel={t('activiteiten.remove', { naam: activiteit.naam })}
          confirmText={t('activiteiten.removeConfirm', { naam: activiteit.naam })}
          editing={editing}
          onEdit={onEdit}
          onRemove={onRemove}
          editor={(done) => <Editor activiteit={activiteit} model={model} onDone={done} />}
        />
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
  const t = useT();
  const form = useDraftForm(emptyActiviteitDraft, validateActiviteit);
  return (
    <RecordForm
      title={t('activiteiten.new')}
      headingId="activiteiten-new"
      form={form}
      onAdd={onAdd}
      onCancel={onCancel}
      focusInvalid={form.errors.naam !== undefined ? 'input' : 'select'}
    >
      <ActiviteitFields
        draft={form.draft}
        errors={form.visible}
        model={model}
        onChange={form.change}
        onBlur={form.blur}
      />
    </RecordForm>
  );
}

export function Activiteiten() {
  const t = useT();
  const common = useCommonStyles();
  const record = useRecordStyles();
  const narrow = useNarrow();
  const { model, error, add, remove } = useActiviteiten();
  const screen = useRecordScreen();

  if (model === undefined) return <ScreenLoading title={t('activiteiten.title')} />;
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
        <AddRecord screen={screen} label={t('activiteiten.add')}>
          <AddActiviteit
            model={model}
            onCancel={screen.closeAdd}
            onAdd={(draft) => {
              void add(draft).then((created) => {
                if (created !== undefined) screen.closeAdd();
              });
            }}
          />
        </AddRecord>
        {model.activiteiten.length > 0 && (
          <ul className={record.grid} aria-label={t('activiteiten.list')}>
            {model.activiteiten.map((activiteit) => (
              <ActiviteitCard
                key={activiteit.id}
                activiteit={activiteit}
                model={model}
                {...screen.editingOf(activiteit.id)}
                onRemove={() => remove(activiteit).then(screen.focusAdd)}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
