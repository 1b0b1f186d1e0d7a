/**
 * The Verbeteren answer turned into verbeteracties (text, owner, deadline): the actions this cycle
 * already agreed, and new ones, prefilled from the answer's lines when people want that.
 */
import { Button, Field, Input, Textarea, mergeClasses, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BouwsteenId, Question } from '../../../shared/content/schema.ts';
import { actiesVanReflectie } from '../../../shared/domain/reflectie/actions.ts';
import type { Actie, Reflectie } from '../../../shared/domain/model.ts';
import { formatDate } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { useCommonStyles } from '../common/common.styles.ts';
import { FormErrors } from './FormErrors.tsx';
import { fieldErrorsOf, hasErrors, personName, type FieldErrors } from './model.ts';
import { useReflectiesStyles } from './Reflecties.styles.ts';
import type { ActieRow, CycleModel } from './useCycle.ts';
import type { ReflectiesModel } from './useReflecties.ts';

interface Row extends ActieRow {
  readonly key: number;
}

export interface VerbeterActiesProps {
  readonly model: ReflectiesModel;
  readonly cycle: CycleModel;
  readonly reflectie: Reflectie;
  readonly bouwsteen: BouwsteenId;
  /** The sheet's periodic actions question, whose prompt says what to write down. */
  readonly question: Question | undefined;
  readonly readOnly: boolean;
}

export function VerbeterActies({
  model,
  cycle,
  reflectie,
  bouwsteen,
  question,
  readOnly,
}: VerbeterActiesProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const { view } = model;
  const headingId = useId('acties');
  const next = useRef(1);
  const row = (tekst = ''): Row => ({ key: next.current++, tekst, eigenaar: '', deadline: '' });
  const [rows, setRows] = useState<readonly Row[]>(() => [row()]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [focusRow, setFocusRow] = useState<number | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const existing = actiesVanReflectie(view.acties, reflectie.id, bouwsteen);
  // The agenda's sentences for an action, so the tab and the invitation say it alike.
  const actieLine = (a: Actie): string => {
    const tekst = a.tekst;
    const eigenaar = a.eigenaar.trim() === '' ? '' : personName(a.eigenaar, view.partners);
    const deadline = a.deadline === undefined ? undefined : formatDate(locale, a.deadline);
    if (eigenaar !== '' && deadline !== undefined) {
      return t('reflectie.agenda.actie.eigenaarDeadline', { tekst, eigenaar, deadline });
    }
    if (eigenaar !== '') return t('reflectie.agenda.actie.eigenaar', { tekst, eigenaar });
    if (deadline !== undefined) return t('reflectie.agenda.actie.deadline', { tekst, deadline });
    return tekst;
  };

  useEffect(() => {
    if (focusRow === undefined) return;
    form.current?.querySelector<HTMLElement>(`[data-row="${focusRow}"] textarea`)?.focus();
    setFocusRow(undefined);
  }, [focusRow]);
  useEffect(() => {
    if (hasErrors(errors)) summary.current?.focus();
  }, [errors]);

  const change = (key: number, patch: Partial<ActieRow>) =>
    setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const takeSuggestions = async () => {
    const suggesties = await cycle.suggestions(bouwsteen);
    if (suggesties.length === 0) return;
    const filled = rows.filter((r) => r.tekst.trim() !== '');
    const added = suggesties.filter((s) => !filled.some((r) => r.tekst.trim() === s)).map((s) => row(s));
    setRows([...filled, ...added]);
    setFocusRow(added[0]?.key ?? filled[0]?.key);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setError(undefined);
    try {
      await cycle.addActions(bouwsteen, rows);
      const fresh = row();
      setRows([fresh]);
    } catch (e) {
      const found = fieldErrorsOf(e);
      if (found !== undefined && hasErrors(found)) setErrors(found);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.form}>
      <h4 id={headingId} className={common.heading3}>
        {t('reflecties.acties.kop')}
      </h4>
      <p className={mergeClasses(styles.paragraph, common.muted)}>
        {question === undefined ? t('reflecties.acties.intro') : question.prompt}
      </p>
      <h5 className={styles.sideHeading}>{t('reflecties.acties.bestaand')}</h5>
      {existing.length === 0 ? (
        <p className={mergeClasses(styles.paragraph, common.muted)}>{t('reflecties.acties.geen')}</p>
      ) : (
        <ul className={styles.errorList} aria-label={t('reflecties.acties.bestaand')}>
          {existing.map((a) => (
            <li key={a.id} className={common.userText}>
              {actieLine(a)}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form
          ref={form}
          className={styles.panel}
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label={t('reflecties.acties.nieuw')}
        >
          <h5 className={styles.sideHeading}>{t('reflecties.acties.nieuw')}</h5>
          <FormErrors ref={summary} title={t('reflecties.acties.fouten')} errors={errors} />
          {error !== undefined && <ErrorNotice error={error} />}
          <div className={styles.row}>
            <Button onClick={() => void takeSuggestions()}>{t('reflecties.acties.suggesties')}</Button>
          </div>
          {rows.map((r, i) => {
            const nummer = i + 1;
            return (
              <fieldset key={r.key} data-row={r.key} className={styles.fieldset}>
                <legend className={styles.legend}>{t('reflecties.acties.rij', { nummer })}</legend>
                <Field label={t('reflecties.acties.tekst')}>
                  <Textarea
                    className={styles.textarea}
                    resize="vertical"
                    maxLength={2000}
                    value={r.tekst}
                    onChange={(_e, d) => change(r.key, { tekst: d.value })}
                  />
                </Field>
                <div className={styles.columns}>
                  <Field label={t('reflecties.acties.eigenaar')}>
                    <Input
                      value={r.eigenaar}
                      maxLength={255}
                      onChange={(_e, d) => change(r.key, { eigenaar: d.value })}
                    />
                  </Field>
                  <Field label={t('reflecties.acties.deadline')}>
                    <Input
                      type="date"
                      min={reflectie.datum}
                      value={r.deadline}
                      onChange={(_e, d) => change(r.key, { deadline: d.value })}
                    />
                  </Field>
                </div>
                {rows.length > 1 && (
                  <div className={styles.row}>
                    <Button onClick={() => setRows(rows.filter((x) => x.key !== r.key))}>
                      {t('reflecties.acties.rijWeg', { nummer })}
                    </Button>
                  </div>
                )}
              </fieldset>
            );
          })}
          <div className={styles.row}>
            <Button
              onClick={() => {
                const added = row();
                setRows([...rows, added]);
                setFocusRow(added.key);
              }}
            >
              {t('reflecties.acties.rijErbij')}
            </Button>
            <Button type="submit" appearance="primary" disabled={busy}>
              {t('reflecties.acties.opslaan')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
