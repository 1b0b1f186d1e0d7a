/**
 * The Werkbladen screen's state: which bouwsteen the route names (the edition's first when none),
 * and the deep-link focus — `#/werkbladen/2/2.ambitie` scrolls to that question and focuses it.
 */
import { useLayoutEffect, useRef } from 'react';
import type { OpenedTraject } from '../../../shared/application/index.ts';
import { findBouwsteen, questionsOfBouwsteen } from '../../../shared/content/queries.ts';
import type { Bouwsteen, BouwsteenId } from '../../../shared/content/schema.ts';
import { useRoute } from '../../app/index.ts';
import { questionDomId } from './Question.tsx';

export type WerkbladenModel =
  | { readonly status: 'ready'; readonly bouwsteen: Bouwsteen; readonly questionMissing: boolean }
  /** The route names a bouwsteen this edition does not have. */
  | { readonly status: 'not-in-edition'; readonly requested: BouwsteenId };

export const bouwsteenHeadingId = 'werkbladen-bouwsteen';

export function useWerkbladen(opened: OpenedTraject): WerkbladenModel {
  const route = useRoute();
  const { edition } = opened;
  const requested = route.screen === 'werkbladen' ? route.bouwsteen : undefined;
  const questionId = route.screen === 'werkbladen' ? route.questionId : undefined;
  const bouwsteen = requested === undefined ? edition.bouwstenen[0] : findBouwsteen(edition, requested);
  const questionMissing =
    bouwsteen !== undefined &&
    questionId !== undefined &&
    !questionsOfBouwsteen(bouwsteen).some((l) => l.question.id === questionId);

  // Focus once per place the route names, not again on every save that re-renders the page.
  const focused = useRef<string | undefined>(undefined);
  const place = `${bouwsteen?.id ?? ''}/${questionId ?? ''}`;
  useLayoutEffect(() => {
    if (bouwsteen === undefined || focused.current === place) return;
    const first = focused.current === undefined;
    focused.current = place;
    const target =
      questionId !== undefined && !questionMissing
        ? document.getElementById(questionDomId(questionId))
        : // Another bouwsteen chosen in the picker: start reading at its title. On first load the
          // shell has already put focus on the screen.
          first
          ? null
          : document.getElementById(bouwsteenHeadingId);
    if (target === null) return;
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [place, bouwsteen, questionId, questionMissing]);

  if (bouwsteen === undefined) {
    return { status: 'not-in-edition', requested: requested ?? edition.bouwstenen[0]?.id ?? '0A' };
  }
  return { status: 'ready', bouwsteen, questionMissing };
}
