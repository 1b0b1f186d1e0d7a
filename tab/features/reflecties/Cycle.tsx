/**
 * Recording one cycle of Leren en verbeteren, per bouwsteen: the previous cycle's actions, the
 * indicators as they stood on the date, the periodic questions (and bouwsteen 0's cijfers), the
 * verbeteracties, and the comparison with last time. Finishing keeps it as it is.
 */
import { Button, mergeClasses, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { findBouwsteen } from '../../../shared/content/queries.ts';
import type { Bouwsteen } from '../../../shared/content/schema.ts';
import type { Reflectie } from '../../../shared/domain/model.ts';
import {
  linkedIndicators,
  periodicQuestions,
  reflectieThema,
} from '../../../shared/domain/reflectie/cycle.ts';
import { calendarDateOf } from '../../../shared/domain/rules/calendar.ts';
import { bouwsteenLabel, formatDate, formatList } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { useCommonStyles } from '../common/common.styles.ts';
import { RecordSaveState } from '../common/SaveState.tsx';
import { Comparison, figure } from './Comparison.tsx';
import { Grades } from './Grades.tsx';
import { personName } from './model.ts';
import { Answer } from './Questions.tsx';
import { useReflectiesStyles } from './Reflecties.styles.ts';
import { ReviewActions } from './ReviewActions.tsx';
import { useCycle, type CycleModel } from './useCycle.ts';
import type { ReflectiesModel } from './useReflecties.ts';
import { VerbeterActies } from './VerbeterActies.tsx';

function Standen({
  model,
  reflectie,
  bouwsteen,
}: {
  readonly model: ReflectiesModel;
  readonly reflectie: Reflectie;
  readonly bouwsteen: Bouwsteen;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const headingId = useId('standen');
  const shown = linkedIndicators(model.view, [bouwsteen.id]).flatMap((indicator) => {
    const stand = reflectie.indicatorStanden.find((s) => s.indicatorId === indicator.id);
    // Only the snapshot of the cycle's date: an indicator added later was not there to discuss.
    return stand === undefined ? [] : [{ indicator, stand }];
  });
  return (
    <section aria-labelledby={headingId} className={styles.form}>
      <h4 id={headingId} className={common.heading3}>
        {t('reflecties.indicatoren.kop', { datum: formatDate(locale, reflectie.datum) })}
      </h4>
      {shown.length === 0 ? (
        <p className={common.muted}>{t('reflecties.indicatoren.geen')}</p>
      ) : (
        <>
          <ul className={styles.errorList}>
            {shown.map(({ indicator, stand }) => (
              <li key={indicator.id} className={common.userText}>
                {stand.datum === undefined
                  ? t('reflecties.indicatoren.geenMeting', { naam: indicator.naam })
                  : stand.waarde === undefined
                    ? t('reflecties.indicatoren.signaal', {
                        naam: indicator.naam,
                        datum: formatDate(locale, stand.datum),
                      })
                    : t('reflecties.indicatoren.waarde', {
                        naam: indicator.naam,
                        waarde: figure(locale, indicator, stand.waarde),
                        datum: formatDate(locale, stand.datum),
                      })}
              </li>
            ))}
          </ul>
          <p className={styles.paragraph}>{t('reflecties.indicatoren.vragen')}</p>
        </>
      )}
    </section>
  );
}

function BouwsteenPart({
  model,
  cycle,
  reflectie,
  bouwsteen,
  readOnly,
}: {
  readonly model: ReflectiesModel;
  readonly cycle: CycleModel;
  readonly reflectie: Reflectie;
  readonly bouwsteen: Bouwsteen;
  readonly readOnly: boolean;
}) {
  const t = useT();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const headingId = useId('bouwsteen');
  const questionsId = useId('vragen');
  const questions = periodicQuestions(bouwsteen);
  const actionsQuestion = questions.find((q) => q.input.kind === 'actions');
  // Actions are records: the Verbeteracties part below takes them.
  const answerable = questions.filter((q) => q.input.kind !== 'actions');
  return (
    <section aria-labelledby={headingId} className={styles.card}>
      <h3 id={headingId} className={common.heading2}>
        {t('reflecties.bouwsteen', {
          bouwsteen: bouwsteenLabel(bouwsteen.id),
          thema: reflectieThema(bouwsteen),
        })}
      </h3>
      <ReviewActions
        model={model}
        cycle={cycle}
        reflectie={reflectie}
        bouwsteen={bouwsteen.id}
        readOnly={readOnly}
      />
      <Standen model={model} reflectie={reflectie} bouwsteen={bouwsteen} />
      <section aria-labelledby={questionsId} className={styles.form}>
        <h4 id={questionsId} className={common.heading3}>
          {t('reflecties.vragen.kop')}
        </h4>
        {answerable.map((question) =>
          question.input.kind === 'grades' ? (
            <Grades
              key={question.id}
              question={{ ...question, input: question.input }}
              reflectie={reflectie}
              partners={model.view.partners}
              readOnly={readOnly}
              onGrade={(entry) => void cycle.grade(entry)}
              register={cycle.register}
            />
          ) : (
            <Answer
              key={question.id}
              question={question}
              value={reflectie.antwoorden[question.id]}
              readOnly={readOnly}
              onSave={(value) => void cycle.answer(question.id, value)}
              register={cycle.register}
            />
          ),
        )}
      </section>
      <VerbeterActies
        model={model}
        cycle={cycle}
        reflectie={reflectie}
        bouwsteen={bouwsteen.id}
        question={actionsQuestion}
        readOnly={readOnly}
      />
      <Comparison model={model} reflectie={reflectie} bouwsteen={bouwsteen.id} />
    </section>
  );
}

function Finish({ cycle }: { readonly cycle: CycleModel }) {
  const t = useT();
  const styles = useReflectiesStyles();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirm.current?.querySelector('button')?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => setConfirming(true)}>
          {t('reflecties.afronden')}
        </Button>
      </div>
    );
  }
  return (
    <div ref={confirm} role="group" aria-label={t('reflecties.afronden')} className={styles.confirm}>
      <p className={styles.paragraph}>{t('reflecties.afronden.vraag')}</p>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void cycle.finish().then((ok) => {
              setBusy(false);
              if (!ok) setConfirming(false);
            });
          }}
        >
          {t('reflecties.afronden.bevestigen')}
        </Button>
        <Button onClick={() => setConfirming(false)}>{t('reflecties.afronden.terug')}</Button>
      </div>
    </div>
  );
}

export interface CycleProps {
  readonly model: ReflectiesModel;
  readonly id: string;
  readonly onBack: () => void;
}

export function Cycle({ model, id, onBack }: CycleProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const cycle = useCycle(model, id);
  const heading = useRef<HTMLHeadingElement>(null);
  const { reflectie } = cycle;
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const back = (
    <div className={styles.row}>
      <Button onClick={onBack}>{t('reflecties.cyclus.terug')}</Button>
    </div>
  );
  if (reflectie === undefined) {
    return (
      <section className={common.section}>
        {back}
        <p>{t('reflecties.cyclus.nietGevonden')}</p>
      </section>
    );
  }
  const readOnly = reflectie.status === 'afgerond';
  const deelnemers = reflectie.deelnemers.map((d) => personName(d, model.view.partners));
  const bouwstenen = reflectie.bouwstenen.flatMap((b) => findBouwsteen(model.edition, b) ?? []);
  return (
    <section aria-labelledby="reflectie-kop" className={common.section}>
      {back}
      <h2 id="reflectie-kop" ref={heading} tabIndex={-1} className={common.heading2}>
        {t('reflecties.cyclus.kop', { datum: formatDate(locale, reflectie.datum) })}
      </h2>
      <p className={styles.paragraph}>
        {t('reflecties.cyclus.bouwstenen', {
          bouwstenen: formatList(
            locale,
            bouwstenen.map((b) =>
              t('reflecties.bouwsteen', { bouwsteen: bouwsteenLabel(b.id), thema: reflectieThema(b) }),
            ),
          ),
        })}
      </p>
      <p className={mergeClasses(styles.paragraph, common.userText)}>
        {deelnemers.length === 0
          ? t('reflecties.cyclus.geenDeelnemers')
          : t('reflecties.cyclus.deelnemers', { namen: formatList(locale, deelnemers) })}
      </p>
      <p className={styles.paragraph}>
        {reflectie.status === 'afgerond'
          ? t('reflecties.cyclus.status.afgerond', {
              datum: formatDate(locale, calendarDateOf(reflectie.afgerondOp)),
            })
          : t('reflecties.cyclus.status.bezig')}
      </p>
      <RecordSaveState kind="reflectie" id={reflectie.id} />
      {cycle.error !== undefined && <ErrorNotice error={cycle.error} />}
      {bouwstenen.map((b) => (
        <BouwsteenPart
          key={b.id}
          model={model}
          cycle={cycle}
          reflectie={reflectie}
          bouwsteen={b}
          readOnly={readOnly}
        />
      ))}
      {!readOnly && <Finish cycle={cycle} />}
      {back}
    </section>
  );
}
