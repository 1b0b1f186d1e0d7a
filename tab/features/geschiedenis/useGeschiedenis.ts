/**
 * The Geschiedenis screen's state: the answers' revisions from the store (`answerHistory`, read
 * from SharePoint's item versions), the bouwsteen filter, the page, and the two dates to compare.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addMonths, todayIn } from '../../../shared/domain/rules/calendar.ts';
import type { AnswerRevision } from '../../../shared/ports/traject-repository.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { useLocale, useServices, useTraject, useT } from '../../app/index.ts';
import {
  ALL,
  compareAt,
  filterEntries,
  historyOf,
  pageOf,
  validateDates,
  type BouwsteenFilter,
  type CompareDates,
} from './model.ts';

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly revisions: readonly AnswerRevision[] }
  | { readonly status: 'error'; readonly error: unknown };

/** Three months back: about one cycle of Leren en verbeteren. */
const defaultSpanMonths = 3;

export function useGeschiedenis() {
  const traject = useTraject();
  const { ctx } = useServices();
  const t = useT();
  const locale = useLocale();
  const announce = useAnnounce();
  const opened = traject.status === 'ready' ? traject.opened : undefined;
  const trajectId = opened?.view.traject.id;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [filter, setFilterState] = useState<BouwsteenFilter>(ALL);
  const [page, setPageState] = useState(1);
  const [dates, setDates] = useState<CompareDates>(() => {
    const today = todayIn(ctx.clock);
    return { eerder: addMonths(today, -defaultSpanMonths), nu: today };
  });
  const request = useRef(0);

  // Read again when the stored answers change (a save here, or someone else's seen by the poll).
  const storedAnswers = opened?.snapshot?.antwoorden;
  const answersKey = useMemo(
    () => (storedAnswers ?? []).map((a) => `${a.id}@${a.revisie}`).join('|'),
    [storedAnswers],
  );

  const load = useCallback(() => {
    if (trajectId === undefined) return;
    const mine = ++request.current;
    ctx.repository.answerHistory(trajectId).then(
      (revisions) => {
        if (mine === request.current) setLoaded({ status: 'ready', revisions });
      },
      (error: unknown) => {
        // A failed refresh keeps what is shown; only a first load shows the error.
        if (mine === request.current) {
          setLoaded((current) => (current.status === 'ready' ? current : { status: 'error', error }));
        }
      },
    );
  }, [ctx, trajectId]);

  useEffect(() => {
    load();
  }, [load, answersKey]);

  const retry = useCallback(() => {
    setLoaded({ status: 'loading' });
    load();
  }, [load]);

  // Words and entries read every revision: not again for each keystroke in a date field.
  const entries = useMemo(
    () =>
      opened === undefined || loaded.status !== 'ready'
        ? undefined
        : historyOf(opened, loaded.revisions, locale),
    [opened, loaded, locale],
  );

  const model = useMemo(() => {
    if (opened === undefined || entries === undefined) return undefined;
    const filtered = filterEntries(entries, filter);
    const errors = validateDates(dates);
    return {
      bouwstenen: opened.edition.bouwstenen,
      total: entries.length,
      filtered: filtered.length,
      page: pageOf(filtered, page),
      dateErrors: errors,
      changes: Object.keys(errors).length > 0 ? undefined : compareAt(filtered, dates.eerder, dates.nu),
    };
  }, [opened, entries, filter, page, dates]);

  const setFilter = useCallback((next: BouwsteenFilter) => {
    setFilterState(next);
    setPageState(1);
  }, []);

  const pages = model?.page.pages ?? 1;
  const setPage = useCallback(
    (next: number) => {
      const clamped = Math.min(Math.max(1, next), pages);
      setPageState(clamped);
      announce(t('geschiedenis.page.status', { page: clamped, pages }));
    },
    [announce, t, pages],
  );

  return { loaded, model, filter, setFilter, setPage, dates, setDates, retry };
}

export type GeschiedenisModel = NonNullable<ReturnType<typeof useGeschiedenis>['model']>;
