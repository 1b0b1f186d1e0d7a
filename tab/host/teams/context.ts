/** What the tab needs from the Teams context, read once at start. */
import { resolveLocale } from '../../../shared/i18n/index.ts';
import type { HostUser, Locale, ThemeName } from '../../../shared/ports/host-context.ts';
import { themeFromTeams } from '../theme.ts';
import type { TeamsContextLike } from './teams-api.ts';

export interface TeamsStart {
  /** The team's Microsoft 365 group: its SharePoint site holds the lists. Absent in chats and personal tabs. */
  readonly groupId: string | undefined;
  readonly teamName: string | undefined;
  readonly channelId: string | undefined;
  readonly locale: Locale;
  readonly theme: ThemeName;
  /** The configured tab's `entityId`: the traject id. Empty on the configuration page. */
  readonly entityId: string | undefined;
  /** A deep link's place inside the tab. */
  readonly subPageId: string | undefined;
  /** Teams opens the configuration page in the `settings` frame. */
  readonly settings: boolean;
  readonly user: HostUser;
}

function present(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

export function readTeamsContext(context: TeamsContextLike): TeamsStart {
  const upn = context.user?.userPrincipalName ?? '';
  const locale = resolveLocale(context.app.locale);
  return {
    groupId: present(context.team?.groupId),
    teamName: present(context.team?.displayName),
    channelId: present(context.channel?.id),
    locale: locale === 'en' ? 'en' : 'nl',
    theme: themeFromTeams(context.app.theme),
    entityId: present(context.page.id),
    subPageId: present(context.page.subPageId),
    settings: context.page.frameContext === 'settings',
    user: { upn, displayName: present(context.user?.displayName) ?? upn },
  };
}
