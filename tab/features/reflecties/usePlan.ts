/**
 * The plan dialog's state: the draft, whether the calendar allows Teams meetings, the agenda as it
 * will be sent, and `planReflectie` behind the button. Nothing reaches Outlook or the store while
 * the form or the use case finds something wrong.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { planReflectie, type PlannedReflectie } from '../../../shared/application/index.ts';
import type { BouwsteenId } from '../../../shared/content/schema.ts';
import { agendaFor, buildAgenda, meetingSubject } from '../../../shared/meeting/index.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { useT } from '../../app/index.ts';
import {
  fieldErrorsOf,
  initialPlanDraft,
  planFormOf,
  timesOf,
  type FieldErrors,
  type PlanDraft,
} from './model.ts';
import type { ReflectiesModel } from './useReflecties.ts';

export type TeamsCheck = 'checking' | 'allowed' | 'notAllowed';

export type PlanState =
  | { readonly status: 'editing'; readonly errors: FieldErrors; readonly error: unknown }
  | { readonly status: 'busy' }
  | { readonly status: 'planned'; readonly planned: PlannedReflectie; readonly teamsAsked: boolean };

const editing: PlanState = { status: 'editing', errors: {}, error: undefined };

export function usePlan(model: ReflectiesModel, bouwsteen: BouwsteenId) {
  const { services, view, edition, today, rows } = model;
  const { planning, locale, linkFor, timeZone } = services;
  const t = useT();
  const announce = useAnnounce();
  const [draft, setDraft] = useState<PlanDraft>(() =>
    initialPlanDraft({
      bouwsteen,
      schedule: rows.find((r) => r.bouwsteen.id === bouwsteen)?.schedule,
      partners: view.partners,
      today,
      tijdzone: timeZone,
    }),
  );
  const [state, setState] = useState<PlanState>(editing);
  const [teams, setTeams] = useState<TeamsCheck>('checking');

  useEffect(() => {
    let live = true;
    if (planning === undefined) return undefined;
    planning.calendar.canUseTeamsMeetings().then(
      (allowed) => {
        if (!live) return;
        setTeams(allowed ? 'allowed' : 'notAllowed');
        if (!allowed) setDraft((d) => ({ ...d, teams: false }));
      },
      // Not knowing is not a refusal: planning asks the calendar again and reports what it did.
      () => live && setTeams('allowed'),
    );
    return () => {
      live = false;
    };
  }, [planning]);

  const change = useCallback((next: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...next })), []);

  const link = linkFor(draft.bouwstenen[0]);
  const preview = useMemo(() => {
    const times = timesOf(draft);
    if (!('start' in times) || draft.bouwstenen.length === 0) return undefined;
    try {
      const onderwerp = meetingSubject(edition, draft.bouwstenen, view.traject.naam, locale);
      return buildAgenda(
        agendaFor(
          edition,
          view,
          { bouwstenen: draft.bouwstenen, onderwerp, start: times.start, eind: times.eind },
          { traject: view.traject.naam, link, locale },
        ),
      ).text;
    } catch {
      // A date the calendar does not have yet (being typed): no preview until it is one.
      return undefined;
    }
  }, [draft, edition, view, link, locale]);

  const submit = useCallback(async () => {
    if (planning === undefined) return;
    const parsed = planFormOf(draft);
    if ('errors' in parsed) {
      setState({ status: 'editing', errors: parsed.errors, error: undefined });
      return;
    }
    setState({ status: 'busy' });
    try {
      const planned = await planReflectie(planning, {
        traject: { id: view.traject.id, naam: view.traject.naam, editie: view.traject.editie },
        records: view,
        form: parsed.form,
        link,
        locale,
      });
      setState({ status: 'planned', planned, teamsAsked: draft.teams });
      announce(t('reflecties.plan.geplaatst'));
    } catch (error) {
      const errors = fieldErrorsOf(error);
      setState({
        status: 'editing',
        errors: errors ?? {},
        // A refusal without a sentence per field, or a failure of Outlook: shown as an error.
        error: errors === undefined || Object.keys(errors).length === 0 ? error : undefined,
      });
    }
  }, [planning, draft, view, link, locale, announce, t]);

  return { draft, change, state, teams, preview, submit, canPlan: planning !== undefined };
}
