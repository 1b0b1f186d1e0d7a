/**
 * The compass at a glance: every bouwsteen (0–6, with its A/B parts) with its progress and status,
 * the next reflectie, open verbeteracties, the indicators' latest movement and the warnings, each
 * linking to its place.
 */
import { Link, Skeleton, SkeletonItem, mergeClasses } from '@fluentui/react-components';
import {
  bouwsteenLabel,
  describeWarning,
  formatDate,
  formatNumber,
  progressStatusLabel,
  reflectieStatusText,
  type Locale,
} from '../../../shared/i18n/index.ts';
import type { BouwsteenStatus } from '../../../shared/domain/rules/index.ts';
import { routeHref, useLocale, useT } from '../../app/index.ts';
import { deadlineText } from '../common/actie-text.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import {
  ArrowDownIcon,
  ArrowFlatIcon,
  ArrowUpIcon,
  DoneIcon,
  InProgressIcon,
  NotStartedIcon,
  OverdueIcon,
  WarningIcon,
} from '../common/icons.tsx';
import { LoadProblems } from '../common/LoadProblems.tsx';
import type { CompassGroup, IndicatorLine, OverzichtModel } from './model.ts';
import { shownActies, shownIndicators } from './model.ts';
import { useOverzichtStyles } from './Overzicht.styles.ts';
import { useOverzicht } from './useOverzicht.ts';
import type { IsoDate } from '../../../shared/domain/time.ts';

function StatusIcon({ state }: { readonly state: BouwsteenStatus }) {
  switch (state.status) {
    case 'niet-gestart':
      return <NotStartedIcon />;
    case 'bezig':
      return <InProgressIcon />;
    case 'afgerond':
      return <DoneIcon />;
    case 'reflectie-verlopen':
      return <OverdueIcon />;
  }
}

/** A bar for the eye; the numbers are in the text next to it. */
function Bar({ answered, required }: { readonly answered: number; readonly required: number }) {
  const styles = useOverzichtStyles();
  const share = required === 0 ? 0 : Math.round((answered / required) * 100);
  return (
    <div className={styles.bar} aria-hidden="true">
      <div className={styles.barFill} style={{ width: `${share}%` }} />
    </div>
  );
}

function Group({ group }: { readonly group: CompassGroup }) {
  const t = useT();
  const locale = useLocale();
  const styles = useOverzichtStyles();
  const common = useCommonStyles();
  return (
    <li className={styles.card}>
      <h3 className={mergeClasses(common.heading3, styles.groupHeading)}>
        <span className={styles.number} aria-hidden="true">
          {group.nummer}
        </span>
        {t('tab.overzicht.bouwsteen', { bouwsteen: String(group.nummer) })}
      </h3>
      <ul className={styles.parts}>
        {group.parts.map(({ bouwsteen, state, answered, required }) => (
          <li key={bouwsteen.id} className={styles.part}>
            <Link
              className={styles.partLink}
              href={routeHref({ screen: 'werkbladen', bouwsteen: bouwsteen.id })}
            >
              {`${bouwsteenLabel(bouwsteen.id)} ${bouwsteen.title}`}
            </Link>
            <span
              className={mergeClasses(
                styles.status,
                state.status === 'afgerond' && styles.statusAfgerond,
                state.status === 'reflectie-verlopen' && styles.statusVerlopen,
              )}
            >
              <StatusIcon state={state} />
              {progressStatusLabel(locale, state)}
            </span>
            <span className={styles.count}>{t('progress.count', { count: answered, total: required })}</span>
            <Bar answered={answered} required={required} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** "31 meldingen", "69 %": the number in the locale's notation with the indicator's unit. */
function measured(locale: Locale, waarde: number, eenheid: string): string {
  return eenheid === '' ? formatNumber(locale, waarde) : `${formatNumber(locale, waarde)} ${eenheid}`;
}

function MovementText({ line }: { readonly line: IndicatorLine }) {
  const t = useT();
  const styles = useOverzichtStyles();
  const { movement } = line;
  if (movement.kind === 'insufficient') {
    return <span className={styles.detail}>{t('tab.overzicht.indicatoren.insufficient')}</span>;
  }
  const Icon =
    movement.direction === 'up' ? ArrowUpIcon : movement.direction === 'down' ? ArrowDownIcon : ArrowFlatIcon;
  return (
    <span className={styles.movement}>
      <Icon />
      {t('tab.overzicht.indicatoren.movement', {
        beweging: t(`indicator.direction.${movement.direction}`),
        oordeel: t(`indicator.verdict.${movement.verdict}`),
      })}
    </span>
  );
}

function Panels({ model, today }: { readonly model: OverzichtModel; readonly today: IsoDate }) {
  const t = useT();
  const locale = useLocale();
  const styles = useOverzichtStyles();
  const common = useCommonStyles();
  const { nextReflectie, openActies, indicatoren } = model;
  return (
    <div className={styles.panels}>
      <section className={styles.card} aria-labelledby="overzicht-reflectie">
        <h2 id="overzicht-reflectie" className={common.heading2}>
          {t('tab.overzicht.reflectie.title')}
        </h2>
        {nextReflectie === undefined ? (
          <p className={common.muted}>{t('tab.overzicht.reflectie.none')}</p>
        ) : (
          <>
            <p className={nextReflectie.status.status === 'verlopen' ? styles.overdue : undefined}>
              {reflectieStatusText(locale, nextReflectie.status)}
            </p>
            <Link href={routeHref(nextReflectie.route)}>
              {t('tab.overzicht.reflectie.of', {
                bouwsteen: bouwsteenLabel(nextReflectie.bouwsteen.id),
                titel: nextReflectie.bouwsteen.title,
              })}
            </Link>
          </>
        )}
      </section>

      <section className={styles.card} aria-labelledby="overzicht-acties">
        <h2 id="overzicht-acties" className={common.heading2}>
          {t('tab.overzicht.acties.title')}
        </h2>
        <p>
          {openActies.length === 0
            ? t('tab.overzicht.acties.none')
            : t('tab.overzicht.acties.count', { count: openActies.length })}
        </p>
        {openActies.length > 0 && (
          <ul className={common.plainList}>
            {openActies.slice(0, shownActies).map((actie) => {
              const deadline = deadlineText(t, locale, actie, today);
              return (
                <li key={actie.id} className={styles.item}>
                  <span className={common.userText}>{actie.tekst}</span>
                  <span className={styles.detail}>
                    {actie.eigenaar === '' ? t('tab.actie.noEigenaar') : <bdi>{actie.eigenaar}</bdi>} ·{' '}
                    {deadline.date}
                  </span>
                  {deadline.warning !== undefined && (
                    <span className={deadline.overdue ? styles.overdue : styles.detail}>
                      {deadline.warning}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <Link href={routeHref({ screen: 'acties' })}>{t('tab.overzicht.acties.all')}</Link>
      </section>

      <section className={styles.card} aria-labelledby="overzicht-indicatoren">
        <h2 id="overzicht-indicatoren" className={common.heading2}>
          {t('tab.overzicht.indicatoren.title')}
        </h2>
        {indicatoren.length === 0 ? (
          <>
            <p className={common.muted}>{t('tab.overzicht.indicatoren.empty')}</p>
            <Link href={routeHref(model.indicatorRoute)}>{t('tab.overzicht.indicatoren.add')}</Link>
          </>
        ) : (
          <>
            <ul className={common.plainList}>
              {indicatoren.slice(0, shownIndicators).map((line) => (
                <li key={line.indicator.id} className={styles.item}>
                  <span className={common.userText}>{line.indicator.naam}</span>
                  <span className={styles.detail}>
                    {line.latest === undefined
                      ? t('tab.overzicht.indicatoren.noMeting')
                      : line.latest.waarde === undefined
                        ? t('tab.overzicht.indicatoren.latestText', {
                            datum: formatDate(locale, line.latest.datum),
                            toelichting: line.latest.toelichting,
                          })
                        : t('tab.overzicht.indicatoren.latest', {
                            waarde: measured(locale, line.latest.waarde, line.indicator.eenheid),
                            datum: formatDate(locale, line.latest.datum),
                          })}
                  </span>
                  <MovementText line={line} />
                </li>
              ))}
            </ul>
            <Link href={routeHref({ screen: 'indicatoren' })}>{t('tab.overzicht.indicatoren.all')}</Link>
          </>
        )}
      </section>
    </div>
  );
}

function LoadingSkeleton() {
  const t = useT();
  return (
    <Skeleton aria-label={t('tab.loading')}>
      <SkeletonItem size={24} style={{ width: '30%' }} />
      {[0, 1, 2].map((i) => (
        <SkeletonItem key={i} size={72} style={{ marginTop: '12px' }} />
      ))}
    </Skeleton>
  );
}

export function Overzicht() {
  const t = useT();
  const locale = useLocale();
  const styles = useOverzichtStyles();
  const common = useCommonStyles();
  const state = useOverzicht();
  return (
    <div className={common.screen}>
      <h1 className={common.heading1}>{t('tab.overzicht.title')}</h1>
      {state.status === 'loading' ? (
        <LoadingSkeleton />
      ) : (
        <>
          <LoadProblems problems={state.problems} />
          <section className={common.section} aria-labelledby="overzicht-kompas">
            <h2 id="overzicht-kompas" className={common.heading2}>
              {t('tab.overzicht.compass')}
            </h2>
            <div className={styles.total}>
              <span>
                {t('tab.overzicht.total')}:{' '}
                {t('progress.count', {
                  count: state.model.total.answered,
                  total: state.model.total.required,
                })}
              </span>
              <Bar answered={state.model.total.answered} required={state.model.total.required} />
            </div>
            <ol className={styles.compass}>
              {state.model.groups.map((group) => (
                <Group key={group.nummer} group={group} />
              ))}
            </ol>
          </section>
          <Panels model={state.model} today={state.today} />
          <section className={styles.card} aria-labelledby="overzicht-warnings">
            <h2 id="overzicht-warnings" className={common.heading2}>
              {t('tab.overzicht.warnings.title')}
            </h2>
            {state.model.warnings.length === 0 ? (
              <p className={common.muted}>{t('tab.overzicht.warnings.none')}</p>
            ) : (
              <ul className={common.plainList}>
                {state.model.warnings.map(({ warning, route }, i) => (
                  <li key={`${warning.code}-${i}`} className={styles.warning}>
                    <WarningIcon className={styles.warningIcon} />
                    <Link href={routeHref(route)}>{describeWarning(locale, warning)}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
