/**
 * A bouwsteen's next meeting in Outlook: when, in which zone, how often, who is invited, the join
 * link and an .ics; moving it and cancelling it (after a confirmation). Meetings whose planning did
 * not finish can be sent again.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  Textarea,
  mergeClasses,
  useId,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Current } from '../../../shared/application/index.ts';
import type { Overleg } from '../../../shared/domain/model.ts';
import { isSupportedTimeZone } from '../../../shared/domain/reflectie/zoned.ts';
import { formatDate, formatList, frequencyText } from '../../../shared/i18n/index.ts';
import { formatWhen } from '../../../shared/meeting/text.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { useCommonStyles } from '../common/common.styles.ts';
import { into } from '../common/refs.ts';
import { SelectField } from '../common/SelectField.tsx';
import { FormErrors, fieldState } from './FormErrors.tsx';
import { IcsLink } from './IcsLink.tsx';
import { useT, type T } from '../../app/index.ts';
import { durationChoices, rescheduleDraftOf, type FieldErrors, type RescheduleDraft } from './model.ts';
import { durationText } from './PlanDialog.tsx';
import { useReflectiesStyles } from './Reflecties.styles.ts';
import { useReflectieServices } from './services.tsx';
import { useMeeting, type Outcome } from './useMeeting.ts';
import type { ReflectiesModel } from './useReflecties.ts';

type Meeting = ReturnType<typeof useMeeting>;

function zoneText(t: T, zone: string): string {
  return isSupportedTimeZone(zone) ? t(`reflecties.zone.${zone}`) : zone;
}

function Reschedule({
  overleg,
  meeting,
  onDone,
}: {
  readonly overleg: Current<Overleg>;
  readonly meeting: Meeting;
  readonly onDone: () => void;
}) {
  const t = useT();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const [draft, setDraft] = useState<RescheduleDraft>(() => rescheduleDraftOf(overleg));
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const headingId = useId('verzetten');
  const errors: FieldErrors = outcome?.ok === false ? outcome.errors : {};
  useEffect(() => {
    form.current?.querySelector('input')?.focus();
  }, []);
  useEffect(() => {
    if (outcome?.ok === false) summary.current?.focus();
  }, [outcome]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await meeting.reschedule(overleg, draft);
    if (result.ok) onDone();
    else setOutcome(result);
  };
  return (
    <form
      ref={form}
      className={styles.panel}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={headingId}
    >
      <h4 id={headingId} className={common.heading3}>
        {t('reflecties.verzetten.kop')}
      </h4>
      <FormErrors ref={summary} title={t('reflecties.plan.fouten')} errors={errors} />
      {outcome?.ok === false && outcome.error !== undefined && <ErrorNotice error={outcome.error} />}
      <div className={styles.columns}>
        <Field label={t('reflecties.plan.datum')} required {...fieldState(t, errors, 'datum')}>
          <Input
            type="date"
            value={draft.datum}
            onChange={(_e, d) => setDraft({ ...draft, datum: d.value })}
          />
        </Field>
        <Field label={t('reflecties.plan.tijd')} required {...fieldState(t, errors, 'tijd')}>
          <Input
            type="time"
            step={300}
            value={draft.tijd}
            onChange={(_e, d) => setDraft({ ...draft, tijd: d.value })}
          />
        </Field>
        <SelectField
          label={t('reflecties.plan.duur')}
          {...fieldState(t, errors, 'duur')}
          value={String(draft.duur)}
          onChange={(duur) => setDraft({ ...draft, duur: Number(duur) })}
          options={durationChoices(draft.duur).map((m) => ({ value: String(m), label: durationText(t, m) }))}
        />
      </div>
      <p className={common.muted}>
        {t('reflecties.overleg.tijdzone', { tijdzone: zoneText(t, overleg.tijdzone) })}
      </p>
      {overleg.herhaling !== undefined && (
        <Checkbox
          label={t('reflecties.verzetten.herhaling')}
          checked={draft.herhalingHouden}
          onChange={(_e, data) => setDraft({ ...draft, herhalingHouden: data.checked === true })}
        />
      )}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={meeting.busy}>
          {t('reflecties.verzetten.versturen')}
        </Button>
        <Button onClick={onDone}>{t('reflecties.annuleren.terug')}</Button>
      </div>
    </form>
  );
}

function Cancel({
  overleg,
  meeting,
  onDone,
}: {
  readonly overleg: Current<Overleg>;
  readonly meeting: Meeting;
  readonly onDone: () => void;
}) {
  const t = useT();
  const locale = useReflectieServices().locale;
  const styles = useReflectiesStyles();
  const [reden, setReden] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const box = useRef<HTMLDivElement>(null);
  const questionId = useId('annuleren');
  useEffect(() => {
    box.current?.querySelector('textarea')?.focus();
  }, []);
  const wanneer = formatWhen(locale, overleg.start, overleg.eind);
  return (
    <div ref={box} role="group" aria-labelledby={questionId} className={styles.confirm}>
      <p id={questionId} className={styles.paragraph}>
        {t('reflecties.annuleren.vraag', { wanneer })}
      </p>
      {outcome?.ok === false && <ErrorNotice error={outcome.error} />}
      <Field label={t('reflecties.annuleren.reden')}>
        <Textarea value={reden} maxLength={1000} onChange={(_e, d) => setReden(d.value)} />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={meeting.busy}
          onClick={() => {
            void meeting.cancel(overleg, reden).then((result) => (result.ok ? onDone() : setOutcome(result)));
          }}
        >
          {t('reflecties.annuleren.bevestigen')}
        </Button>
        <Button onClick={onDone}>{t('reflecties.annuleren.terug')}</Button>
      </div>
    </div>
  );
}

function Concept({ concept, meeting }: { readonly concept: Current<Overleg>; readonly meeting: Meeting }) {
  const t = useT();
  const locale = useReflectieServices().locale;
  const styles = useReflectiesStyles();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  return (
    <div className={styles.form}>
      <p className={styles.paragraph}>
        {t('reflecties.overleg.concept', { wanneer: formatWhen(locale, concept.start, concept.eind) })}
      </p>
      {outcome?.ok === false && <FormErrors title={t('reflecties.plan.fouten')} errors={outcome.errors} />}
      {outcome?.ok === false && outcome.error !== undefined && <ErrorNotice error={outcome.error} />}
      <div className={styles.row}>
        <Button
          disabled={!meeting.canPlan || meeting.busy}
          onClick={() => void meeting.retry(concept).then(setOutcome)}
        >
          {t('reflecties.overleg.opnieuw')}
        </Button>
      </div>
    </div>
  );
}

export interface MeetingPanelProps {
  readonly model: ReflectiesModel;
  readonly overleg: Current<Overleg> | undefined;
  readonly concepts: readonly Current<Overleg>[];
  /** The bouwsteen's heading, so each bouwsteen's panel has a name of its own. */
  readonly bouwsteenHeadingId: string;
}

export function MeetingPanel({ model, overleg, concepts, bouwsteenHeadingId }: MeetingPanelProps) {
  const t = useT();
  const locale = useReflectieServices().locale;
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const meeting = useMeeting(model);
  const headingId = useId('overleg');
  const [open, setOpen] = useState<'verzetten' | 'annuleren' | undefined>(undefined);
  const moveButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const close = (back: 'verzetten' | 'annuleren') => {
    setOpen(undefined);
    requestAnimationFrame(() => {
      // A cancelled meeting takes its buttons with it: the section's heading keeps the place.
      const button = (back === 'verzetten' ? moveButton : cancelButton).current;
      if (button?.isConnected === true) button.focus();
      else heading.current?.focus();
    });
  };
  const names = overleg?.deelnemers.map((d) => (d.naam.trim() === '' ? d.email : d.naam)) ?? [];
  const wanneer = overleg === undefined ? '' : formatWhen(locale, overleg.start, overleg.eind);

  return (
    <section aria-labelledby={`${headingId} ${bouwsteenHeadingId}`} className={styles.form}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={common.heading3}>
        {t('reflecties.overleg.kop')}
      </h3>
      {overleg === undefined ? (
        <p className={common.muted}>{t('reflecties.overleg.geen')}</p>
      ) : (
        <>
          <p className={mergeClasses(styles.paragraph, common.userText)}>{overleg.onderwerp}</p>
          <p className={styles.paragraph}>
            {wanneer}. {t('reflecties.overleg.tijdzone', { tijdzone: zoneText(t, overleg.tijdzone) })}
          </p>
          <p className={styles.paragraph}>
            {overleg.herhaling === undefined
              ? t('reflecties.overleg.eenmalig')
              : overleg.herhaling.tot === undefined
                ? t('reflecties.overleg.herhalingZonderEind', {
                    frequentie: frequencyText(locale, overleg.herhaling.frequentie),
                  })
                : t('reflecties.overleg.herhaling', {
                    frequentie: frequencyText(locale, overleg.herhaling.frequentie),
                    datum: formatDate(locale, overleg.herhaling.tot),
                  })}
          </p>
          {names.length > 0 && (
            <p className={mergeClasses(styles.paragraph, common.userText)}>
              {t('reflecties.overleg.uitgenodigd', { namen: formatList(locale, names) })}
            </p>
          )}
          <p className={styles.paragraph}>
            {overleg.joinUrl === undefined ? (
              t('reflecties.overleg.geenTeams')
            ) : (
              <Link href={overleg.joinUrl} target="_blank" rel="noopener noreferrer">
                {t('reflectie.agenda.teams')}
              </Link>
            )}
          </p>
          <IcsLink overleg={overleg} view={model.view} services={model.services} />
          {open === undefined && (
            <div className={styles.row}>
              <Button
                ref={into(moveButton)}
                disabled={!meeting.canPlan}
                aria-label={t('reflecties.overleg.verzettenVan', { wanneer })}
                onClick={() => setOpen('verzetten')}
              >
                {t('reflecties.overleg.verzetten')}
              </Button>
              <Button
                ref={into(cancelButton)}
                disabled={!meeting.canPlan}
                aria-label={t('reflecties.overleg.annulerenVan', { wanneer })}
                onClick={() => setOpen('annuleren')}
              >
                {t('reflecties.overleg.annuleren')}
              </Button>
            </div>
          )}
          {open === 'verzetten' && (
            <Reschedule overleg={overleg} meeting={meeting} onDone={() => close('verzetten')} />
          )}
          {open === 'annuleren' && (
            <Cancel overleg={overleg} meeting={meeting} onDone={() => close('annuleren')} />
          )}
        </>
      )}
      {concepts.map((concept) => (
        <Concept key={concept.id} concept={concept} meeting={meeting} />
      ))}
    </section>
  );
}
