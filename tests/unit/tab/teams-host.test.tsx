// @vitest-environment jsdom
import { teamsHighContrastTheme, teamsDarkTheme, teamsLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { aTraject } from '../../../shared/testing/builders.ts';
import { routeFromSubPageId } from '../../../tab/app/router.ts';
import Root from '../../../tab/app/Root.tsx';
import { ServicesProvider, useServices } from '../../../tab/app/services.tsx';
import { fluentThemes } from '../../../tab/app/theme.ts';
import { readTeamsContext } from '../../../tab/host/teams/context.ts';
import { teamsDeepLink } from '../../../tab/host/teams/deep-link.ts';
import { FakeTeamsHost } from '../support/fake-teams.ts';
import { makeWorld, Providers, seed } from '../support/tab.tsx';

describe('reading the Teams context', () => {
  it('takes the team site, locale, theme, deep link and user from it', () => {
    const start = readTeamsContext({
      app: { locale: 'en-us', theme: 'contrast' },
      page: { id: 'traject-1234', subPageId: 'werkbladen/2/2.ambitie', frameContext: 'content' },
      user: { userPrincipalName: 'an@voorbeeldstad.nl', displayName: 'An de Vries' },
      team: { groupId: '02bd9fd6-8f93-4758-87c3-1fb73740a315', displayName: 'Jeugd' },
      channel: { id: '19:abc@thread.tacv2' },
    });
    expect(start).toMatchObject({
      groupId: '02bd9fd6-8f93-4758-87c3-1fb73740a315',
      locale: 'en',
      theme: 'contrast',
      entityId: 'traject-1234',
      subPageId: 'werkbladen/2/2.ambitie',
      settings: false,
      user: { upn: 'an@voorbeeldstad.nl', displayName: 'An de Vries' },
    });
    expect(routeFromSubPageId(start.subPageId)).toEqual({
      screen: 'werkbladen',
      bouwsteen: '2',
      questionId: '2.ambitie',
    });
  });

  it('reads Dutch, light and the settings frame, and no team in a chat', () => {
    const start = readTeamsContext({
      app: { locale: 'nl-NL', theme: 'default' },
      page: { id: '', frameContext: 'settings' },
    });
    expect(start).toMatchObject({
      groupId: undefined,
      locale: 'nl',
      theme: 'light',
      entityId: undefined,
      settings: true,
    });
    expect(readTeamsContext({ app: { locale: 'de-DE', theme: 'dark' }, page: { id: 'x' } })).toMatchObject({
      locale: 'nl',
      theme: 'dark',
    });
  });
});

describe('themes', () => {
  it('uses the Teams themes, high contrast included', () => {
    expect(fluentThemes.light).toBe(teamsLightTheme);
    expect(fluentThemes.dark).toBe(teamsDarkTheme);
    expect(fluentThemes.contrast).toBe(teamsHighContrastTheme);
  });

  it('follows Teams when the person switches its theme', async () => {
    const teams = new FakeTeamsHost();
    const world = await makeWorld({ teams });
    function ThemeProbe() {
      return <p>thema {useServices().host.theme}</p>;
    }
    render(
      <ServicesProvider services={world.services}>
        <ThemeProbe />
      </ServicesProvider>,
    );
    expect(screen.getByText('thema light')).toBeTruthy();
    act(() => teams.changeTheme('dark'));
    expect(screen.getByText('thema dark')).toBeTruthy();
    act(() => teams.changeTheme('contrast'));
    expect(screen.getByText('thema contrast')).toBeTruthy();
    act(() => teams.changeTheme('default'));
    expect(screen.getByText('thema light')).toBeTruthy();
  });
});

describe('deep links', () => {
  it('opens the place a Teams deep link names', async () => {
    const teams = new FakeTeamsHost();
    const world = await makeWorld({ teams });
    const trajectId = await seed(world.repository, aTraject({ naam: 'Samen sterk' }).build());
    render(
      <Providers services={world.services}>
        <Suspense fallback={<p>laden</p>}>
          <Root view={{ kind: 'tab', trajectId, route: routeFromSubPageId('acties') }} />
        </Suspense>
      </Providers>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Verbeteracties' })).toBeTruthy();
    expect(window.location.hash).toBe('#/acties');
    expect(screen.getByRole('link', { name: 'Acties' }).getAttribute('aria-current')).toBe('page');
  });

  it('builds the documented Teams link to a place in a channel tab', () => {
    const link = new URL(
      teamsDeepLink({
        appId: '6f1c2a4e-93b7-4c1d-8e2f-5a0b7c9d1e3f',
        entityId: 'traject-1234',
        subPageId: 'werkbladen/2/2.ambitie',
        channelId: '19:abc@thread.tacv2',
      }),
    );
    expect(link.origin + link.pathname).toBe(
      'https://teams.microsoft.com/l/entity/6f1c2a4e-93b7-4c1d-8e2f-5a0b7c9d1e3f/traject-1234',
    );
    expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({
      subEntityId: 'werkbladen/2/2.ambitie',
      channelId: '19:abc@thread.tacv2',
    });
  });
});
