/** The Partners screen's data and the use cases behind its buttons; every change goes through the outbox. */
import { useCallback, useMemo, useState } from 'react';
import { removePartner, savePartner, type Current } from '../../../shared/application/index.ts';
import type { Partner } from '../../../shared/domain/model.ts';
import { useAnnounce } from '../../app/announce.tsx';
import { useServices, useT, useTraject } from '../../app/index.ts';
import { fieldsOf, openSuggestions, overviewOf, type PartnerDraft } from './model.ts';

export function usePartners() {
  const traject = useTraject();
  const { ctx } = useServices();
  const t = useT();
  const announce = useAnnounce();
  const [error, setError] = useState<unknown>(undefined);
  const opened = traject.status === 'ready' ? traject.opened : undefined;
  const trajectId = opened?.view.traject.id;

  const model = useMemo(() => {
    if (opened === undefined) return undefined;
    const overview = overviewOf(opened.edition);
    const partners = [...opened.view.partners].sort((a, b) =>
      a.organisatie.localeCompare(b.organisatie, 'nl'),
    );
    return {
      partners,
      overview,
      suggestions: overview === undefined ? [] : openSuggestions(overview, partners),
      regie: partners.filter((p) => p.rollen.includes('regie')),
      problems: opened.view.problems.filter((p) => p.kind === 'partner'),
    };
  }, [opened]);

  /** Creates a partner; resolves with it once the outbox keeps it. */
  const add = useCallback(
    async (draft: PartnerDraft): Promise<Partner | undefined> => {
      if (trajectId === undefined) return undefined;
      setError(undefined);
      try {
        const partner = await savePartner(ctx, { ...fieldsOf(draft), trajectId });
        announce(t('tab.partners.suggestions.added', { organisatie: partner.organisatie }));
        return partner;
      } catch (e) {
        setError(e);
        return undefined;
      }
    },
    [ctx, trajectId, announce, t],
  );

  const remove = useCallback(
    async (partner: Current<Partner>) => {
      setError(undefined);
      try {
        await removePartner(ctx, partner);
        announce(t('tab.partners.removed', { organisatie: partner.organisatie }));
      } catch (e) {
        setError(e);
      }
    },
    [ctx, announce, t],
  );

  return { status: traject.status, model, add, remove, error };
}
