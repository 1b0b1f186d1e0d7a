/**
 * One indicator or signaal: where it stands (latest meting, movement in words, progress to the doel),
 * its definition and links, the chart and its data table, its metingen, and the interpretation
 * questions it is discussed with.
 */
import { Button, Link, mergeClasses, useId } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Current } from '../../../shared/application/index.ts';
import type { Indicator, Meting } from '../../../shared/domain/model.ts';
import { latestMeting, movement, targetProgress } from '../../../shared/domain/rules/indicators.ts';
import type { IsoDate } from '../../../shared/domain/time.ts';
import { bouwsteenLabel, formatDate } from '../../../shared/i18n/index.ts';
import { routeHref, useLocale, useT, type T } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { ArrowDownIcon, ArrowFlatIcon, ArrowUpIcon } from '../common/icons.tsx';
import { useRecordStyles } from '../common/record.styles.ts';
import { RecordActions } from '../common/RecordActions.tsx';
import { RecordEditor } from '../common/RecordEditor.tsx';
import { into } from '../common/refs.ts';
import { valueText } from './format.ts';
import { IndicatorChart } from './IndicatorChart.tsx';
import { IndicatorFields } from './IndicatorFields.tsx';
import { useIndicatorenStyles } from './Indicatoren.styles.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { MetingForm } from './MetingForm.tsx';
import {
  draftOfMeting,
  emptyMetingDraft,
  koppelingText,
  promptWithoutStep,
  reflectionLinks,
  type MetingDraft,
} from './model.ts';
import { useIndicatorEditor } from './useIndicatorEditor.ts';
import type { IndicatorenModel } from './useIndicatoren.ts';

type Context = Pick<IndicatorenModel, 'edition' | 'options' | 'places'>;

function Status({
  indicator,
  metingen,
}: {
  readonly indicator: Indicator;
  readonly metingen: readonly Meting[];
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useIndicatorenStyles();
  const value = (waarde: number) => valueText(t, locale, waarde, indicator.eenheid);
  const latest = latestMeting(indicator.id, metingen);
  const moved = movement(indicator, metingen);
  const progress = targetProgress(indicator, metingen);

  let latestText = t('indicatoren.latest.none');
  if (latest !== undefined) {
    const datum = formatDate(locale, latest.datum);
    latestText =
      latest.waarde === undefined
        ? t('indicatoren.latest.words', { datum })
        : t('indicatoren.latest', { waarde: value(latest.waarde), datum });
  }
  let progressText: string | undefined;
  if (progress.kind === 'measured') {
    progressText = progress.reached
      ? t('indicatoren.target.reached')
      : progress.fraction < 0
        ? t('indicatoren.target.away')
        : t('indicatoren.target.progress', { percentage: Math.round(progress.fraction * 100) });
  }

  return (
    <div className={styles.status}>
      <p className={styles.statusLine}>{latestText}</p>
      {moved.kind === 'moved' ? (
        <p
          className={mergeClasses(
            styles.statusLine,
            moved.verdict === 'good' && styles.good,
            moved.verdict === 'bad' && styles.bad,
          )}
        >
          {moved.direction === 'up' ? (
            <ArrowUpIcon />
          ) : moved.direction === 'down' ? (
            <ArrowDownIcon />
          ) : (
            <ArrowFlatIcon />
          )}
          <span>
            {moved.direction === 'equal'
              ? t('indicatoren.movement.equal', { laatste: value(moved.latest.waarde) })
              : t(`indicatoren.movement.${moved.direction}`, {
                  vorige: value(moved.previous.waarde),
                  laatste: value(moved.latest.waarde),
                })}{' '}
            {moved.direction !== 'equal' && t(`indicatoren.verdict.${moved.verdict}`)}
          </span>
        </p>
      ) : (
        latest !== undefined &&
        indicator.soort === 'indicator' && (
          <p className={styles.statusLine}>{t('indicatoren.movement.insufficient')}</p>
        )
      )}
      {progressText !== undefined && <p className={styles.statusLine}>{progressText}</p>}
    </div>
  );
}

function koppelingLine(t: T, indicator: Indicator, context: Context): string {
  const linked = koppelingText(indicator.koppeling, context.options);
  switch (linked.kind) {
    case 'geen':
      return t('indicatoren.koppeling.geen');
    case 'missing':
      return t('indicatoren.koppeling.missing');
    case 'resultaat':
    case 'veranderverhaal':
    case 'activiteit':
      return t(`indicatoren.koppeling.${linked.kind}`, { tekst: linked.tekst });
  }
}

function Details({ indicator, context }: { readonly indicator: Indicator; readonly context: Context }) {
  const t = useT();
  const locale = useLocale();
  const styles = useIndicatorenStyles();
  const record = useRecordStyles();
  const none = t('screens.notFilled');
  const value = (waarde: number) => valueText(t, locale, waarde, indicator.eenheid);
  const place = context.places.find((p) => p.questionId === indicator.herkomst);
  const rows: [string, string][] = [
    [t('indicatoren.field.definitie'), indicator.definitie.trim() === '' ? none : indicator.definitie],
    [t('indicatoren.field.bron'), indicator.bron === '' ? none : indicator.bron],
    [t('indicatoren.field.eenheid'), indicator.eenheid === '' ? none : indicator.eenheid],
    [
      t('indicatoren.field.basisWaarde'),
      indicator.basis === undefined
        ? none
        : t('indicatoren.basis.value', {
            waarde: value(indicator.basis.waarde),
            datum: formatDate(locale, indicator.basis.datum),
          }),
    ],
    [
      t('indicatoren.field.doelWaarde'),
      indicator.doel === undefined
        ? none
        : t('indicatoren.doel.value', {
            waarde: value(indicator.doel.waarde),
            jaar: String(indicator.doel.jaar),
          }),
    ],
    [t('indicatoren.field.richting'), t(`indicatoren.richting.${indicator.richting}`)],
    [t('indicatoren.field.eigenaar'), indicator.eigenaar === '' ? none : indicator.eigenaar],
    [t('indicatoren.field.koppeling'), koppelingLine(t, indicator, context)],
    [
      t('indicatoren.field.herkomst'),
      place === undefined
        ? t('indicatoren.herkomst.geen')
        : t('indicatoren.herkomst.option', {
            bouwsteen: bouwsteenLabel(place.bouwsteen),
            vraag: place.label,
          }),
    ],
  ];
  return (
    <dl className={styles.details}>
      {rows.map(([term, text]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={record.term}>{term}</dt>
          <dd className={styles.value}>{text}</dd>
        </div>
      ))}
    </dl>
  );
}

function Reflection({
  indicator,
  context,
  cardHeadingId,
}: {
  readonly indicator: Indicator;
  readonly context: Context;
  readonly cardHeadingId: string;
}) {
  const t = useT();
  const styles = useIndicatorenStyles();
  const common = useCommonStyles();
  const headingId = useId('reflectie');
  const found = reflectionLinks(context.edition, indicator);
  if (found === undefined) return null;
  return (
    <section className={styles.section} aria-labelledby={`${headingId} ${cardHeadingId}`}>
      <h3 id={headingId} className={common.heading3}>
        {t('indicatoren.reflectie.heading')}
      </h3>
      <p className={common.intro}>
        {t('indicatoren.reflectie.intro', { bouwsteen: bouwsteenLabel(found.bouwsteen) })}
      </p>
      <ul className={styles.reflection}>
        {found.links.map(({ step, question }) => {
          const stap = t(`indicatoren.reflectie.step.${step}`);
          return (
            <li key={question.id}>
              <Link
                href={routeHref({
                  screen: 'werkbladen',
                  bouwsteen: found.bouwsteen,
                  questionId: question.id,
                })}
              >
                {t('indicatoren.reflectie.link', { stap, vraag: promptWithoutStep(question.prompt, stap) })}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Editor({
  indicator,
  context,
  onDone,
}: {
  readonly indicator: Current<Indicator>;
  readonly context: Context;
  readonly onDone: () => void;
}) {
  const editor = useIndicatorEditor(indicator);
  return (
    <RecordEditor editor={editor} onDone={onDone}>
      <IndicatorFields
        draft={editor.draft}
        errors={editor.errors}
        options={context.options}
        places={context.places}
        onChange={editor.change}
      />
    </RecordEditor>
  );
}

type MetingMode =
  | { readonly kind: 'add' }
  | { readonly kind: 'edit'; readonly meting: Current<Meting> }
  | { readonly kind: 'remove'; readonly meting: Current<Meting> };

export interface IndicatorCardProps {
  readonly indicator: Current<Indicator>;
  readonly metingen: readonly Current<Meting>[];
  readonly context: Context;
  readonly today: IsoDate;
  readonly editing: boolean;
  readonly onEdit: (on: boolean) => void;
  readonly onRemove: () => Promise<unknown>;
  readonly onAddMeting: (draft: MetingDraft) => Promise<boolean>;
  readonly onChangeMeting: (meting: Current<Meting>, draft: MetingDraft) => Promise<boolean>;
  readonly onRemoveMeting: (meting: Current<Meting>) => Promise<void>;
}

export function IndicatorCard({
  indicator,
  metingen,
  context,
  today,
  editing,
  onEdit,
  onRemove,
  onAddMeting,
  onChangeMeting,
  onRemoveMeting,
}: IndicatorCardProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useIndicatorenStyles();
  const record = useRecordStyles();
  const common = useCommonStyles();
  const headingId = useId('indicator');
  const chartHeadingId = useId('verloop');
  const [metingMode, setMetingMode] = useState<MetingMode | undefined>(undefined);
  const addMetingButton = useRef<HTMLButtonElement>(null);
  const own = metingen.filter((m) => m.indicatorId === indicator.id);
  const backToAdd = () => requestAnimationFrame(() => addMetingButton.current?.focus());
  const closeMeting = () => {
    setMetingMode(undefined);
    backToAdd();
  };

  return (
    <li>
      <article className={mergeClasses(record.card, styles.card)} aria-labelledby={headingId}>
        <div className={styles.titleRow}>
          <h2 id={headingId} className={mergeClasses(common.heading2, common.userText)}>
            {indicator.naam}
          </h2>
          <span className={styles.soort}>{t(`indicatoren.soort.${indicator.soort}`)}</span>
        </div>
        <Status indicator={indicator} metingen={own} />
        <Details indicator={indicator} context={context} />
        <RecordActions
          kind="indicator"
          id={indicator.id}
          editLabel={t('indicatoren.edit', { naam: indicator.naam })}
          removeLabel={t('indicatoren.remove', { naam: indicator.naam })}
          confirmText={t('indicatoren.removeConfirm', { naam: indicator.naam })}
          editing={editing}
          onEdit={onEdit}
          onRemove={onRemove}
          editor={(done) => <Editor indicator={indicator} context={context} onDone={done} />}
        />

        {/* Named with the indicator too: every card has these sections, and landmarks need unique names. */}
        <section className={styles.section} aria-labelledby={`${chartHeadingId} ${headingId}`}>
          <h3 id={chartHeadingId} className={common.heading3}>
            {t('indicatoren.chart.heading')}
          </h3>
          <IndicatorChart indicator={indicator} metingen={own} />
          <IndicatorTable
            indicator={indicator}
            metingen={own}
            onEdit={(meting) => setMetingMode({ kind: 'edit', meting })}
            onRemove={(meting) => setMetingMode({ kind: 'remove', meting })}
          />
          {metingMode?.kind === 'remove' && (
            <div
              className={record.confirm}
              role="group"
              aria-label={t('indicatoren.meting.removeConfirm', {
                datum: formatDate(locale, metingMode.meting.datum),
              })}
            >
              <span>
                {t('indicatoren.meting.removeConfirm', {
                  datum: formatDate(locale, metingMode.meting.datum),
                })}
              </span>
              <Button
                appearance="primary"
                onClick={() => {
                  void onRemoveMeting(metingMode.meting).then(closeMeting);
                }}
              >
                {t('tab.common.remove')}
              </Button>
              <Button onClick={closeMeting}>{t('tab.common.cancel')}</Button>
            </div>
          )}
          {metingMode?.kind === 'edit' && (
            <MetingForm
              key={metingMode.meting.id}
              title={t('indicatoren.meting.editing', { datum: formatDate(locale, metingMode.meting.datum) })}
              soort={indicator.soort}
              initial={draftOfMeting(locale, metingMode.meting)}
              today={today}
              submitLabel={t('indicatoren.meting.save')}
              onCancel={closeMeting}
              onSubmit={async (draft) => {
                const ok = await onChangeMeting(metingMode.meting, draft);
                if (ok) closeMeting();
                return ok;
              }}
            />
          )}
          {metingMode?.kind === 'add' ? (
            <MetingForm
              title={t('indicatoren.meting.new', { naam: indicator.naam })}
              soort={indicator.soort}
              initial={emptyMetingDraft(today)}
              today={today}
              submitLabel={t('tab.common.add')}
              onCancel={closeMeting}
              onSubmit={async (draft) => {
                const ok = await onAddMeting(draft);
                if (ok) closeMeting();
                return ok;
              }}
            />
          ) : (
            <div className={record.actions}>
              <Button
                ref={into(addMetingButton)}
                onClick={() => setMetingMode({ kind: 'add' })}
                aria-label={t('indicatoren.meting.addTo', { naam: indicator.naam })}
              >
                {t('indicatoren.meting.add')}
              </Button>
            </div>
          )}
        </section>

        <Reflection indicator={indicator} context={context} cardHeadingId={headingId} />
      </article>
    </li>
  );
}
