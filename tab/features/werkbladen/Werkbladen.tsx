/**
 * The Werkbladen screen: a bouwsteen picker, the bouwsteen's title and Resultaat, its intro and
 * "Belangrijke vragen vooraf", then its sheets in order, each with its progress.
 */
import { Badge, MessageBar, MessageBarBody, Text, mergeClasses } from '@fluentui/react-components';
import { ArrowRepeatAllRegular, TaskListSquareLtrRegular } from '@fluentui/react-icons';
import type { TrajectView } from '../../../shared/application/index.ts';
import type { Bouwsteen, BouwsteenId, Edition, Sheet } from '../../../shared/content/schema.ts';
import { sheetProgress } from '../../../shared/domain/rules/index.ts';
import { bouwsteenLabel } from '../../../shared/i18n/index.ts';
import { routeHref, useT, type T } from '../../app/index.ts';
import { ContentItems } from './ContentItems.tsx';
import { bouwsteenHeadingId, type WerkbladenModel } from './useWerkbladen.ts';
import { useWerkbladenStyles } from './Werkbladen.styles.ts';

/** "Bouwsteen 0-A", or "Stap 1" in the kwaliteitsmodel, which numbers its steps. */
export function bouwsteenName(t: T, edition: Edition, id: BouwsteenId): string {
  const step = edition.stepMapping.find((s) => s.bouwsteen === id);
  return step === undefined
    ? t('werkbladen.picker.bouwsteen', { bouwsteen: bouwsteenLabel(id) })
    : t('werkbladen.picker.stap', { stap: String(step.step) });
}

function Picker({
  edition,
  current,
}: {
  readonly edition: Edition;
  readonly current: BouwsteenId | undefined;
}) {
  const t = useT();
  const styles = useWerkbladenStyles();
  return (
    <nav aria-label={t('werkbladen.picker.label')} className={styles.picker}>
      <ol className={styles.pickerList}>
        {edition.bouwstenen.map((b) => (
          <li key={b.id}>
            <a
              href={routeHref({ screen: 'werkbladen', bouwsteen: b.id })}
              aria-current={b.id === current ? 'page' : undefined}
              className={mergeClasses(styles.pickerLink, b.id === current && styles.pickerCurrent)}
            >
              <span className={styles.pickerNumber}>{bouwsteenName(t, edition, b.id)}</span>
              <span className={styles.pickerTitle}>{b.title}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function SheetSection({
  sheet,
  bouwsteen,
  edition,
  view,
}: {
  readonly sheet: Sheet;
  readonly bouwsteen: Bouwsteen;
  readonly edition: Edition;
  readonly view: TrajectView;
}) {
  const t = useT();
  const styles = useWerkbladenStyles();
  const progress = sheetProgress(sheet, bouwsteen, view);
  const headingId = `werkblad-${sheet.id.replace('/', '-')}`;
  return (
    <section aria-labelledby={headingId} className={styles.sheet}>
      <h3 id={headingId} className={styles.heading3}>
        {sheet.title}
      </h3>
      <div className={styles.sheetMeta}>
        {sheet.kind === 'lerenEnVerbeteren' && (
          <Badge appearance="tint" color="brand" icon={<ArrowRepeatAllRegular />}>
            {t('werkbladen.sheet.lerenEnVerbeteren')}
          </Badge>
        )}
        {progress.required > 0 && (
          <Text>{t('progress.count', { count: progress.answered, total: progress.required })}</Text>
        )}
      </div>
      {sheet.actie !== undefined && (
        <div className={styles.actie}>
          <TaskListSquareLtrRegular aria-hidden />
          <Text>
            <Text weight="semibold">{t('werkbladen.sheet.actie')}: </Text>
            {sheet.actie}
          </Text>
        </div>
      )}
      <ContentItems
        id={headingId}
        items={sheet.items}
        parentLevel={3}
        bouwsteen={bouwsteen.id}
        edition={edition}
        view={view}
      />
    </section>
  );
}

export interface WerkbladenProps {
  readonly edition: Edition;
  readonly view: TrajectView;
  readonly model: WerkbladenModel;
}

export function Werkbladen({ edition, view, model }: WerkbladenProps) {
  const t = useT();
  const styles = useWerkbladenStyles();
  const current = model.status === 'ready' ? model.bouwsteen : undefined;
  return (
    <div className={styles.page}>
      <h1 className={styles.heading1}>{t('werkbladen.title')}</h1>
      <Picker edition={edition} current={current?.id} />
      {model.status === 'not-in-edition' && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('werkbladen.notInEdition', { bouwsteen: bouwsteenLabel(model.requested) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {current !== undefined && (
        <article aria-labelledby={bouwsteenHeadingId} className={styles.page}>
          <header className={styles.header}>
            <Text className={styles.overline}>{bouwsteenName(t, edition, current.id)}</Text>
            <h2 id={bouwsteenHeadingId} tabIndex={-1} className={styles.heading2}>
              {current.title}
            </h2>
          </header>
          {model.status === 'ready' && model.questionMissing && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('werkbladen.questionNotFound')}</MessageBarBody>
            </MessageBar>
          )}
          {current.resultaat !== undefined && (
            <section aria-labelledby="werkbladen-resultaat" className={styles.resultaat}>
              <h3 id="werkbladen-resultaat" className={styles.heading3}>
                {t('werkbladen.resultaat.heading')}
              </h3>
              <Text weight="semibold">{t('werkbladen.resultaat.waarom')}</Text>
              {current.resultaat.waarom.map((p, i) => (
                <p key={i} className={styles.paragraph}>
                  {p}
                </p>
              ))}
              <Text weight="semibold">{t('werkbladen.resultaat.uitkomst')}</Text>
              {current.resultaat.uitkomst.map((p, i) => (
                <p key={i} className={styles.paragraph}>
                  {p}
                </p>
              ))}
            </section>
          )}
          {current.intro.length > 0 && (
            <div className={styles.section}>
              <ContentItems
                id="werkbladen-intro"
                items={current.intro}
                parentLevel={2}
                bouwsteen={current.id}
                edition={edition}
                view={view}
              />
            </div>
          )}
          {current.vooraf.length > 0 && (
            <section aria-labelledby="werkbladen-vooraf" className={styles.section}>
              <h3 id="werkbladen-vooraf" className={styles.heading3}>
                {t('werkbladen.vooraf.heading')}
              </h3>
              <ContentItems
                id="werkbladen-vooraf"
                items={current.vooraf}
                parentLevel={3}
                bouwsteen={current.id}
                edition={edition}
                view={view}
              />
            </section>
          )}
          {current.sheets.map((sheet) => (
            <SheetSection key={sheet.id} sheet={sheet} bouwsteen={current} edition={edition} view={view} />
          ))}
        </article>
      )}
    </div>
  );
}
