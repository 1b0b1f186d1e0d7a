/** The Activiteiten screen's data (the 3-B matrix and its gaps) and the use cases behind its buttons. */
import { useCallback, useMemo, useState } from 'react';
import { removeActiviteit, saveActiviteit, type Current } from '../../../shared/application/index.ts';
import type { Activiteit } from '../../../shared/domain/model.ts';
import { buildActivityMatrix } from '../../../shared/domain/rules/index.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { useServices, useTraject } from '../../app/index.ts';
import { useSt } from '../indicatoren/i18n.ts';
import {
  fieldsOfActiviteit,
  filledResultaten,
  niveauLabels,
  resultatenPlace,
  veranderverhaalGroups,
  veranderverhaalRowLabel,
  type ActiviteitDraft,
} from './model.ts';

export function useActiviteiten() {
  const traject = useTraject();
  const { ctx } = useServices();
  const t = useSt();
  const announce = useAnnounce();
  const [error, setError] = useState<unknown>(undefined);
  const opened = traject.status === 'ready' ? traject.opened : undefined;
  const trajectId = opened?.view.traject.id;

  const model = useMemo(() => {
    if (opened === undefined) return undefined;
    const { edition, view } = opened;
    const resultaten = filledResultaten(edition, view);
    const groups = veranderverhaalGroups(edition, view);
    return {
      activiteiten: view.activiteiten,
      resultaten,
      matrix: buildActivityMatrix(resultaten, view.activiteiten),
      veranderverhaal: groups,
      elementText: new Map(groups.flatMap((g) => g.entries).map((e) => [e.id as string, e.text])),
      partners: [...view.partners].sort((a, b) => a.organisatie.localeCompare(b.organisatie, 'nl')),
      niveauLabels: niveauLabels(edition),
      veranderverhaalLabel: veranderverhaalRowLabel(edition),
      resultatenPlace: resultatenPlace(edition),
      problems: view.problems.filter((p) => p.kind === 'activiteit'),
    };
  }, [opened]);

  const add = useCallback(
    async (draft: ActiviteitDraft): Promise<Activiteit | undefined> => {
      if (trajectId === undefined) return undefined;
      setError(undefined);
      try {
        const activiteit = await saveActiviteit(ctx, { ...fieldsOfActiviteit(draft), trajectId });
        announce(t('activiteiten.added', { naam: activiteit.naam }));
        return activiteit;
      } catch (e) {
        setError(e);
        return undefined;
      }
    },
    [ctx, trajectId, announce, t],
  );

  const remove = useCallback(
    async (activiteit: Current<Activiteit>) => {
      setError(undefined);
      try {
        await removeActiviteit(ctx, activiteit);
        announce(t('activiteiten.removed', { naam: activiteit.naam }));
      } catch (e) {
        setError(e);
      }
    },
    [ctx, announce, t],
  );

  return { model, error, add, remove };
}

export type ActiviteitenModel = NonNullable<ReturnType<typeof useActiviteiten>['model']>;
