/** The Activiteiten screen's data (the 3-B matrix and its gaps) and the use cases behind its buttons. */
import { useCallback } from 'react';
import {
  removeActiviteit,
  saveActiviteit,
  type Current,
  type OpenedTraject,
} from '../../../shared/application/index.ts';
import type { Activiteit } from '../../../shared/domain/model.ts';
import { buildActivityMatrix } from '../../../shared/domain/rules/index.ts';
import { useT } from '../../app/index.ts';
import { useRecordList } from '../common/useRecordList.ts';
import {
  fieldsOfActiviteit,
  filledResultaten,
  niveauLabels,
  resultatenPlace,
  veranderverhaalGroups,
  veranderverhaalRowLabel,
  type ActiviteitDraft,
} from './model.ts';

function activiteitenModel({ edition, view }: OpenedTraject) {
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
}

export type ActiviteitenModel = ReturnType<typeof activiteitenModel>;

export function useActiviteiten() {
  const t = useT();
  const { model, error, run } = useRecordList(activiteitenModel);

  const add = useCallback(
    (draft: ActiviteitDraft): Promise<Activiteit | undefined> =>
      run(
        ({ ctx, trajectId }) => saveActiviteit(ctx, { ...fieldsOfActiviteit(draft), trajectId }),
        (activiteit) => t('activiteiten.added', { naam: activiteit.naam }),
      ),
    [run, t],
  );

  const remove = useCallback(
    (activiteit: Current<Activiteit>) =>
      run(
        ({ ctx }) => removeActiviteit(ctx, activiteit),
        () => t('activiteiten.removed', { naam: activiteit.naam }),
      ),
    [run, t],
  );

  return { model, error, add, remove };
}
