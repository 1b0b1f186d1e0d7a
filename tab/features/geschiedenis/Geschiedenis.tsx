/**
 * Who changed which answer when (from the answers' revisions in SharePoint), by bouwsteen and by
 * page, and "Eerder / Op dit moment": the answers as they stood on two dates, side by side.
 */
import { Button, Skeleton, SkeletonItem, mergeClasses } from '@fluentui/react-components';
import { useRef } from 'react';
import { BouwsteenIdSchema } from '../../../shared/content/schema.ts';
import { bouwsteenLabel } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { ErrorNotice } from '../common/ErrorNotice.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { Compare } from './Compare.tsx';
import { formatInstant, promptOf } from './format.ts';
import { useGeschiedenisStyles } from './Geschiedenis.styles.ts';
import { ALL, type HistoryEntry } from './model.ts';
import { useGeschiedenis, type GeschiedenisModel } from './useGeschiedenis.ts';

function Entry({ entry }: { readonly entry: HistoryEntry }) {
  const t = useT();
  const locale = useLocale();
  const styles = useGeschiedenisStyles();
  const common = useCommonStyles();
  const { revision, lines } = entry;
  const headingId = `geschiedenis-${entry.key.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <li>
      <article className={styles.entry} aria-labelledby={headingId}>
        <h3 id={headingId} className={styles.prompt}>
          {promptOf(t, entry.question, revision.questionId)}
        </h3>
        <p className={styles.meta}>
          {entry.bouwsteen !== undefined && (
            <span>{t('common.bouwsteen', { bouwsteen: bouwsteenLabel(entry.bouwsteen) })}</span>
          )}
          <span>
            {t('geschiedenis.entry.meta', {
              auteur: revision.auteur === '' ? t('geschiedenis.entry.onbekend') : revision.auteur,
              tijd: formatInstant(locale, revision.gewijzigd),
            })}
          </span>
          <span>{t('geschiedenis.entry.versie', { versie: String(revision.revisie) })}</span>
        </p>
        {lines.length === 0 ? (
          <p className={mergeClasses(styles.text, common.muted)}>{t('geschiedenis.entry.leeg')}</p>
        ) : lines.length === 1 ? (
          <p className={styles.text}>{lines[0]}</p>
        ) : (
          <ul className={styles.lines}>
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </article>
    </li>
  );
}

function History({
  model,
  onPage,
  filtered,
}: {
  readonly model: GeschiedenisModel;
  readonly onPage: (page: number) => void;
  readonly filtered: boolean;
}) {
  const t = useT();
  const styles = useGeschiedenisStyles();
  const common = useCommonStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  const { page } = model;
  const go = (next: number) => {
    onPage(next);
    // The new page starts at its heading, not at the buttons at the bottom.
    requestAnimationFrame(() => heading.current?.focus());
  };
  return (
    <section className={common.section} aria-labelledby="geschiedenis-list">
      <h2
        id="geschiedenis-list"
        ref={heading}
        tabIndex={-1}
        className={mergeClasses(common.heading2, styles.headingTarget)}
      >
        {t('geschiedenis.list.heading')}
      </h2>
      {model.filtered === 0 ? (
        <p className={common.muted}>{filtered ? t('geschiedenis.emptyFiltered') : t('geschiedenis.empty')}</p>
      ) : (
        <>
          <ol className={styles.list} aria-labelledby="geschiedenis-list">
            {page.items.map((entry) => (
              <Entry key={entry.key} entry={entry} />
            ))}
          </ol>
          {page.pages > 1 && (
            <nav className={styles.pager} aria-label={t('geschiedenis.page.nav')}>
              <Button disabledFocusable={page.page <= 1} onClick={() => go(page.page - 1)}>
                {t('geschiedenis.page.previous')}
              </Button>
              <span>{t('geschiedenis.page.status', { page: page.page, pages: page.pages })}</span>
              <Button disabledFocusable={page.page >= page.pages} onClick={() => go(page.page + 1)}>
                {t('geschiedenis.page.next')}
              </Button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

export function Geschiedenis() {
  const t = useT();
  const common = useCommonStyles();
  const styles = useGeschiedenisStyles();
  const { loaded, model, filter, setFilter, setPage, dates, setDates, retry } = useGeschiedenis();

  return (
    <div className={common.screen}>
      <h1 className={common.heading1}>{t('geschiedenis.title')}</h1>
      <p className={common.intro}>{t('geschiedenis.intro')}</p>
      {loaded.status === 'error' && <ErrorNotice error={loaded.error} onRetry={retry} />}
      {model === undefined ? (
        loaded.status !== 'error' && (
          <Skeleton aria-label={t('geschiedenis.loading')}>
            <SkeletonItem size={120} />
          </Skeleton>
        )
      ) : (
        <>
          <div className={styles.filters}>
            <SelectField
              className={styles.filterField}
              selectClassName={styles.filterSelect}
              label={t('geschiedenis.filter.bouwsteen')}
              value={filter}
              onChange={(value) => {
                const id = BouwsteenIdSchema.safeParse(value);
                setFilter(id.success ? id.data : ALL);
              }}
              options={model.bouwstenen.map((b) => ({
                value: b.id,
                label: t('geschiedenis.filter.option', { bouwsteen: bouwsteenLabel(b.id), titel: b.title }),
              }))}
            >
              <option value={ALL}>{t('geschiedenis.filter.alle')}</option>
            </SelectField>
            <p role="status" className={common.muted}>
              {t('geschiedenis.count', { count: model.filtered })}
            </p>
          </div>
          <History model={model} onPage={setPage} filtered={filter !== ALL} />
          <Compare model={model} dates={dates} onDates={setDates} />
        </>
      )}
    </div>
  );
}
