/**
 * "Eerder / Op dit moment": two dates, and every answer that differs between them side by side.
 * What was removed and added is said in words ("Verwijderd:", "Toegevoegd:"), not by colour alone.
 */
import { Field, Input, mergeClasses, useId } from '@fluentui/react-components';
import { formatDate } from '../../../shared/i18n/index.ts';
import { IsoDateSchema } from '../../../shared/domain/time.ts';
import { useLocale, useT } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { errorText } from '../common/field-error.ts';
import { promptOf } from './format.ts';
import { useGeschiedenisStyles } from './Geschiedenis.styles.ts';
import type { AnswerChange, CompareDates, DiffLine } from './model.ts';
import type { GeschiedenisModel } from './useGeschiedenis.ts';

function Side({
  heading,
  lines,
  diff,
  show,
}: {
  readonly heading: string;
  readonly lines: readonly string[] | undefined;
  readonly diff: readonly DiffLine[];
  /** Which change this side marks: the earlier side shows removals, the later one additions. */
  readonly show: 'removed' | 'added';
}) {
  const t = useT();
  const styles = useGeschiedenisStyles();
  const common = useCommonStyles();
  const headingId = useId('side');
  const shown = diff.filter((d) => d.kind === 'same' || d.kind === show);
  return (
    <div className={styles.side} role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.sideHeading}>
        {heading}
      </h4>
      {lines === undefined ? (
        <p className={mergeClasses(styles.text, common.muted)}>{t('geschiedenis.compare.nietIngevuld')}</p>
      ) : lines.length === 0 ? (
        <p className={mergeClasses(styles.text, common.muted)}>{t('geschiedenis.entry.leeg')}</p>
      ) : (
        <ul className={styles.diff}>
          {shown.map((line, i) => (
            <li key={i}>
              {line.kind === 'removed' && (
                <>
                  <span className={styles.mark}>{t('geschiedenis.compare.verwijderd')}</span>
                  <del className={styles.removed}>{line.text}</del>
                </>
              )}
              {line.kind === 'added' && (
                <>
                  <span className={styles.mark}>{t('geschiedenis.compare.toegevoegd')}</span>
                  <ins className={styles.added}>{line.text}</ins>
                </>
              )}
              {line.kind === 'same' && line.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Change({ change, dates }: { readonly change: AnswerChange; readonly dates: CompareDates }) {
  const t = useT();
  const locale = useLocale();
  const styles = useGeschiedenisStyles();
  const headingId = useId('change');
  return (
    <li>
      <article className={styles.change} aria-labelledby={headingId}>
        <h3 id={headingId} className={styles.prompt}>
          {promptOf(t, change.question, change.questionId)}
        </h3>
        <div className={styles.sides}>
          <Side
            heading={t('geschiedenis.compare.eerder', { datum: formatDate(locale, dates.eerder) })}
            lines={change.eerder}
            diff={change.diff}
            show="removed"
          />
          <Side
            heading={t('geschiedenis.compare.nu', { datum: formatDate(locale, dates.nu) })}
            lines={change.nu}
            diff={change.diff}
            show="added"
          />
        </div>
      </article>
    </li>
  );
}

export interface CompareProps {
  readonly model: GeschiedenisModel;
  readonly dates: CompareDates;
  readonly onDates: (dates: CompareDates) => void;
}

export function Compare({ model, dates, onDates }: CompareProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useGeschiedenisStyles();
  const common = useCommonStyles();
  const message = (field: keyof CompareDates) => {
    const error = model.dateErrors[field];
    return error === undefined
      ? {}
      : { validationMessage: errorText(t, error), validationState: 'error' as const };
  };
  const valid = (text: string) => IsoDateSchema.safeParse(text).success;
  const range =
    valid(dates.eerder) && valid(dates.nu)
      ? { eerder: formatDate(locale, dates.eerder), nu: formatDate(locale, dates.nu) }
      : undefined;
  const { changes } = model;

  return (
    <section className={common.section} aria-labelledby="geschiedenis-compare">
      <h2 id="geschiedenis-compare" className={common.heading2}>
        {t('geschiedenis.compare.heading')}
      </h2>
      <p className={common.intro}>{t('geschiedenis.compare.intro')}</p>
      <div className={styles.dates}>
        <Field label={t('geschiedenis.compare.eerderDatum')} {...message('eerder')}>
          <Input
            type="date"
            value={dates.eerder}
            onChange={(_e, data) => onDates({ ...dates, eerder: data.value })}
          />
        </Field>
        <Field label={t('geschiedenis.compare.nuDatum')} {...message('nu')}>
          <Input
            type="date"
            value={dates.nu}
            onChange={(_e, data) => onDates({ ...dates, nu: data.value })}
          />
        </Field>
      </div>
      <p role="status" className={common.muted}>
        {changes === undefined || range === undefined
          ? ''
          : changes.length === 0
            ? t('geschiedenis.compare.none', range)
            : t('geschiedenis.compare.count', { count: changes.length, ...range })}
      </p>
      {changes !== undefined && changes.length > 0 && (
        <ul className={styles.list}>
          {changes.map((change) => (
            <Change key={change.questionId} change={change} dates={dates} />
          ))}
        </ul>
      )}
    </section>
  );
}
