/**
 * What the screens work with, wired once by `main.tsx` (or a test): the use cases' context, the
 * outbox, the host, and Teams when the tab runs inside it. Locale and theme change while the tab
 * runs (the language switch, Teams' theme), so they live in state here.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppContext, Outbox } from '../../shared/application/index.ts';
import type { TakenOver } from '../../shared/application/taken-over.ts';
import type { KompasAuth } from '../../shared/auth/provider.ts';
import type { CalendarPort } from '../../shared/ports/calendar.ts';
import type { TrajectRepository } from '../../shared/ports/traject-repository.ts';
import type { HostContext, Locale, ThemeName } from '../../shared/ports/host-context.ts';
import { themeFromTeams } from '../host/theme.ts';
import type { SessionChannel } from '../host/browser/session-channel.ts';
import type { TeamsApi } from '../host/teams/teams-api.ts';
import type { Route } from './router.ts';

/** A team the user belongs to, with the store of its SharePoint site ("Mijn acties"). */
export interface TeamStore {
  readonly groupId: string;
  readonly displayName: string;
  readonly repository: TrajectRepository;
}

export interface ServicesConfig {
  /** The use cases' ports: `saveAnswer(ctx, …)`, `openTraject(ctx, …)`. */
  readonly ctx: AppContext;
  /** The same outbox as `ctx.outbox`, with its full interface (states, conflicts, summary). */
  readonly outbox: Outbox;
  /** Where the tab runs, as it started; `locale` and `theme` are kept current by the provider. */
  readonly host: HostContext;
  /** Present only inside Teams. */
  readonly teams: TeamsApi | undefined;
  /** The user's Outlook calendar, for planning reflectie meetings (Reflecties screen). */
  readonly calendar?: CalendarPort;
  /**
   * Sign-in: its state, the window a person opens with a click when a token needs it, and signing
   * out of Kompas (the demo user standalone).
   */
  readonly auth?: Pick<KompasAuth, 'state' | 'subscribe' | 'signIn' | 'signOut'>;
  /** This user's unsent changes that other windows on this device keep (sign-out removes them too). */
  readonly pendingElsewhere?: () => Promise<number>;
  /** The user's other Kompas windows on this device: one sign-out signs them all out. */
  readonly sessionChannel?: SessionChannel | undefined;
  /** Unsent changes of windows that closed, which this tab took over (issue #4): the banner says so. */
  readonly takenOver?: TakenOver;
  /** Standalone on the local emulator: shows the "Demo — lokale gegevens" marker. */
  readonly demo: boolean;
  /**
   * A link to a place in the tab that works when shared: a Teams deep link inside Teams, the page
   * URL with the traject and the hash standalone.
   */
  readonly linkTo: (route: Route, trajectId: string | undefined) => string;
  /** The teams of the user and their stores, for the personal "Mijn acties" tab. */
  readonly myTeams: () => Promise<readonly TeamStore[]>;
  /**
   * Outside Teams: follows the system's theme (dark mode, forced colours). Inside Teams the
   * provider follows `teams.onThemeChange` instead.
   */
  readonly watchTheme?: (handler: (theme: ThemeName) => void) => () => void;
  /** Called when the person picks another language (main.tsx remembers it). */
  readonly onLocaleChange?: (locale: Locale) => void;
}

export interface Services extends ServicesConfig {
  /** The host with the current locale and theme. */
  readonly host: HostContext;
  readonly setLocale: (locale: Locale) => void;
}

const ServicesContext = createContext<Services | undefined>(undefined);

export function ServicesProvider({
  services,
  children,
}: {
  readonly services: ServicesConfig;
  readonly children: ReactNode;
}) {
  const [locale, setLocale] = useState<Locale>(services.host.locale);
  const [theme, setTheme] = useState<ThemeName>(services.host.theme);
  const { teams, watchTheme, onLocaleChange } = services;

  useEffect(() => {
    if (teams !== undefined) {
      // teams-js keeps one theme handler per page; registering again replaces it.
      teams.onThemeChange((name) => setTheme(themeFromTeams(name)));
      return undefined;
    }
    return watchTheme?.(setTheme);
  }, [teams, watchTheme]);

  const value = useMemo<Services>(
    () => ({
      ...services,
      host: { ...services.host, locale, theme },
      setLocale: (next) => {
        setLocale(next);
        onLocaleChange?.(next);
      },
    }),
    [services, locale, theme, onLocaleChange],
  );
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (services === undefined) throw new Error('useServices() outside <ServicesProvider>');
  return services;
}
