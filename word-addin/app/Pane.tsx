/**
 * The task pane: where it runs (and what that allows), the traject or a blank template, the
 * template itself, and — in Word, with a traject — keeping the document and Teams in step.
 */
import { Badge, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { OpenedTraject } from '../../shared/application/index.ts';
import { defaultEditionId } from '../../shared/content/index.ts';
import type { EditionId } from '../../shared/content/schema.ts';
import type { WordRunner } from '../host/office/word-api.ts';
import type { HostCapabilities } from '../host/office/capabilities.ts';
import { Baseline } from '../features/document/baseline.ts';
import { DocumentPanel } from '../features/document/DocumentPanel.tsx';
import { useDocumentSync } from '../features/document/useDocumentSync.ts';
import { Invoegen } from '../features/invoegen/Invoegen.tsx';
import { useInvoegen } from '../features/invoegen/useInvoegen.ts';
import { TrajectKeuze, type Source } from '../features/traject/TrajectKeuze.tsx';
import { useTrajectKeuze } from '../features/traject/useTrajectKeuze.ts';
import { useT } from './i18n.ts';
import { usePaneStyles } from './Pane.styles.ts';
import { useServices, type TeamSession } from './services.tsx';
import { SessionGate, useSession } from './session.tsx';
import { SignOutButton } from './SignOutButton.tsx';
import { TakenOverNotice } from './TakenOverNotice.tsx';

function DocumentSection(props: {
  readonly word: WordRunner;
  readonly capabilities: HostCapabilities;
  readonly session: TeamSession;
  readonly opened: OpenedTraject;
  readonly baseline: Baseline;
  readonly refresh: () => Promise<OpenedTraject>;
  readonly documentVersion: number;
}) {
  const sync = useDocumentSync(props);
  return (
    <DocumentPanel
      sync={sync}
      edition={props.opened.edition}
      changeEvents={props.capabilities.supports('changeEvents')}
    />
  );
}

/** Signing out replaces the pane (session.tsx); signing in again shows it afresh. */
export function Pane() {
  return (
    <SessionGate>
      <SignedInPane />
    </SessionGate>
  );
}

function SignedInPane() {
  const services = useServices();
  const { office, demo, data } = services;
  const t = useT();
  const styles = usePaneStyles();
  const [source, setSource] = useState<Source>(data.kind === 'none' ? 'blanco' : 'traject');
  const [blankEdition, setBlankEdition] = useState<EditionId>(defaultEditionId);
  const [documentVersion, setDocumentVersion] = useState(0);
  const baselines = useRef(new Map<string, Baseline>());

  const keuze = useTrajectKeuze(source === 'traject');
  const opened = source === 'traject' && keuze.opened.status === 'ready' ? keuze.opened.value : undefined;
  const session = keuze.session.status === 'ready' ? keuze.session.value : undefined;
  // "Afmelden" from the first team opened on: also after choosing a blank template, as signed in still.
  const [inTeam, setInTeam] = useState(false);
  if (session !== undefined && !inTeam) setInTeam(true);
  const { returned } = useSession();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Back from signing in again: the focus was on the signed-out page's button, now gone.
    if (returned) title.current?.focus();
  }, [returned]);
  const trajectId = opened?.view.traject.id;
  // What this document held for each traject, as the pane last wrote or saved it.
  let baseline = trajectId === undefined ? undefined : baselines.current.get(trajectId);
  if (trajectId !== undefined && baseline === undefined) {
    baseline = new Baseline();
    baselines.current.set(trajectId, baseline);
  }
  const blankBaseline = useRef(new Baseline());

  const edition = source === 'blanco' ? services.edition(blankEdition) : opened?.edition;
  const invoegen = useInvoegen({
    edition,
    opened,
    blank: source === 'blanco',
    baseline: baseline ?? blankBaseline.current,
    refresh: keuze.refresh,
    onInserted: () => setDocumentVersion((n) => n + 1),
  });

  const capabilities = office.capabilities;
  const inWord = office.kind === 'word';
  const missing = inWord ? capabilities.missing('insert') : undefined;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 ref={title} tabIndex={-1} className={styles.title}>
          {t('word.app.title')}
        </h1>
        {demo && (
          <Badge appearance="tint" color="informative" title={t('word.demo.explanation')}>
            {t('word.demo.marker')}
          </Badge>
        )}
        {inTeam && <SignOutButton outbox={session?.outbox} />}
      </header>
      {!inWord && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('word.host.outsideWord')}</MessageBarTitle>
            <p className={styles.text}>{t('word.host.outsideWordBody')}</p>
          </MessageBarBody>
        </MessageBar>
      )}
      {missing !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('word.host.requirement', { set: missing.set, versie: missing.version })}
          </MessageBarBody>
        </MessageBar>
      )}
      <TakenOverNotice takenOver={session?.takenOver} />
      <TrajectKeuze
        keuze={keuze}
        source={source}
        onSource={setSource}
        blankEdition={blankEdition}
        onBlankEdition={setBlankEdition}
      />
      <Invoegen state={invoegen} edition={edition} canInsert={inWord && capabilities.supports('insert')} />
      {office.kind === 'word' &&
        capabilities.supports('fill') &&
        opened !== undefined &&
        session !== undefined &&
        baseline !== undefined && (
          <DocumentSection
            key={opened.view.traject.id}
            word={office.word}
            capabilities={capabilities}
            session={session}
            opened={opened}
            baseline={baseline}
            refresh={keuze.refresh}
            documentVersion={documentVersion}
          />
        )}
    </main>
  );
}
