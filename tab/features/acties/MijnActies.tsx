/** The personal tab: my verbeteracties in every traject of every team I am in. */
import { Spinner } from '@fluentui/react-components';
import { useLocale, useT } from '../../app/index.ts';
import { DemoMarker, PageTools } from '../../app/Layout.tsx';
import { useServices } from '../../app/index.ts';
import { deadlineText, herkomstText, statusText } from '../common/actie-text.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { useRecordStyles } from '../common/record.styles.ts';
import { useConfigPageStyles } from '../config/ConfigPage.styles.ts';
import { useActiesStyles } from './Acties.styles.ts';
import { DeadlineWarning } from './DeadlineWarning.tsx';
import { useMijnActies } from './useMijnActies.ts';

export function MijnActies() {
  const t = useT();
  const locale = useLocale();
  const common = useCommonStyles();
  const page = useConfigPageStyles();
  const styles = useActiesStyles();
  const record = useRecordStyles();
  const { demo } = useServices();
  const { state, retry, today } = useMijnActies();
  return (
    <div className={page.page}>
      <header className={page.top}>
        <span className={page.brand}>
          {t('app.name')}
          {demo && <DemoMarker />}
        </span>
        <PageTools />
      </header>
      <main className={page.main}>
        <h1 className={common.heading1}>{t('tab.mijnActies.title')}</h1>
        <p className={common.intro}>{t('tab.mijnActies.intro')}</p>
        {state.status === 'loading' && <Spinner size="small" label={t('tab.loading')} />}
        {state.status === 'error' && <ErrorNotice error={state.error} onRetry={retry} />}
        {state.status === 'ready' && (
          <>
            {state.skipped > 0 && (
              <p className={common.muted}>{t('tab.mijnActies.skipped', { count: state.skipped })}</p>
            )}
            {state.trajecten.length === 0 ? (
              <p className={common.muted}>{t('tab.mijnActies.empty')}</p>
            ) : (
              state.trajecten.map(({ team, traject, acties }) => (
                <section key={traject.id} className={styles.group} aria-labelledby={`mijn-${traject.id}`}>
                  <h2 id={`mijn-${traject.id}`} className={common.heading2}>
                    {t('tab.mijnActies.traject', { traject: traject.naam, team })}
                  </h2>
                  <ul className={styles.list}>
                    {acties.map((actie) => {
                      const deadline = deadlineText(t, locale, actie, today);
                      return (
                        <li key={actie.id} className={record.card}>
                          <h3 className={common.heading3}>
                            <span className={common.userText}>{actie.tekst}</span>
                          </h3>
                          <DeadlineWarning deadline={deadline} />
                          <dl className={record.details}>
                            <dt className={record.term}>{t('tab.actie.status')}</dt>
                            <dd className={styles.value}>{statusText(t, actie.status)}</dd>
                            <dt className={record.term}>{t('tab.actie.deadline')}</dt>
                            <dd className={styles.value}>{deadline.date}</dd>
                            <dt className={record.term}>{t('tab.actie.herkomst')}</dt>
                            <dd className={styles.value}>{herkomstText(t, actie)}</dd>
                          </dl>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))
            )}
          </>
        )}
      </main>
    </div>
  );
}

export default MijnActies;
