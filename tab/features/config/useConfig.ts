/**
 * The configuration page's state: the team's trajecten, the choice between one of them and a new
 * one, and saving — to Teams' `pages.config` inside Teams, or straight into the traject standalone.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  createTraject,
  listTrajecten,
  recordKey,
  type Outbox,
  type RecordState,
} from '../../../shared/application/index.ts';
import { editionIds } from '../../../shared/content/schema.ts';
import { KompasError } from '../../../shared/domain/errors.ts';
import type { TrajectId } from '../../../shared/domain/ids.ts';
import type { Stored, Traject } from '../../../shared/domain/model.ts';
import type { LoadProblem } from '../../../shared/ports/traject-repository.ts';
import { useServices, useT } from '../../app/index.ts';
import { emptyForm, validateTraject, type FormField, type TrajectForm } from './validation.ts';

export type ConfigMode = 'teams' | 'start';
export const NEW = 'new';

type Listing =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly trajecten: readonly Stored<Traject>[];
      readonly problems: readonly LoadProblem[];
    }
  | { readonly status: 'error'; readonly error: unknown };

/** Resolves when the outbox has stored the record, or keeps it for later (offline); rejects when it failed. */
export function whenStored(
  outbox: Pick<Outbox, 'state' | 'subscribe'>,
  key: string,
  timeoutMs = 20_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (state: RecordState): boolean => {
      if (state.status === 'saved' || state.status === 'queued') resolve();
      else if (state.status === 'failed') reject(new KompasError(state.code, `saving ${key} failed`));
      else if (state.status === 'conflict') reject(new KompasError('Conflict', `saving ${key} conflicted`));
      else return false;
      return true;
    };
    if (settle(outbox.state(key))) return;
    const timer = setTimeout(() => {
      stop();
      // Still sending: the outbox keeps it and the tab sends it again when it opens.
      resolve();
    }, timeoutMs);
    const stop = outbox.subscribe((changed, state) => {
      if (changed !== key || !settle(state)) return;
      clearTimeout(timer);
      stop();
    });
  });
}

/** The tab's address for a traject: Teams opens it as the tab's content. */
export function contentUrlFor(trajectId: TrajectId): string {
  const url = new URL(window.location.pathname, window.location.origin);
  url.searchParams.set('traject', trajectId);
  return url.toString();
}

export function useConfig(mode: ConfigMode, onOpen?: (id: TrajectId) => void) {
  const { ctx, outbox, teams } = useServices();
  const t = useT();
  const [listing, setListing] = useState<Listing>({ status: 'loading' });
  const [choice, setChoice] = useState<string>('');
  const [form, setForm] = useState<TrajectForm>(emptyForm);
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setListing({ status: 'loading' });
    listTrajecten(ctx).then(
      ({ trajecten, problems }) => {
        if (!live) return;
        setListing({ status: 'ready', trajecten, problems });
        // Standalone opens the first traject at a click; in Teams the owner chooses on purpose.
        const first = mode === 'start' ? (trajecten[0]?.id ?? NEW) : trajecten.length === 0 ? NEW : '';
        setChoice((current) => (current !== '' ? current : first));
      },
      (error: unknown) => live && setListing({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [ctx, attempt, mode]);

  const errors = useMemo(() => validateTraject(form), [form]);
  const trajecten = listing.status === 'ready' ? listing.trajecten : [];
  const chosen = trajecten.find((tr) => tr.id === choice);
  const valid = choice === NEW ? Object.keys(errors).length === 0 : chosen !== undefined;

  const editions = useMemo(() => editionIds.map((id) => ({ id, title: ctx.edition(id).title })), [ctx]);

  /** Creates the traject when "new" is chosen; returns the chosen or created one. */
  const latest = useRef({ choice, form, chosen, valid });
  latest.current = { choice, form, chosen, valid };
  const commit = useCallback(async (): Promise<Traject | undefined> => {
    const { choice: picked, form: values, chosen: existing, valid: ok } = latest.current;
    if (!ok) return undefined;
    if (picked !== NEW) return existing;
    const traject = await createTraject(ctx, {
      naam: values.naam.trim(),
      gemeente: values.gemeente.trim(),
      editie: values.editie,
      vraagstuk: values.vraagstuk,
    });
    await whenStored(outbox, recordKey('traject', traject.id));
    return traject;
  }, [ctx, outbox]);

  const supported = mode !== 'teams' || (teams?.config.isSupported() ?? false);

  useEffect(() => {
    if (mode === 'teams' && supported) teams?.config.setValidityState(valid);
  }, [mode, supported, teams, valid]);

  useEffect(() => {
    if (mode !== 'teams' || teams === undefined || !supported) return;
    teams.config.onSave((save) => {
      setBusy(true);
      commit()
        .then(async (traject) => {
          if (traject === undefined) throw new KompasError('Validation', 'configuration is incomplete');
          const contentUrl = contentUrlFor(traject.id);
          await teams.config.setConfig({
            entityId: traject.id,
            contentUrl,
            websiteUrl: contentUrl,
            suggestedDisplayName: traject.naam.slice(0, 100),
          });
          save.notifySuccess();
        })
        .catch((error: unknown) => {
          setSaveError(error);
          save.notifyFailure(t('tab.config.saveFailed'));
        })
        .finally(() => setBusy(false));
    });
  }, [mode, teams, supported, commit, t]);

  /** Standalone: open the chosen traject, or create it first. */
  const submit = useCallback(async () => {
    setSubmitted(true);
    if (!latest.current.valid || onOpen === undefined) return false;
    setBusy(true);
    setSaveError(undefined);
    try {
      const traject = await commit();
      if (traject !== undefined) onOpen(traject.id);
      return true;
    } catch (error) {
      setSaveError(error);
      return false;
    } finally {
      setBusy(false);
    }
  }, [commit, onOpen]);

  const update = useCallback((field: FormField, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
  }, []);
  const touch = useCallback((field: FormField) => setTouched((current) => new Set([...current, field])), []);

  /** Errors show once a field was left, or after trying to submit. */
  const visibleErrors = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(errors).filter(([field]) => submitted || touched.has(field as FormField)),
      ) as Partial<typeof errors>,
    [errors, submitted, touched],
  );

  return {
    listing,
    retryListing: () => setAttempt((n) => n + 1),
    choice,
    setChoice,
    form,
    update,
    touch,
    errors: visibleErrors,
    allErrors: errors,
    valid,
    supported,
    editions,
    busy,
    saveError,
    submit,
  };
}
