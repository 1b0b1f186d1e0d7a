/**
 * Start recording a cycle: which bouwstenen, on which date (today or earlier) and with whom. The
 * use case keeps the indicators as they stood on that date.
 */
import { Button, Checkbox, Field, Input, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { startReflectie } from '../../../shared/application/index.ts';
import type { BouwsteenId } from '../../../shared/content/schema.ts';
import { reflectieThema } from '../../../shared/domain/reflectie/cycle.ts';
import type { ReflectieId } from '../../../shared/domain/ids.ts';
import { bouwsteenLabel } from '../../../shared/i18n/index.ts';
import { useT } from '../../app/index.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { useCommonStyles } from '../common/common.styles.ts';
import { FormErrors, fieldState, messagesOf } from './FormErrors.tsx';
import { fieldErrorsOf, hasErrors, startFormOf, type FieldErrors, type StartDraft } from './model.ts';
import { useReflectiesStyles } from './Reflecties.styles.ts';
import type { ReflectiesModel } from './useReflecties.ts';

export interface StartFormProps {
  readonly model: ReflectiesModel;
  readonly bouwsteen: BouwsteenId;
  readonly onStarted: (id: ReflectieId) => void;
  readonly onCancel: () => void;
}

export function StartForm({ model, bouwsteen, onStarted, onCancel }: StartFormProps) {
  const t = useT();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const announce = useAnnounce();
  const { view, services, today, rows } = model;
  const [draft, setDraft] = useState<StartDraft>(() => ({
    bouwstenen: [bouwsteen],
    datum: today,
    // The partnership reflects together: every partner is ticked; untick who is absent.
    deelnemers: view.partners.map((p) => p.id),
  }));
  const [other, setOther] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const headingId = useId('start');

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  useEffect(() => {
    if (hasErrors(errors)) summary.current?.focus();
  }, [errors]);

  const names = draft.deelnemers.filter((d) => !view.partners.some((p) => p.id === d));
  const toggle = (id: string, on: boolean) =>
    setDraft((d) => ({
      ...d,
      deelnemers: on ? [...d.deelnemers.filter((x) => x !== id), id] : d.deelnemers.filter((x) => x !== id),
    }));
  const addOther = () => {
    const naam = other.trim();
    if (naam === '') {
      setErrors({ deelnemers: ['reflecties.validation.naam'] });
      return;
    }
    toggle(naam, true);
    setOther('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = startFormOf(draft);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    setBusy(true);
    setErrors({});
    setError(undefined);
    try {
      const started = await startReflectie(services.ctx, {
        traject: { id: view.traject.id, editie: view.traject.editie },
        records: view,
        form: parsed.form,
      });
      announce(t('reflecties.gestart'));
      onStarted(started.reflectie.id);
    } catch (e) {
      const found = fieldErrorsOf(e);
      if (found !== undefined && hasErrors(found)) setErrors(found);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      className={styles.panel}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className={common.heading3}>
        {t('reflecties.start')}
      </h3>
      <p className={common.muted}>{t('reflecties.start.intro')}</p>
      <FormErrors ref={summary} title={t('reflecties.start.fouten')} errors={errors} />
      {error !== undefined && <ErrorNotice error={error} />}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('reflecties.start.bouwstenen')}</legend>
        {rows.map(({ bouwsteen: b }) => (
          <Checkbox
            key={b.id}
            label={t('reflecties.bouwsteen', { bouwsteen: bouwsteenLabel(b.id), thema: reflectieThema(b) })}
            checked={draft.bouwstenen.includes(b.id)}
            onChange={(_e, data) =>
              setDraft((d) => ({
                ...d,
                bouwstenen:
                  data.checked === true
                    ? rows.map((r) => r.bouwsteen.id).filter((id) => id === b.id || d.bouwstenen.includes(id))
                    : d.bouwstenen.filter((id) => id !== b.id),
              }))
            }
          />
        ))}
        {messagesOf(t, errors, 'bouwstenen') !== undefined && (
          <p className={styles.error}>{messagesOf(t, errors, 'bouwstenen')}</p>
        )}
      </fieldset>
      <Field label={t('reflecties.start.datum')} required {...fieldState(t, errors, 'datum')}>
        <Input
          type="date"
          max={today}
          value={draft.datum}
          onChange={(_e, d) => setDraft((x) => ({ ...x, datum: d.value }))}
        />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('reflecties.start.deelnemers')}</legend>
        {view.partners.map((p) => (
          <Checkbox
            key={p.id}
            label={
              p.contactpersoon.trim() === ''
                ? p.organisatie
                : t('reflecties.plan.partner', {
                    organisatie: p.organisatie,
                    contact: p.contactpersoon.trim(),
                  })
            }
            checked={draft.deelnemers.includes(p.id)}
            onChange={(_e, data) => toggle(p.id, data.checked === true)}
          />
        ))}
        {names.length > 0 && (
          <ul className={styles.cycles}>
            {names.map((naam) => (
              <li key={naam} className={styles.attendee}>
                <span className={common.userText}>{naam}</span>
                <Button
                  size="small"
                  aria-label={t('reflecties.start.verwijderen', { naam })}
                  onClick={() => toggle(naam, false)}
                >
                  {t('tab.common.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className={styles.row}>
          <Field label={t('reflecties.start.ander')} {...fieldState(t, errors, 'deelnemers')}>
            <Input
              value={other}
              maxLength={255}
              onChange={(_e, d) => setOther(d.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addOther();
                }
              }}
            />
          </Field>
          <Button onClick={addOther}>{t('reflecties.start.anderToevoegen')}</Button>
        </div>
      </fieldset>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('reflecties.start.versturen')}
        </Button>
        <Button onClick={onCancel}>{t('tab.common.cancel')}</Button>
      </div>
    </form>
  );
}
