/** The Partners screen's data and the use cases behind its buttons; every change goes through the outbox. */
import { useCallback } from 'react';
import {
  removePartner,
  savePartner,
  type Current,
  type OpenedTraject,
} from '../../../shared/application/index.ts';
import type { Partner } from '../../../shared/domain/model.ts';
import { useT } from '../../app/index.ts';
import { useRecordList } from '../common/useRecordList.ts';
import { fieldsOf, openSuggestions, overviewOf, type PartnerDraft } from './model.ts';

function partnersModel({ edition, view }: OpenedTraject) {
  const overview = overviewOf(edition);
  const partners = [...view.partners].sort((a, b) => a.organisatie.localeCompare(b.organisatie, 'nl'));
  return {
    partners,
    overview,
    suggestions: overview === undefined ? [] : openSuggestions(overview, partners),
    regie: partners.filter((p) => p.rollen.includes('regie')),
    problems: view.problems.filter((p) => p.kind === 'partner'),
  };
}

export function usePartners() {
  const t = useT();
  const { model, error, run } = useRecordList(partnersModel);

  /** Creates a partner; resolves with it once the outbox keeps it. */
  const add = useCallback(
    (draft: PartnerDraft): Promise<Partner | undefined> =>
      run(
        ({ ctx, trajectId }) => savePartner(ctx, { ...fieldsOf(draft), trajectId }),
        (partner) => t('tab.partners.suggestions.added', { organisatie: partner.organisatie }),
      ),
    [run, t],
  );

  const remove = useCallback(
    (partner: Current<Partner>) =>
      run(
        ({ ctx }) => removePartner(ctx, partner),
        () => t('tab.partners.removed', { organisatie: partner.organisatie }),
      ),
    [run, t],
  );

  return { model, add, remove, error };
}
