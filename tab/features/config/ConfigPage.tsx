/**
 * Choose a traject of this team or start a new one. Inside Teams this is the tab's configuration
 * page (Teams' own Save button saves it); standalone it is the start screen.
 */
import { Button, Field, Input, Radio, RadioGroup, Spinner, Textarea } from '@fluentui/react-components';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import { DemoMarker, PageTools } from '../../app/Layout.tsx';
import { useServices, useT } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { useFieldMessages } from '../common/field-error.ts';
import { LoadProblems } from '../common/LoadProblems.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { useConfigPageStyles } from './ConfigPage.styles.ts';
import { NEW, useConfig, type ConfigMode } from './useConfig.ts';
import { limits } from './validation.ts';
import { KompasError } from '../../../shared/domain/errors.ts';

export interface ConfigPageProps {
  readonly mode: ConfigMode;
  /** Standalone: open the chosen (or just created) traject. */
  readonly onOpen?: (id: TrajectId) => void;
}

export function ConfigPage({ mode, onOpen }: ConfigPageProps) {
  const t = useT();
  const styles = useConfigPageStyles();
  const common = useCommonStyles();
  const { demo } = useServices();
  const config = useConfig(mode, onOpen);
  const { listing, choice, form, errors } = config;

  const fieldProps = useFieldMessages(errors);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mode !== 'start') return;
    const form = event.currentTarget;
    void config.submit().then((ok) => {
      if (ok) return;
      // Take the person to the first field that needs attention.
      form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });
  };

  return (
    <div className={styles.page}>
      <header className={styles.top}>
        <span className={styles.brand}>
          {t('app.name')}
          {demo && <DemoMarker />}
        </span>
        <PageTools signOut={mode === 'start'} />
      </header>
      <main className={styles.main}>
        <h1 className={common.heading1}>{mode === 'teams' ? t('tab.config.title') : t('tab.start.title')}</h1>
        <p className={common.intro}>{t('tab.config.intro')}</p>
        {!config.supported && <ErrorNotice error={new KompasError('Unsupported', 'pages.config')} />}
        {listing.status === 'loading' && <Spinner size="small" label={t('tab.loading')} />}
        {listing.status === 'error' && <ErrorNotice error={listing.error} onRetry={config.retryListing} />}
        {listing.status === 'ready' && <LoadProblems problems={listing.problems} />}
        {listing.status === 'ready' && (
          <form className={styles.form} onSubmit={onSubmit} noValidate>
            <Field label={t('tab.config.choice')}>
              <RadioGroup value={choice} onChange={(_e, data) => config.setChoice(data.value)}>
                {listing.trajecten.map((traject) => (
                  <Radio
                    key={traject.id}
                    value={traject.id}
                    label={{
                      className: styles.radioLabel,
                      children: t('tab.config.existing.option', {
                        naam: traject.naam,
                        gemeente: traject.gemeente,
                      }),
                    }}
                  />
                ))}
                <Radio value={NEW} label={t('tab.config.choice.new')} />
              </RadioGroup>
            </Field>
            {listing.trajecten.length === 0 && (
              <p className={common.muted}>{t('tab.config.existing.none')}</p>
            )}
            {choice === NEW && (
              <fieldset className={styles.fieldset}>
                <legend className={styles.legend}>{t('tab.config.new.title')}</legend>
                <Field
                  label={t('tab.traject.naam')}
                  hint={t('tab.traject.naam.hint')}
                  required
                  {...fieldProps('naam')}
                >
                  <Input
                    value={form.naam}
                    maxLength={limits.naam}
                    onChange={(_e, data) => config.update('naam', data.value)}
                    onBlur={() => config.touch('naam')}
                  />
                </Field>
                <Field label={t('tab.traject.gemeente')} required {...fieldProps('gemeente')}>
                  <Input
                    value={form.gemeente}
                    maxLength={limits.gemeente}
                    onChange={(_e, data) => config.update('gemeente', data.value)}
                    onBlur={() => config.touch('gemeente')}
                  />
                </Field>
                <SelectField
                  label={t('tab.traject.editie')}
                  value={form.editie}
                  onChange={(editie) => config.update('editie', editie)}
                  options={config.editions.map((edition) => ({ value: edition.id, label: edition.title }))}
                />
                <Field
                  label={t('tab.traject.vraagstuk')}
                  hint={t('tab.traject.vraagstuk.hint')}
                  {...fieldProps('vraagstuk')}
                >
                  <Textarea
                    value={form.vraagstuk}
                    resize="vertical"
                    onChange={(_e, data) => config.update('vraagstuk', data.value)}
                    onBlur={() => config.touch('vraagstuk')}
                  />
                </Field>
              </fieldset>
            )}
            {mode === 'start' && (
              <div className={styles.actions}>
                <Button type="submit" appearance="primary" disabled={config.busy}>
                  {choice === NEW ? t('tab.config.create') : t('tab.config.open')}
                </Button>
              </div>
            )}
            <p role="status" className={common.muted}>
              {config.busy
                ? t('tab.config.creating')
                : mode === 'teams' && config.valid
                  ? t('tab.config.ready')
                  : ''}
            </p>
            {config.saveError !== undefined && <ErrorNotice error={config.saveError} />}
          </form>
        )}
      </main>
    </div>
  );
}
