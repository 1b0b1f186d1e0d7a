/**
 * "Indicator of signaal:" entries. Each one is an Indicator record with this question as its
 * `herkomst`, edited in place and saved as it is typed; measurements and targets are kept on the
 * Indicatoren screen.
 */
import { Button, Field, Input, Link, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import {
  recordKey,
  removeIndicator,
  saveIndicator,
  type Current,
  type TrajectView,
} from '../../../../shared/application/index.ts';
import type { Question } from '../../../../shared/content/schema.ts';
import type { Version } from '../../../../shared/domain/ids.ts';
import type { Indicator } from '../../../../shared/domain/model.ts';
import { routeHref, useRecordState, useServices, useT } from '../../../app/index.ts';
import { SaveStatus } from '../SaveStatus.tsx';
import { useRecordDraft } from '../useRecordDraft.ts';
import type { InputOf } from '../values.ts';
import { useEditorStyles } from './editors.styles.ts';
import { RecordConflict } from './RecordConflict.tsx';
import { GrowingTextarea } from './TextEditors.tsx';
import { LinkArrow } from '../LinkArrow.tsx';

const soorten = ['indicator', 'signaal'] as const;
type Soort = Indicator['soort'];
const isSoort = (v: string): v is Soort => (soorten as readonly string[]).includes(v);
const hasName = (i: Pick<Indicator, 'naam'>) => i.naam.trim() !== '';

function IndicatorSummary({ indicator }: { readonly indicator: Indicator }) {
  const t = useT();
  return (
    <Text>
      {t('werkbladen.value.field', { veld: indicator.naam, tekst: indicator.definitie || indicator.bron })}
    </Text>
  );
}

function IndicatorRow({ record, view }: { readonly record: Current<Indicator>; readonly view: TrajectView }) {
  const t = useT();
  const styles = useEditorStyles();
  const { ctx, outbox } = useServices();
  const save = useCallback(
    (value: Indicator, version: Version | undefined) => saveIndicator(ctx, { ...value, version }),
    [ctx],
  );
  const draft = useRecordDraft(record, save, hasName);
  const state = useRecordState('indicator', record.id);
  const value = draft.value;
  const id = `indicator-${record.id}`;
  const set = (patch: Partial<Indicator>) => draft.change({ ...value, ...patch });
  const naam = value.naam.trim() === '' ? record.naam : value.naam;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('werkbladen.indicators.entry', { naam })}</legend>
      <div className={styles.columns}>
        <Field
          label={t('werkbladen.indicators.naam')}
          required
          validationMessage={hasName(value) ? null : t('werkbladen.indicators.naamRequired')}
        >
          <Input id={`${id}-naam`} value={value.naam} onChange={(_, d) => set({ naam: d.value })} />
        </Field>
        <Field label={t('werkbladen.indicators.soort')}>
          <RadioGroup
            layout="horizontal"
            value={value.soort}
            onChange={(_, d) => {
              if (isSoort(d.value)) set({ soort: d.value });
            }}
          >
            {soorten.map((s) => (
              <Radio key={s} value={s} label={t(`werkbladen.indicators.soort.${s}`)} />
            ))}
          </RadioGroup>
        </Field>
      </div>
      <Field label={t('werkbladen.indicators.definitie')}>
        <GrowingTextarea
          id={`${id}-definitie`}
          value={value.definitie}
          onChange={(definitie) => set({ definitie })}
        />
      </Field>
      <Field label={t('werkbladen.indicators.bron')}>
        <Input value={value.bron} onChange={(_, d) => set({ bron: d.value })} />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="subtle"
          icon={<DeleteRegular />}
          onClick={() => {
            const metingen = view.metingen.map((m) => ({
              id: m.id,
              trajectId: m.trajectId,
              version: m.version,
              indicatorId: m.indicatorId,
            }));
            void removeIndicator(
              ctx,
              { id: record.id, trajectId: record.trajectId, version: record.version },
              metingen,
            );
          }}
        >
          {t('werkbladen.indicators.remove', { naam })}
        </Button>
        <SaveStatus
          state={state}
          error={draft.error}
          onRetry={() =>
            draft.error === undefined ? outbox.retry(recordKey('indicator', record.id)) : draft.flush()
          }
        />
      </div>
      {state.status === 'conflict' && (
        <RecordConflict
          id={`${id}-conflict`}
          kind="indicator"
          conflict={state.conflict}
          outbox={outbox}
          render={(i) => <IndicatorSummary indicator={i} />}
          onTheirs={(i) => draft.adopt(i)}
        />
      )}
    </fieldset>
  );
}

interface NewIndicator {
  readonly naam: string;
  readonly soort: Soort;
  readonly definitie: string;
  readonly bron: string;
}
const blank: NewIndicator = { naam: '', soort: 'indicator', definitie: '', bron: '' };

export interface IndicatorsEditorProps {
  readonly id: string;
  readonly question: Question;
  readonly input: InputOf<'indicators'>;
  readonly view: TrajectView;
  readonly labelId: string;
  readonly describedBy?: string | undefined;
}

export function IndicatorsEditor({ id, question, input, view, labelId, describedBy }: IndicatorsEditorProps) {
  const t = useT();
  const styles = useEditorStyles();
  const { ctx } = useServices();
  const [form, setForm] = useState<NewIndicator>(blank);
  const [tried, setTried] = useState(false);
  const rows = view.indicatoren.filter((i) => i.herkomst === question.id);
  const presets = input.presets.filter((p) => !rows.some((r) => r.naam.trim() === p.naam));

  const create = (fields: NewIndicator) =>
    saveIndicator(ctx, {
      ...fields,
      naam: fields.naam.trim(),
      trajectId: view.traject.id,
      herkomst: question.id,
    });

  const add = () => {
    setTried(true);
    if (!hasName(form)) return;
    void create(form).then(() => {
      setForm(blank);
      setTried(false);
    });
  };

  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.stack}>
      {rows.length === 0 && <Text className={styles.muted}>{t('werkbladen.indicators.empty')}</Text>}
      {rows.map((r) => (
        <IndicatorRow key={r.id} record={r} view={view} />
      ))}
      {presets.length > 0 && (
        <div className={styles.stack}>
          <Text weight="semibold">{t('werkbladen.indicators.presets')}</Text>
          <div className={styles.actions}>
            {presets.map((p) => (
              <Button
                key={p.naam}
                icon={<AddRegular />}
                onClick={() => void create({ ...blank, naam: p.naam, definitie: p.definitie })}
              >
                {t('werkbladen.indicators.addPreset', { naam: p.naam })}
              </Button>
            ))}
          </div>
        </div>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('werkbladen.indicators.new')}</legend>
        <div className={styles.columns}>
          <Field
            label={t('werkbladen.indicators.naam')}
            required
            validationMessage={tried && !hasName(form) ? t('werkbladen.indicators.naamRequired') : null}
          >
            <Input id={id} value={form.naam} onChange={(_, d) => setForm({ ...form, naam: d.value })} />
          </Field>
          <Field label={t('werkbladen.indicators.soort')}>
            <RadioGroup
              layout="horizontal"
              value={form.soort}
              onChange={(_, d) => {
                if (isSoort(d.value)) setForm({ ...form, soort: d.value });
              }}
            >
              {soorten.map((s) => (
                <Radio key={s} value={s} label={t(`werkbladen.indicators.soort.${s}`)} />
              ))}
            </RadioGroup>
          </Field>
        </div>
        <Field label={t('werkbladen.indicators.definitie')}>
          <GrowingTextarea
            id={`${id}-definitie`}
            value={form.definitie}
            onChange={(definitie) => setForm({ ...form, definitie })}
          />
        </Field>
        <Field label={t('werkbladen.indicators.bron')}>
          <Input value={form.bron} onChange={(_, d) => setForm({ ...form, bron: d.value })} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" icon={<AddRegular />} onClick={add}>
            {t('werkbladen.indicators.add')}
          </Button>
        </div>
      </fieldset>
      <Link href={routeHref({ screen: 'indicatoren' })}>
        {t('werkbladen.indicators.link')}
        <LinkArrow />
      </Link>
    </div>
  );
}
