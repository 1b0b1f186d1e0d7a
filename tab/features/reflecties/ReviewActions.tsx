/**
 * "Zijn voorgenomen acties uitgevoerd?": a cycle starts with the actions of the previous one, each
 * with its owner, deadline (late in words) and a status that can be changed right here.
 */
import { mergeClasses } from '@fluentui/react-components';
import { reviewPreviousActions, type Current } from '../../../shared/application/index.ts';
import type { BouwsteenId } from '../../../shared/content/schema.ts';
import { actieStatussen, type Actie, type Reflectie } from '../../../shared/domain/model.ts';
import { formatDate } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { statusOf } from '../acties/model.ts';
import { deadlineText } from '../common/actie-text.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { OverdueIcon } from '../common/icons.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { personName } from './model.ts';
import { useReflectiesStyles } from './Reflecties.styles.ts';
import type { CycleModel } from './useCycle.ts';
import type { ReflectiesModel } from './useReflecties.ts';

export interface ReviewActionsProps {
  readonly model: ReflectiesModel;
  readonly cycle: CycleModel;
  readonly reflectie: Reflectie;
  readonly bouwsteen: BouwsteenId;
  readonly readOnly: boolean;
}

export function ReviewActions({ model, cycle, reflectie, bouwsteen, readOnly }: ReviewActionsProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const { view, services, today } = model;
  const review = reviewPreviousActions(services.ctx, { records: view, bouwsteen, reflectie });
  const headingId = `review-${reflectie.id}-${bouwsteen}`;
  const current = (actie: Actie): Current<Actie> | undefined => view.acties.find((a) => a.id === actie.id);

  return (
    <section aria-labelledby={headingId} className={styles.form}>
      <h4 id={headingId} className={common.heading3}>
        {t('reflectie.agenda.acties.kop')}
      </h4>
      {review.vorige === undefined ? (
        <p className={common.muted}>{t('reflecties.review.eerste')}</p>
      ) : review.acties.length === 0 ? (
        <p className={common.muted}>
          {t('reflecties.review.geen', { datum: formatDate(locale, review.vorige.datum) })}
        </p>
      ) : (
        <>
          <p className={styles.paragraph}>
            {t('reflecties.review.intro', { datum: formatDate(locale, review.vorige.datum) })}
          </p>
          <ul className={styles.cycles}>
            {review.acties.map(({ actie }) => {
              const deadline = deadlineText(t, locale, actie, today);
              const stored = current(actie);
              return (
                <li key={actie.id} className={styles.cycle}>
                  <div className={styles.question}>
                    <span className={mergeClasses(common.userText, styles.step)}>{actie.tekst}</span>
                    {actie.eigenaar.trim() !== '' && (
                      <span className={common.userText}>
                        {t('reflecties.review.eigenaar', {
                          eigenaar: personName(actie.eigenaar, view.partners),
                        })}
                      </span>
                    )}
                    <span>{t('reflecties.review.deadline', { datum: deadline.date })}</span>
                    {deadline.warning !== undefined && (
                      <span
                        className={
                          deadline.overdue ? mergeClasses(styles.status, styles.statusVerlopen) : common.muted
                        }
                      >
                        {deadline.overdue && <OverdueIcon />}
                        {deadline.warning}
                      </span>
                    )}
                  </div>
                  {readOnly || stored === undefined ? (
                    <span>{t(`reflectie.actieStatus.${actie.status}`)}</span>
                  ) : (
                    <SelectField
                      label={t('reflecties.review.status', { tekst: actie.tekst })}
                      value={actie.status}
                      onChange={(value) => {
                        const status = statusOf(value);
                        if (status !== undefined) {
                          void cycle.setActieStatus(stored, status, t(`reflectie.actieStatus.${status}`));
                        }
                      }}
                      options={actieStatussen.map((s) => ({
                        value: s,
                        label: t(`reflectie.actieStatus.${s}`),
                      }))}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
