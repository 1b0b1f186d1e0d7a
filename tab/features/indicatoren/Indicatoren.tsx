/**
 * Every indicator and signaal of the traject: definition, basiswaarde, doel and links, metingen with
 * a chart and its data table, movement in words, and the interpretation questions to discuss them
 * with. Added and edited here with autosave; each shows its own save state.
 */
import { Link } from '@fluentui/react-components';
import { findQuestion } from '../../../shared/content/queries.ts';
import { routeHref, useT } from '../../app/index.ts';
import { AddRecord } from '../common/AddRecord.tsx';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { LoadProblems } from '../common/LoadProblems.tsx';
import { RecordForm } from '../common/RecordForm.tsx';
import { ScreenLoading } from '../common/ScreenLoading.tsx';
import { useDraftForm } from '../common/useDraftForm.ts';
import { useRecordScreen } from '../common/useRecordScreen.ts';
import { IndicatorCard } from './IndicatorCard.tsx';
import { IndicatorFields } from './IndicatorFields.tsx';
import { useIndicatorenStyles } from './Indicatoren.styles.ts';
import { emptyIndicatorDraft, validateIndicator, type IndicatorDraft } from './model.ts';
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
  const t = useT();
  const form = useDraftForm(() => emptyIndicatorDraft(model.places[0]?.questionId ?? ''), validateIndicator);
  return (
    <RecordForm
      title={t('indicatoren.new')}
      headingId="indicatoren-new"
      level={2}
      form={form}
      onAdd={onAdd}
      onCancel={onCancel}
    >
      <IndicatorFields
        short
        draft={form.draft}
        errors={form.visible}
        options={model.options}
        places={model.places}
        onChange={form.change}
        onBlur={form.blur}
      />
    </RecordForm>
  );
}

export function Indicatoren() {
  const t = useT();
  const common = useCommonStyles();
  const styles = useIndicatorenStyles();
  const { model, today, error, add, remove, addMeting, changeMeting, removeMeting } = useIndicatoren();
  const screen = useRecordScreen();

  if (model === undefined) return <ScreenLoading title={t('indicatoren.title')} />;
  const start = findQuestion(model.edition, '2.indicatoren');

  return (
    <div className={common.screen}>
      <h1 className={common.heading1}>{t('indicatoren.title')}</h1>
      <p className={common.intro}>{t('indicatoren.intro')}</p>
      <LoadProblems problems={model.problems} />
      {error !== undefined && <ErrorNotice error={error} />}
      <AddRecord screen={screen} label={t('indicatoren.add')}>
        <AddIndicator
          model={model}
          onCancel={screen.closeAdd}
          onAdd={(draft) => {
            void add(draft).then((created) => {
              // The rest of its fields are filled in the editor, which takes the focus.
              if (created !== undefined) screen.editAdded(created.id);
            });
          }}
        />
      </AddRecord>
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
              {...screen.editingOf(indicator.id)}
              onRemove={() => remove(indicator).then(screen.focusAdd)}
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
