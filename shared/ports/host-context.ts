/** What a host (Teams, a plain browser, Word) tells the app about where it runs. */
export type ThemeName = 'light' | 'dark' | 'contrast';
export type Locale = 'nl' | 'en';

export interface HostUser {
  /** UPN or e-mail; what the store records as author. */
  readonly upn: string;
  readonly displayName: string;
}

export interface HostContext {
  readonly kind: 'teams' | 'standalone' | 'word';
  readonly locale: Locale;
  readonly theme: ThemeName;
  readonly user: HostUser;
  /** The Microsoft 365 group of the team: its SharePoint site holds the lists. */
  readonly groupId: string | undefined;
  /** The tab's configured traject, if any (Teams: the tab's entityId). */
  readonly entityId: string | undefined;
  /** A place inside the tab to open at (Teams deep link `subPageId`, or the URL hash standalone). */
  readonly subPageId: string | undefined;
}
