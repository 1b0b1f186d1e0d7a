/**
 * The Reflecties screen: per bouwsteen with a Leren-en-verbeteren sheet its schedule (frequency,
 * organiser, next date and status in words and icon), its next meeting in Outlook and its cycles;
 * from here a reflection is planned, recorded and compared with the previous one.
 */
import { Button, Link, MessageBar, MessageBarBody, mergeClasses, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { BouwsteenId } from '../../../shared/content/schema.ts';
import { agreementPlaceOf } from '../../../shared/domain/reflectie/schedule.ts';
import { reflectieThema } from '../../../shared/domain/reflectie/cycle.ts';
import type { ReflectieId } from '../../../shared/domain/ids.ts';
import { bouwsteenLabel, formatDate, formatList, frequencyText } from '../../../shared/i18n/index.ts';
import { routeHref, useLocale, useT } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { LoadProblems } from '../common/LoadProblems.tsx';
import { ScreenLoading } from '../common/ScreenLoading.tsx';
import { Cycle } from './Cycle.tsx';
import { MeetingPanel } from './MeetingPanel.tsx';
import { personName } from './model.ts';
import { PlanDialog } from './PlanDialog.tsx';
import { useReflectiesStyles } from './Reflecties.styles.ts';
import { StartForm } from './StartForm.tsx';
import { StatusText } from './StatusText.tsx';
import type { BouwsteenRow, ReflectiesModel } from './useReflecties.ts';
import { useReflecties } from './useReflecties.ts';

const noCalendarId = 'reflecties-geen-agenda';

function Cycles({
  model,
  row,
  onOpen,
}: {
  readonly model: ReflectiesModel;
  readonly row: BouwsteenRow;
  readonly onOpen: (id: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const headingId = useId('cycli');
  return (
    <section aria-labelledby={`${headingId} reflecties-${row.bouwsteen.id}`} className={styles.form}>
      <h3 id={headingId} className={common.heading3}>
        {t('reflecties.cycli.kop')}
      </h3>
      {row.cycles.length === 0 ? (
        <p className={common.muted}>{t('reflecties.cycli.geen')}</p>
      ) : (
        <ul className={styles.cycles}>
          {row.cycles.map((r) => {
            const datum = formatDate(locale, r.datum);
            const names = r.deelnemers.map((d) => personName(d, model.view.partners));
            return (
              <li key={r.id} className={styles.cycle}>
                <div className={styles.question}>
                  <span className={styles.step}>{t('reflecties.cyclus.datum', { datum })}</span>
                  <span>{t(`reflecties.cyclus.${r.status}`)}</span>
                  <span className={common.userText}>
                    {names.length === 0
                      ? t('reflecties.cyclus.geenDeelnemers')
                      : t('reflecties.cyclus.deelnemers', { namen: formatList(locale, names) })}
                  </span>
                </div>
                <Button
                  data-open={r.id}
                  aria-label={t('reflecties.cyclus.openenVan', { datum })}
                  onClick={() => onOpen(r.id)}
                >
                  {t('reflecties.cyclus.openen')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function BouwsteenCard({
  model,
  row,
  starting,
  onPlan,
  onStart,
  onOpen,
}: {
  readonly model: ReflectiesModel;
  readonly row: BouwsteenRow;
  readonly starting: boolean;
  readonly onPlan: () => void;
  readonly onStart: (on: boolean) => void;
  readonly onOpen: (id: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const { bouwsteen, schedule } = row;
  const headingId = `reflecties-${bouwsteen.id}`;
  const label = bouwsteenLabel(bouwsteen.id);
  const place = agreementPlaceOf(bouwsteen);
  const canPlan = model.services.planning !== undefined;
  const startButton = useRef<HTMLButtonElement | null>(null);
  return (
    <li>
      <article aria-labelledby={headingId} className={styles.card}>
        <h2 id={headingId} className={common.heading2}>
          {t('reflecties.bouwsteen', { bouwsteen: label, thema: reflectieThema(bouwsteen) })}
        </h2>
        <dl className={styles.details}>
          <dt className={styles.term}>{t('reflecties.schema.frequentie')}</dt>
          <dd className={styles.value}>
            {schedule.frequentie === undefined
              ? t('reflecties.schema.geenFrequentie')
              : frequencyText(locale, schedule.frequentie)}
          </dd>
          <dt className={styles.term}>{t('reflecties.schema.organisator')}</dt>
          <dd className={mergeClasses(styles.value, common.userText)}>
            {schedule.organisator === '' ? t('reflecties.schema.geenOrganisator') : schedule.organisator}
          </dd>
          <dt className={styles.term}>{t('reflecties.schema.volgende')}</dt>
          <dd className={styles.value}>
            <StatusText status={schedule.status} />
          </dd>
          <dt className={styles.term}>{t('reflecties.schema.laatste')}</dt>
          <dd className={styles.value}>
            {schedule.laatsteReflectie === undefined
              ? t('reflecties.schema.nogGeen')
              : formatDate(locale, schedule.laatsteReflectie)}
          </dd>
        </dl>
        <p className={mergeClasses(styles.paragraph, common.muted)}>
          {t(`reflectie.schema.bron.${schedule.bron}`)}{' '}
          {schedule.bron !== 'afspraak' && place !== undefined && (
            <Link
              href={routeHref({
                screen: 'werkbladen',
                bouwsteen: bouwsteen.id,
                questionId: place.questionId,
              })}
            >
              {t('reflecties.schema.afspraak')}
            </Link>
          )}
        </p>
        <MeetingPanel
          model={model}
          overleg={row.overleg}
          concepts={row.concepts}
          bouwsteenHeadingId={headingId}
        />
        <Cycles model={model} row={row} onOpen={onOpen} />
        {starting ? (
          <StartForm
            model={model}
            bouwsteen={bouwsteen.id}
            onStarted={(id: ReflectieId) => onOpen(id)}
            onCancel={() => {
              onStart(false);
              requestAnimationFrame(() => startButton.current?.focus());
            }}
          />
        ) : (
          <div className={styles.row}>
            <Button
              data-plan={bouwsteen.id}
              appearance="primary"
              disabledFocusable={!canPlan}
              aria-describedby={canPlan ? undefined : noCalendarId}
              aria-label={t('reflecties.planVan', { bouwsteen: label })}
              onClick={onPlan}
            >
              {t('reflecties.plan')}
            </Button>
            <Button
              ref={(el: HTMLButtonElement | null) => {
                startButton.current = el;
              }}
              aria-label={t('reflecties.startVan', { bouwsteen: label })}
              onClick={() => onStart(true)}
            >
              {t('reflecties.start')}
            </Button>
          </div>
        )}
      </article>
    </li>
  );
}

export function Reflecties() {
  const t = useT();
  const common = useCommonStyles();
  const styles = useReflectiesStyles();
  const model = useReflecties();
  const [planFor, setPlanFor] = useState<BouwsteenId | undefined>(undefined);
  const [starting, setStarting] = useState<BouwsteenId | undefined>(undefined);
  const [open, setOpen] = useState<string | undefined>(undefined);
  const [focusAfter, setFocusAfter] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Back on the overview: to the button that was used, or else the top of the screen.
    if (focusAfter === undefined || open !== undefined) return;
    const target = document.querySelector<HTMLElement>(focusAfter);
    (target ?? heading.current)?.focus();
    setFocusAfter(undefined);
  }, [focusAfter, open]);

  if (model === undefined) return <ScreenLoading title={t('reflecties.title')} />;

  const title = (
    <h1 ref={heading} tabIndex={-1} className={common.heading1}>
      {t('reflecties.title')}
    </h1>
  );
  if (open !== undefined) {
    return (
      <div className={common.screen}>
        {title}
        <Cycle
          model={model}
          id={open}
          onBack={() => {
            setOpen(undefined);
            setFocusAfter(`[data-open="${open}"]`);
          }}
        />
      </div>
    );
  }
  return (
    <div className={common.screen}>
      {title}
      <p className={common.intro}>{t('reflecties.intro')}</p>
      <LoadProblems
        problems={model.view.problems.filter((p) => p.kind === 'reflectie' || p.kind === 'overleg')}
      />
      {model.services.planning === undefined && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody id={noCalendarId}>{t('reflecties.overleg.geenAgenda')}</MessageBarBody>
        </MessageBar>
      )}
      {model.rows.length === 0 ? (
        <p className={common.muted}>{t('reflecties.empty')}</p>
      ) : (
        <ul className={styles.list}>
          {model.rows.map((row) => (
            <BouwsteenCard
              key={row.bouwsteen.id}
              model={model}
              row={row}
              starting={starting === row.bouwsteen.id}
              onPlan={() => setPlanFor(row.bouwsteen.id)}
              onStart={(on) => setStarting(on ? row.bouwsteen.id : undefined)}
              onOpen={(id) => {
                setStarting(undefined);
                setOpen(id);
              }}
            />
          ))}
        </ul>
      )}
      <PlanDialog
        model={model}
        bouwsteen={planFor}
        onClose={() => {
          if (planFor !== undefined) setFocusAfter(`[data-plan="${planFor}"]`);
          setPlanFor(undefined);
        }}
      />
    </div>
  );
}
