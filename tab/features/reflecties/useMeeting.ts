/** Moving, cancelling and re-sending a planned meeting: the use cases behind the meeting's buttons. */
import { useCallback, useMemo, useState } from 'react';
import {
  cancelReflectie,
  planReflectie,
  rescheduleReflectie,
  type Current,
} from '../../../shared/application/index.ts';
import type { Overleg } from '../../../shared/domain/model.ts';
import { formatWhen } from '../../../shared/meeting/text.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { useT } from '../../app/index.ts';
import {
  fieldErrorsOf,
  formOfConcept,
  hasErrors,
  timesOf,
  type FieldErrors,
  type RescheduleDraft,
} from './model.ts';
import type { ReflectiesModel } from './useReflecties.ts';

/** Done, or what went wrong: sentences per field for a refusal, the error itself otherwise. */
export type Outcome =
  { readonly ok: true } | { readonly ok: false; readonly errors: FieldErrors; readonly error: unknown };

function failed(error: unknown): Outcome {
  const errors = fieldErrorsOf(error);
  return errors !== undefined && hasErrors(errors)
    ? { ok: false, errors, error: undefined }
    : { ok: false, errors: {}, error };
}

export function useMeeting(model: ReflectiesModel) {
  const { services, view } = model;
  const { planning, locale, linkFor } = services;
  const t = useT();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const { id, naam, editie } = view.traject;
  const traject = useMemo(() => ({ id, naam, editie }), [id, naam, editie]);

  const run = useCallback(async (work: () => Promise<void>): Promise<Outcome> => {
    setBusy(true);
    try {
      await work();
      return { ok: true };
    } catch (error) {
      return failed(error);
    } finally {
      setBusy(false);
    }
  }, []);

  const reschedule = useCallback(
    async (overleg: Current<Overleg>, draft: RescheduleDraft): Promise<Outcome> => {
      const times = timesOf({ ...draft, tijdzone: overleg.tijdzone });
      if (!('start' in times)) return { ok: false, errors: times, error: undefined };
      if (planning === undefined) return { ok: false, errors: {}, error: undefined };
      return run(async () => {
        const moved = await rescheduleReflectie(planning, {
          traject,
          records: view,
          overleg,
          form: {
            start: times.start,
            eind: times.eind,
            // Left out, the series follows the new start; null ends it.
            ...(draft.herhalingHouden || overleg.herhaling === undefined ? {} : { herhaling: null }),
          },
          link: linkFor(overleg.bouwstenen[0]),
          locale,
        });
        announce(t('reflecties.verzet', { wanneer: formatWhen(locale, moved.start, moved.eind) }));
      });
    },
    [planning, traject, view, linkFor, locale, run, announce, t],
  );

  const cancel = useCallback(
    async (overleg: Current<Overleg>, reden: string): Promise<Outcome> => {
      if (planning === undefined) return { ok: false, errors: {}, error: undefined };
      return run(async () => {
        await cancelReflectie(planning, { overleg, reden, locale });
        announce(t('reflecties.geannuleerd'));
      });
    },
    [planning, locale, run, announce, t],
  );

  /** Planning that did not finish (a lost answer, a closed tab): sent again with its transactionId. */
  const retry = useCallback(
    async (concept: Current<Overleg>): Promise<Outcome> => {
      if (planning === undefined) return { ok: false, errors: {}, error: undefined };
      return run(async () => {
        await planReflectie(planning, {
          traject,
          records: view,
          form: formOfConcept(concept),
          overleg: concept,
          link: linkFor(concept.bouwstenen[0]),
          locale,
        });
        announce(t('reflecties.plan.geplaatst'));
      });
    },
    [planning, traject, view, linkFor, locale, run, announce, t],
  );

  return { reschedule, cancel, retry, busy, canPlan: planning !== undefined };
}
