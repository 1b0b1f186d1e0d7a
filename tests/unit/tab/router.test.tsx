// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  navigate,
  parseRoute,
  routeFromSubPageId,
  routeHref,
  subPageIdOf,
  useRoute,
  type Route,
} from '../../../tab/app/router.ts';
import '../support/tab.tsx';

describe('routes', () => {
  it('reads every screen and the werkbladen deep links from a hash', () => {
    expect(parseRoute('#/overzicht')).toEqual({ screen: 'overzicht' });
    expect(parseRoute('#/partners')).toEqual({ screen: 'partners' });
    expect(parseRoute('#/werkbladen')).toEqual({ screen: 'werkbladen' });
    expect(parseRoute('#/werkbladen/2')).toEqual({ screen: 'werkbladen', bouwsteen: '2' });
    expect(parseRoute('#/werkbladen/0a/0A.partners')).toEqual({
      screen: 'werkbladen',
      bouwsteen: '0A',
      questionId: '0A.partners',
    });
    expect(parseRoute('#/config')).toEqual({ screen: 'config' });
  });

  it('names nothing for unknown places, so the tab falls back to the Overzicht', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/onbekend',
      '#/werkbladen/7',
      '#/acties/extra',
      '#/werkbladen/2/x/y',
    ]) {
      expect(parseRoute(hash), hash).toBeUndefined();
    }
  });

  it('maps a route to a Teams subPageId and back', () => {
    const routes: Route[] = [
      { screen: 'overzicht' },
      { screen: 'acties' },
      { screen: 'werkbladen', bouwsteen: '3A' },
      { screen: 'werkbladen', bouwsteen: '2', questionId: '2.ambitie' },
    ];
    for (const route of routes) {
      expect(routeFromSubPageId(subPageIdOf(route))).toEqual(route);
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
    expect(subPageIdOf({ screen: 'werkbladen', bouwsteen: '2', questionId: '2.ambitie' })).toBe(
      'werkbladen/2/2.ambitie',
    );
    expect(routeFromSubPageId(undefined)).toBeUndefined();
  });
});

function Where() {
  const route = useRoute();
  return <p>{route.screen === 'werkbladen' ? `werkbladen ${route.bouwsteen ?? ''}` : route.screen}</p>;
}

describe('useRoute and navigate', () => {
  it('follows the hash and re-renders on navigation', async () => {
    render(<Where />);
    expect(screen.getByText('overzicht')).toBeTruthy();
    act(() => navigate({ screen: 'werkbladen', bouwsteen: '1B' }));
    expect(window.location.hash).toBe('#/werkbladen/1B');
    // Browsers fire hashchange as a task, after the assignment.
    expect(await screen.findByText('werkbladen 1B')).toBeTruthy();
    act(() => navigate('acties', { replace: true }));
    expect(window.location.hash).toBe('#/acties');
    expect(screen.getByText('acties')).toBeTruthy();
  });
});
