/**
 * The open traject, shared by every screen: loaded once with `openTraject`, kept current as the
 * outbox saves (no reload after our own edits), and refreshed every ~15 s while the tab is visible
 * so edits by others show up (one `openTraject` request each: one Graph `$batch`).
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  applyUnsaved,
  deriveOverzicht,
  openTraject,
  recordKey,
  trajectIdOfChange,
  type OpenedTraject,
  type RecordState,
} from '../../shared/application/index.ts';
import type { TrajectId } from '../../shared/domain/ids.ts';
import { entityKinds, type EntityKind, type Stored, type Traject } from '../../shared/domain/model.ts';
import type { TrajectSnapshot } from '../../shared/ports/traject-repository.ts';
import type { Route } from './router.ts';
import { useServices } from './services.tsx';

export type TrajectState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly opened: OpenedTraject; readonly refresh: () => Promise<void> }
  | { readonly status: 'error'; readonly error: unknown; readonly refresh: () => Promise<void> };

interface TrajectContextValue {
  readonly trajectId: TrajectId;
  readonly state: TrajectState;
}

const TrajectContext = createContext<TrajectContextValue | undefined>(undefined);

/** How often to look for changes by others while the tab is visible. */
export const defaultPollMs = 15_000;

type ListKind = Exclude<EntityKind, 'traject'>;
const listOf = {
  antwoord: 'antwoorden',
  partner: 'partners',
  indicator: 'indicatoren',
  meting: 'metingen',
  activiteit: 'activiteiten',
  reflectie: 'reflecties',
  actie: 'acties',
  overleg: 'overleggen',
} as const satisfies Record<ListKind, keyof TrajectSnapshot>;

/** What the outbox saved (or removed) since the snapshot was read. */
interface Saved {
  readonly seq: number;
  readonly kind: EntityKind;
  readonly id: string;
  /** Undefined: removed. */
  readonly record: (Stored<object> & { readonly id: string }) | undefined;
}

function parseKey(key: string): { kind: EntityKind; id: string } | undefined {
  const at = key.indexOf('/');
  const kind = key.slice(0, at);
  const found = entityKinds.find((k) => k === kind);
  return at < 0 || found === undefined ? undefined : { kind: found, id: key.slice(at + 1) };
}

function belongsTo(record: object, trajectId: TrajectId): boolean {
  return (
    ('trajectId' in record && record.trajectId === trajectId) || ('id' in record && record.id === trajectId)
  );
}

/** The stored snapshot with our own saves since it was read laid over it. */
function withSaved(
  base: TrajectSnapshot | undefined,
  saved: readonly Saved[],
  trajectId: TrajectId,
): TrajectSnapshot | undefined {
  let snapshot = base;
  for (const s of saved) {
    if (s.kind === 'traject') {
      if (s.record === undefined || s.id !== trajectId) continue;
      const traject = s.record as Stored<Traject>;
      snapshot =
        snapshot === undefined
          ? {
              traject,
              antwoorden: [],
              partners: [],
              indicatoren: [],
              metingen: [],
              activiteiten: [],
              reflecties: [],
              acties: [],
              overleggen: [],
              problems: [],
            }
          : { ...snapshot, traject };
      continue;
    }
    if (snapshot === undefined) continue;
    const field = listOf[s.kind];
    const records = snapshot[field] as readonly { readonly id: string }[];
    const { record } = s;
    // A changed record keeps its place in the list; a new one goes last.
    const next =
      record === undefined
        ? records.filter((r) => r.id !== s.id)
        : records.some((r) => r.id === s.id)
          ? records.map((r) => (r.id === s.id ? record : r))
          : [...records, record];
    snapshot = { ...snapshot, [field]: next };
  }
  return snapshot;
}

export function TrajectProvider({
  trajectId,
  pollMs = defaultPollMs,
  children,
}: {
  readonly trajectId: TrajectId;
  readonly pollMs?: number;
  readonly children: ReactNode;
}) {
  const { ctx, outbox } = useServices();
  const [loaded, setLoaded] = useState<
    | { readonly status: 'loading' }
    | { readonly status: 'ready'; readonly base: OpenedTraject }
    | { readonly status: 'error'; readonly error: unknown }
  >({ status: 'loading' });
  const [saved, setSaved] = useState<readonly Saved[]>([]);
  /** Bumped when the outbox's queue changes, to apply unsaved edits again. */
  const [pendingTick, setPendingTick] = useState(0);
  const seq = useRef(0);
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  const lastLoad = useRef(0);

  const refresh = useCallback((): Promise<void> => {
    if (inFlight.current !== undefined) return inFlight.current;
    const startedAt = seq.current;
    const run = openTraject(ctx, trajectId)
      .then(
        (opened) => {
          setLoaded({ status: 'ready', base: opened });
          // The new snapshot holds what we saved before asking for it.
          setSaved((list) => list.filter((s) => s.seq > startedAt));
        },
        (error: unknown) => {
          // A failed poll keeps what is shown; only a first load shows the error.
          setLoaded((current) => (current.status === 'ready' ? current : { status: 'error', error }));
        },
      )
      .finally(() => {
        inFlight.current = undefined;
        lastLoad.current = ctx.clock.now().getTime();
      });
    inFlight.current = run;
    return run;
  }, [ctx, trajectId]);

  useEffect(() => {
    setLoaded({ status: 'loading' });
    setSaved([]);
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      outbox.subscribe((key, state: RecordState) => {
        setPendingTick((n) => n + 1);
        if (state.status !== 'saved') return;
        const parsed = parseKey(key);
        if (parsed === undefined) return;
        const { record } = state;
        if (record !== undefined && !belongsTo(record, trajectId)) return;
        const entry: Saved = { seq: ++seq.current, ...parsed, record };
        setSaved((list) => [...list.filter((s) => !(s.kind === entry.kind && s.id === entry.id)), entry]);
      }),
    [outbox, trajectId],
  );

  useEffect(() => {
    if (pollMs <= 0) return;
    const poll = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    const timer = window.setInterval(poll, pollMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible' && ctx.clock.now().getTime() - lastLoad.current >= pollMs) {
        void refresh();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [pollMs, refresh, ctx]);

  const state = useMemo<TrajectState>(() => {
    if (loaded.status === 'loading') return { status: 'loading' };
    if (loaded.status === 'error') return { status: 'error', error: loaded.error, refresh };
    const snapshot = withSaved(loaded.base.snapshot, saved, trajectId);
    const unsaved = outbox.pending().filter((c) => trajectIdOfChange(c) === trajectId);
    const pendingTraject = unsaved.find((c) => c.op === 'save' && c.kind === 'traject');
    const view =
      snapshot !== undefined
        ? applyUnsaved(snapshot, unsaved)
        : pendingTraject?.op === 'save' && pendingTraject.kind === 'traject'
          ? applyUnsaved({ traject: pendingTraject.entity }, unsaved)
          : loaded.base.view;
    const edition = ctx.edition(view.traject.editie);
    const opened: OpenedTraject = {
      edition,
      snapshot,
      unsaved,
      view,
      overzicht: deriveOverzicht(edition, view, ctx.clock),
    };
    return { status: 'ready', opened, refresh };
  }, [loaded, saved, pendingTick, outbox, trajectId, ctx, refresh]);

  const value = useMemo(() => ({ trajectId, state }), [trajectId, state]);
  return <TrajectContext.Provider value={value}>{children}</TrajectContext.Provider>;
}

function useTrajectContext(): TrajectContextValue {
  const value = useContext(TrajectContext);
  if (value === undefined) throw new Error('useTraject() outside <TrajectProvider>');
  return value;
}

/** The open traject: loading, ready (with the view the screens show and edit) or an error. */
export function useTraject(): TrajectState {
  return useTrajectContext().state;
}

/** The id of the open traject. */
export function useTrajectId(): TrajectId {
  return useTrajectContext().trajectId;
}

/**
 * The outbox's state of one record, for a field's save indicator: idle, saving, saved,
 * queued (offline / throttled), conflict or failed.
 */
export function useRecordState(kind: EntityKind, id: string): RecordState {
  const { outbox } = useServices();
  const key = recordKey(kind, id);
  const subscribe = useCallback(
    (onChange: () => void) =>
      outbox.subscribe((changed) => {
        if (changed === key) onChange();
      }),
    [outbox, key],
  );
  const read = useCallback(() => outbox.state(key), [outbox, key]);
  return useSyncExternalStore(subscribe, read, read);
}

/** A shareable link to a place in the open traject (Teams deep link inside Teams). */
export function useLinkTo(): (route: Route) => string {
  const { linkTo } = useServices();
  const trajectId = useContext(TrajectContext)?.trajectId;
  return useCallback((route: Route) => linkTo(route, trajectId), [linkTo, trajectId]);
}
