/**
 * Plan a reflection meeting in Outlook: bouwstenen, date and time in a shown time zone, the
 * partners' contacts as attendees, a Teams meeting when the calendar allows it, the agreed
 * frequency as a series, and the agenda as it will be sent. On success: the join link and an .ics.
 */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Switch,
  useId,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BouwsteenId } from '../../../shared/content/schema.ts';
import { supportedTimeZones } from '../../../shared/domain/reflectie/zoned.ts';
import { reflectieThema } from '../../../shared/domain/reflectie/cycle.ts';
import { bouwsteenLabel, frequencyText } from '../../../shared/i18n/index.ts';
import { useLocale, useT, type T } from '../../app/index.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { useCommonStyles } from '../common/common.styles.ts';
import { WarningIcon } from '../common/icons.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { FormErrors, fieldState, messagesOf } from './FormErrors.tsx';
import { IcsLink } from './IcsLink.tsx';
import {
  contactName,
  durationChoices,
  invitees,
  type AttendeeType,
  type OtherAttendee,
  type PlanDraft,
} from './model.ts';
import { useReflectiesStyles } from './Reflecties.styles.ts';
import { usePlan } from './usePlan.ts';
import type { ReflectiesModel } from './useReflecties.ts';

export function durationText(t: T, minutes: number): string {
  return minutes < 60
    ? t('reflecties.duur.minuten', { minuten: minutes })
    : t('reflecties.duur.uren', { uren: minutes / 60 });
}

const units = ['weken', 'maanden', 'jaren'] as const;

function AttendeeTypeSelect({
  value,
  label,
  onChange,
}: {
  readonly value: AttendeeType;
  readonly label: string;
  readonly onChange: (type: AttendeeType) => void;
}) {
  const t = useT();
  const styles = useReflectiesStyles();
  return (
    <Select
      className={styles.attendeeType}
      aria-label={label}
      value={value}
      onChange={(_e, data) => onChange(data.value === 'optional' ? 'optional' : 'required')}
    >
      <option value="required">{t('reflecties.plan.verplicht')}</option>
      <option value="optional">{t('reflecties.plan.optioneel')}</option>
    </Select>
  );
}

function Attendees({
  model,
  draft,
  change,
  errorText,
}: {
  readonly model: ReflectiesModel;
  readonly draft: PlanDraft;
  readonly change: (next: Partial<PlanDraft>) => void;
  readonly errorText: string | undefined;
}) {
  const t = useT();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const hintId = useId('deelnemers-hint');
  const errorId = useId('deelnemers-fout');
  const counter = useRef(0);
  const lastAdded = useRef<string | undefined>(undefined);
  const list = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement | null>(null);
  const all = invitees(model.view.partners);

  useEffect(() => {
    // A new row starts at its name field, so keyboard users go on typing.
    if (lastAdded.current === undefined) return;
    list.current?.querySelector<HTMLInputElement>(`[data-row="${lastAdded.current}"] input`)?.focus();
    lastAdded.current = undefined;
  }, [draft.anderen.length]);

  const setPartner = (id: string, type: AttendeeType | undefined) => {
    const { [id]: _old, ...rest } = draft.partners;
    change({ partners: type === undefined ? rest : { ...rest, [id]: type } });
  };
  const setOther = (key: string, next: Partial<OtherAttendee>) =>
    change({ anderen: draft.anderen.map((a) => (a.key === key ? { ...a, ...next } : a)) });

  return (
    <fieldset
      className={styles.fieldset}
      aria-describedby={errorText === undefined ? hintId : `${hintId} ${errorId}`}
    >
      <legend className={styles.legend}>{t('reflecties.plan.deelnemers')}</legend>
      <p id={hintId} className={common.muted}>
        {t('reflecties.plan.deelnemers.hint')}
      </p>
      {all.length === 0 && <p>{t('reflecties.plan.geenPartners')}</p>}
      {all.map(({ partner, invitable }) => {
        const contact = partner.contactpersoon.trim();
        const label =
          contact === ''
            ? partner.organisatie
            : t('reflecties.plan.partner', { organisatie: partner.organisatie, contact });
        const type = draft.partners[partner.id];
        if (!invitable) {
          return (
            <div key={partner.id} className={styles.notInvitable}>
              <WarningIcon />
              <span>{t('reflecties.plan.nietUitnodigbaar', { naam: label })}</span>
            </div>
          );
        }
        return (
          <div key={partner.id} className={styles.attendee}>
            <Checkbox
              label={t('reflecties.plan.partnerEmail', { naam: label, email: partner.email })}
              checked={type !== undefined}
              onChange={(_e, data) => setPartner(partner.id, data.checked === true ? 'required' : undefined)}
            />
            {type !== undefined && (
              <AttendeeTypeSelect
                value={type}
                label={t('reflecties.plan.aanwezigheid', { naam: contactName(partner) })}
                onChange={(next) => setPartner(partner.id, next)}
              />
            )}
          </div>
        );
      })}
      <h3 className={common.heading3}>{t('reflecties.plan.ander.kop')}</h3>
      {draft.anderen.length > 0 && (
        <div ref={list} className={styles.form}>
          {draft.anderen.map((a, i) => {
            const rij = t('reflecties.plan.ander.rij', { nummer: i + 1 });
            const naam = a.naam.trim() === '' ? rij : a.naam.trim();
            return (
              <fieldset key={a.key} data-row={a.key} className={styles.fieldset}>
                <legend className={styles.legend}>{rij}</legend>
                <div className={styles.attendee}>
                  <Field label={t('reflecties.plan.ander.naam')}>
                    <Input
                      value={a.naam}
                      maxLength={255}
                      onChange={(_e, d) => setOther(a.key, { naam: d.value })}
                    />
                  </Field>
                  <Field label={t('reflecties.plan.ander.email')}>
                    <Input
                      type="email"
                      value={a.email}
                      maxLength={320}
                      onChange={(_e, d) => setOther(a.key, { email: d.value })}
                    />
                  </Field>
                  <AttendeeTypeSelect
                    value={a.type}
                    label={t('reflecties.plan.aanwezigheid', { naam })}
                    onChange={(type) => setOther(a.key, { type })}
                  />
                  <Button
                    aria-label={t('reflecties.plan.ander.verwijderen', { naam })}
                    onClick={() => {
                      change({ anderen: draft.anderen.filter((x) => x.key !== a.key) });
                      // The row and its button go: the way to add one keeps the place.
                      addButton.current?.focus();
                    }}
                  >
                    {t('tab.common.remove')}
                  </Button>
                </div>
              </fieldset>
            );
          })}
        </div>
      )}
      <div className={styles.row}>
        <Button
          ref={(el: HTMLButtonElement | null) => {
            addButton.current = el;
          }}
          onClick={() => {
            counter.current += 1;
            const key = `ander-${counter.current}`;
            lastAdded.current = key;
            change({ anderen: [...draft.anderen, { key, naam: '', email: '', type: 'required' }] });
          }}
        >
          {t('reflecties.plan.ander.toevoegen')}
        </Button>
      </div>
      {errorText !== undefined && (
        <p id={errorId} className={styles.error}>
          {errorText}
        </p>
      )}
    </fieldset>
  );
}

type Plan = ReturnType<typeof usePlan>;

function PlanFormView({
  model,
  bouwsteen,
  plan,
}: {
  readonly model: ReflectiesModel;
  readonly bouwsteen: BouwsteenId;
  readonly plan: Plan;
}) {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const { draft, change, state, teams, preview } = plan;
  const errors = state.status === 'editing' ? state.errors : {};
  const summary = useRef<HTMLDivElement>(null);
  const teamsReasonId = useId('teams-reden');
  const previewId = useId('voorbeeld');
  const agreed = model.rows.find((r) => r.bouwsteen.id === bouwsteen)?.schedule.frequentie;

  useEffect(() => {
    if (state.status === 'editing' && Object.keys(state.errors).length > 0) summary.current?.focus();
  }, [state]);

  if (state.status === 'planned') return <Planned model={model} state={state} />;
  return (
    <div className={styles.form}>
      <FormErrors ref={summary} title={t('reflecties.plan.fouten')} errors={errors} />
      {state.status === 'editing' && state.error !== undefined && <ErrorNotice error={state.error} />}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('reflecties.plan.bouwstenen')}</legend>
        {model.rows.map(({ bouwsteen: b }) => (
          <Checkbox
            key={b.id}
            label={t('reflecties.bouwsteen', { bouwsteen: bouwsteenLabel(b.id), thema: reflectieThema(b) })}
            checked={draft.bouwstenen.includes(b.id)}
            onChange={(_e, data) =>
              change({
                bouwstenen:
                  data.checked === true
                    ? model.rows
                        .map((r) => r.bouwsteen.id)
                        .filter((id) => id === b.id || draft.bouwstenen.includes(id))
                    : draft.bouwstenen.filter((id) => id !== b.id),
              })
            }
          />
        ))}
        {messagesOf(t, errors, 'bouwstenen') !== undefined && (
          <p className={styles.error}>{messagesOf(t, errors, 'bouwstenen')}</p>
        )}
      </fieldset>
      <div className={styles.columns}>
        <Field label={t('reflecties.plan.datum')} required {...fieldState(t, errors, 'datum')}>
          <Input
            type="date"
            min={model.today}
            value={draft.datum}
            onChange={(_e, d) => change({ datum: d.value })}
          />
        </Field>
        <Field label={t('reflecties.plan.tijd')} required {...fieldState(t, errors, 'tijd')}>
          <Input type="time" step={300} value={draft.tijd} onChange={(_e, d) => change({ tijd: d.value })} />
        </Field>
        <SelectField
          label={t('reflecties.plan.duur')}
          {...fieldState(t, errors, 'duur')}
          value={String(draft.duur)}
          onChange={(duur) => change({ duur: Number(duur) })}
          options={durationChoices(draft.duur).map((m) => ({ value: String(m), label: durationText(t, m) }))}
        />
      </div>
      <SelectField
        label={t('reflecties.plan.tijdzone')}
        hint={t('reflecties.plan.tijdzone.hint')}
        {...fieldState(t, errors, 'tijdzone')}
        value={draft.tijdzone}
        onChange={(tijdzone) => change({ tijdzone })}
        options={supportedTimeZones.map((zone) => ({ value: zone, label: t(`reflecties.zone.${zone}`) }))}
      />
      <Attendees
        model={model}
        draft={draft}
        change={change}
        errorText={messagesOf(t, errors, 'deelnemers')}
      />
      <div className={styles.form}>
        <Switch
          label={t('reflecties.plan.teams')}
          checked={draft.teams}
          disabled={teams === 'notAllowed'}
          aria-describedby={teams === 'allowed' ? undefined : teamsReasonId}
          onChange={(_e, data) => change({ teams: data.checked })}
        />
        {teams !== 'allowed' && (
          <p id={teamsReasonId} className={common.muted}>
            {teams === 'checking'
              ? t('reflecties.plan.teams.controleren')
              : t('reflecties.plan.teams.nietToegestaan')}
          </p>
        )}
      </div>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('reflecties.plan.herhalen')}</legend>
        <p className={common.muted}>
          {agreed === undefined
            ? t('reflecties.plan.herhalen.geenAfspraak')
            : t('reflecties.plan.herhalen.afspraak', { frequentie: frequencyText(locale, agreed) })}
        </p>
        <Checkbox
          label={t('reflecties.plan.herhalen')}
          checked={draft.herhalen}
          onChange={(_e, data) => change({ herhalen: data.checked === true })}
        />
        {draft.herhalen && (
          <div className={styles.columns}>
            <Field label={t('reflecties.plan.interval')} {...fieldState(t, errors, 'herhaling')}>
              <Input
                type="number"
                min={1}
                max={60}
                value={draft.interval}
                onChange={(_e, d) => change({ interval: d.value })}
              />
            </Field>
            <SelectField
              label={t('reflecties.plan.eenheid')}
              value={draft.unit}
              onChange={(unit) => change({ unit: units.find((u) => u === unit) ?? draft.unit })}
              options={units.map((u) => ({ value: u, label: t(`reflecties.eenheid.${u}`) }))}
            />
            <Field label={t('reflecties.plan.tot')} {...fieldState(t, errors, 'tot')}>
              <Input
                type="date"
                min={draft.datum}
                value={draft.tot}
                onChange={(_e, d) => change({ tot: d.value })}
              />
            </Field>
          </div>
        )}
      </fieldset>
      <section aria-labelledby={previewId} className={styles.form}>
        <h3 id={previewId} className={common.heading3}>
          {t('reflecties.plan.voorbeeld')}
        </h3>
        {preview === undefined ? (
          <p className={common.muted}>{t('reflecties.plan.voorbeeld.onvolledig')}</p>
        ) : (
          // The agenda's text twin: the person's own words stay text.
          <pre className={styles.preview} tabIndex={0} aria-labelledby={previewId}>
            {preview}
          </pre>
        )}
      </section>
    </div>
  );
}

function Planned({
  model,
  state,
}: {
  readonly model: ReflectiesModel;
  readonly state: Extract<Plan['state'], { status: 'planned' }>;
}) {
  const t = useT();
  const styles = useReflectiesStyles();
  const box = useRef<HTMLDivElement>(null);
  const { planned, teamsAsked } = state;
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} className={styles.form}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('reflecties.plan.geplaatst')}</MessageBarTitle>
          {t('reflecties.plan.geplaatst.uitleg')}
        </MessageBarBody>
      </MessageBar>
      {planned.joinUrl !== undefined && (
        <p>
          <Link href={planned.joinUrl} target="_blank" rel="noopener noreferrer">
            {t('reflectie.agenda.teams')}
          </Link>
        </p>
      )}
      {teamsAsked && !planned.teams && <p>{t('reflectie.teams.nietBeschikbaar')}</p>}
      <IcsLink overleg={planned.overleg} view={model.view} services={model.services} />
    </div>
  );
}

export interface PlanDialogProps {
  readonly model: ReflectiesModel;
  /** The bouwsteen the dialog was opened for; undefined: closed. */
  readonly bouwsteen: BouwsteenId | undefined;
  readonly onClose: () => void;
}

/**
 * Stays mounted once opened: Fluent's modal hides the rest of the page from assistive technology
 * and gives it back only when the dialog closes, not when it is torn down. Each opening gets a
 * fresh surface (the key), so it starts from the agreement and the partners as they are then.
 */
export function PlanDialog({ model, bouwsteen, onClose }: PlanDialogProps) {
  const [opening, setOpening] = useState<{ readonly bouwsteen: BouwsteenId; readonly n: number }>();
  const [wasOpen, setWasOpen] = useState(false);
  const open = bouwsteen !== undefined;
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpening({ bouwsteen, n: (opening?.n ?? 0) + 1 });
  }
  if (opening === undefined) return null;
  return (
    <Dialog
      open={open}
      onOpenChange={(_e, data) => {
        if (!data.open) onClose();
      }}
      modalType="modal"
    >
      <PlanSurface key={opening.n} model={model} bouwsteen={opening.bouwsteen} onClose={onClose} />
    </Dialog>
  );
}

function PlanSurface({
  model,
  bouwsteen,
  onClose,
}: {
  readonly model: ReflectiesModel;
  readonly bouwsteen: BouwsteenId;
  readonly onClose: () => void;
}) {
  const t = useT();
  const styles = useReflectiesStyles();
  const plan = usePlan(model, bouwsteen);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void plan.submit();
  };
  return (
    <DialogSurface className={styles.dialog}>
      <form onSubmit={submit} noValidate>
        <DialogBody>
          <DialogTitle>{t('reflecties.plan.titel')}</DialogTitle>
          <DialogContent>
            {!plan.canPlan && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t('reflecties.overleg.geenAgenda')}</MessageBarBody>
              </MessageBar>
            )}
            <PlanFormView model={model} bouwsteen={bouwsteen} plan={plan} />
          </DialogContent>
          <DialogActions>
            {plan.state.status === 'planned' ? (
              <Button appearance="primary" onClick={onClose}>
                {t('reflecties.sluiten')}
              </Button>
            ) : (
              <>
                <Button
                  type="submit"
                  appearance="primary"
                  disabled={!plan.canPlan || plan.state.status === 'busy'}
                >
                  {plan.state.status === 'busy' ? t('reflecties.plan.bezig') : t('reflecties.plan.versturen')}
                </Button>
                <Button onClick={onClose}>{t('tab.common.cancel')}</Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </form>
    </DialogSurface>
  );
}
