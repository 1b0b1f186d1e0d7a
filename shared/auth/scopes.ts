/**
 * Delegated Microsoft Graph permissions, least first. Kompas asks for a set only when a feature
 * needs it (incremental consent), so a user who never plans a meeting never grants calendar access.
 * docs/deployment.*.md explains each to the administrator; keep them in step (a test checks).
 *
 * Two routes to the team sites: `all` (Sites.ReadWrite.All, plus Sites.Manage.All once per team to
 * create the lists) or `selected` (Sites.Selected: Kompas reaches only the sites an administrator
 * granted it, with the "write" or "manage" role per site).
 */
export type SiteAccess = 'all' | 'selected';
export const siteAccessModes: readonly SiteAccess[] = ['all', 'selected'];

export const scopeSets = {
  /** Every session: who is signed in, and the team site's Kompas lists (read and write items). */
  base: ['User.Read', 'Sites.ReadWrite.All'],
  /** Only the first time in a team: create the lists and columns (`POST /sites/{id}/lists`). */
  provisioning: ['Sites.Manage.All'],
  /** Planning a reflectie meeting in the user's own calendar (`/me/events`). */
  calendar: ['Calendars.ReadWrite'],
  /** The personal tab lists the user's teams (`GET /me/joinedTeams`). */
  teams: ['Team.ReadBasic.All'],
} as const satisfies Record<string, readonly string[]>;

/** The `selected` route: one scope for the sites; what Kompas may do there is the site grant's role. */
export const selectedSiteScopes = {
  base: ['User.Read', 'Sites.Selected'],
  provisioning: [],
  calendar: scopeSets.calendar,
  teams: scopeSets.teams,
} as const satisfies Record<keyof typeof scopeSets, readonly string[]>;

export type ScopeSetName = keyof typeof scopeSets;
export const scopeSetNames = Object.keys(scopeSets) as ScopeSetName[];

/** The scopes to request for a feature: always the base set too, so one token serves both. */
export function scopesFor(name: ScopeSetName, access: SiteAccess = 'all'): readonly string[] {
  const sets = access === 'selected' ? selectedSiteScopes : scopeSets;
  return name === 'base' ? sets.base : [...sets.base, ...sets[name]];
}

export function isScopeSetName(value: string): value is ScopeSetName {
  return (scopeSetNames as readonly string[]).includes(value);
}
