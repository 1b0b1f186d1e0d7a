/** The first section: fill the template from a traject, or take it blank (no sign-in needed). */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useId } from 'react';
import { editionIds, EditionIdSchema, type EditionId } from '../../../shared/content/schema.ts';
import { isKompasError } from '../../../shared/domain/errors.ts';
import { TrajectIdSchema } from '../../../shared/domain/ids.ts';
import { describeError } from '../../app/errors.ts';
import { ErrorNotice } from '../../app/ErrorNotice.tsx';
import { useT } from '../../app/i18n.ts';
import { usePaneStyles } from '../../app/Pane.styles.ts';
import { useServices } from '../../app/services.tsx';
import type { TrajectKeuze as Keuze } from './useTrajectKeuze.ts';

export type Source = 'traject' | 'blanco';

export interface TrajectKeuzeProps {
  readonly keuze: Keuze;
  readonly source: Source;
  readonly onSource: (source: Source) => void;
  readonly blankEdition: EditionId;
  readonly onBlankEdition: (id: EditionId) => void;
}

export function TrajectKeuze({ keuze, source, onSource, blankEdition, onBlankEdition }: TrajectKeuzeProps) {
  const t = useT();
  const styles = usePaneStyles();
  const { edition } = useServices();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {t('word.traject.heading')}
      </h2>
      <RadioGroup
        aria-label={t('word.source.label')}
        value={source}
        onChange={(_, d) => onSource(d.value === 'blanco' ? 'blanco' : 'traject')}
      >
        <Radio value="traject" label={t('word.source.traject')} />
        <Radio value="blanco" label={t('word.source.blanco')} />
      </RadioGroup>
      {source === 'blanco' ? (
        <>
          <Field label={t('word.edition.label')} hint={t('word.source.blancoHint')}>
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              value={blankEdition}
              onChange={(_, d) => {
                const id = EditionIdSchema.safeParse(d.value);
                if (id.success) onBlankEdition(id.data);
              }}
            >
              {editionIds.map((id) => (
                <option key={id} value={id}>
                  {edition(id).title}
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : (
        <TrajectFields keuze={keuze} />
      )}
    </section>
  );
}

function Loading({ label }: { readonly label: string }) {
  return <Spinner size="tiny" labelPosition="after" label={label} />;
}

function TrajectFields({ keuze }: { readonly keuze: Keuze }) {
  const t = useT();
  const styles = usePaneStyles();
  const { data, edition } = useServices();
  const { teams, session, trajecten, opened } = keuze;

  if (data.kind === 'none') {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('word.signIn.outsideWord')}</MessageBarBody>
      </MessageBar>
    );
  }
  if (teams.status === 'loading' || teams.status === 'idle')
    return <Loading label={t('word.team.loading')} />;
  if (teams.status === 'failed') {
    const signIn = keuze.signIn;
    const needsSignIn = describeError(t, teams.error).signIn && signIn !== undefined;
    return (
      <ErrorNotice
        error={teams.error}
        actions={
          needsSignIn ? (
            <Button appearance="primary" disabled={keuze.signingIn} onClick={() => void signIn()}>
              {keuze.signingIn ? t('word.signIn.busy') : t('word.signIn.button')}
            </Button>
          ) : (
            <Button onClick={keuze.retry}>{t('word.traject.reload')}</Button>
          )
        }
      />
    );
  }
  if (teams.value.length === 0) return <p className={styles.muted}>{t('word.team.empty')}</p>;

  return (
    <>
      {teams.value.length > 1 && (
        <Field label={t('word.team.label')}>
          <Select
            className={styles.select}
            select={{ className: styles.selectControl }}
            value={keuze.teamId ?? ''}
            onChange={(_, d) => keuze.chooseTeam(d.value === '' ? undefined : d.value)}
          >
            <option value="">{t('word.team.choose')}</option>
            {teams.value.map((team) => (
              <option key={team.groupId} value={team.groupId}>
                {team.displayName}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {session.status === 'loading' && <Loading label={t('word.traject.loading')} />}
      {session.status === 'failed' && (
        <ErrorNotice
          error={session.error}
          {...(isKompasError(session.error, 'NotProvisioned')
            ? { text: t('word.traject.notProvisioned') }
            : {})}
          actions={<Button onClick={keuze.retry}>{t('word.traject.reload')}</Button>}
        />
      )}
      {trajecten.status === 'loading' && <Loading label={t('word.traject.loading')} />}
      {trajecten.status === 'failed' && (
        <ErrorNotice
          error={trajecten.error}
          actions={<Button onClick={keuze.retry}>{t('word.traject.reload')}</Button>}
        />
      )}
      {trajecten.status === 'ready' &&
        (trajecten.value.length === 0 ? (
          <p className={styles.muted}>{t('word.traject.empty')}</p>
        ) : (
          <Field label={t('word.traject.label')}>
            <Select
              className={styles.select}
              select={{ className: styles.selectControl }}
              value={keuze.trajectId ?? ''}
              onChange={(_, d) => {
                const id = TrajectIdSchema.safeParse(d.value);
                keuze.chooseTraject(id.success ? id.data : undefined);
              }}
            >
              <option value="">{t('word.traject.choose')}</option>
              {trajecten.value.map((traject) => (
                <option key={traject.id} value={traject.id}>
                  {traject.naam}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      {opened.status === 'loading' && <Loading label={t('word.traject.opening')} />}
      {opened.status === 'failed' && (
        <ErrorNotice
          error={opened.error}
          actions={<Button onClick={keuze.retry}>{t('word.traject.reload')}</Button>}
        />
      )}
      {opened.status === 'ready' && (
        <p className={styles.muted}>
          {t('word.traject.summary', {
            gemeente: opened.value.view.traject.gemeente,
            editie: edition(opened.value.view.traject.editie).title,
          })}
        </p>
      )}
    </>
  );
}
