/**
 * Links into a configured channel tab, in Teams' documented form
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId","channelId"}`
 * (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application).
 * The tab context does not carry the app id (microsoft-teams-library-js#1860), so the build does.
 */
export interface TabDeepLink {
  /** The manifest id of the app. */
  readonly appId: string;
  /** The configured tab's entityId (our traject id). */
  readonly entityId: string;
  /** The place inside the tab; Teams hands it back as `page.subPageId`. */
  readonly subPageId: string;
  readonly channelId?: string | undefined;
  readonly label?: string | undefined;
}

export function teamsDeepLink(link: TabDeepLink): string {
  const context = JSON.stringify({
    subEntityId: link.subPageId,
    ...(link.channelId === undefined ? {} : { channelId: link.channelId }),
  });
  const query = new URLSearchParams();
  if (link.label !== undefined) query.set('label', link.label);
  query.set('context', context);
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(link.appId)}/${encodeURIComponent(link.entityId)}?${query.toString()}`;
}
