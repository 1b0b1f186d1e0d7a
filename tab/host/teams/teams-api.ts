/**
 * The part of teams-js the tab uses, as an interface: the real SDK is adapted in `teams-sdk.ts`
 * (loaded only inside Teams), and tests use a hand-written fake host (TeamsJS's own practice).
 */
export interface TeamsContextLike {
  readonly app: { readonly locale: string; readonly theme?: string | undefined };
  readonly page: {
    readonly id: string;
    readonly subPageId?: string | undefined;
    readonly frameContext?: string | undefined;
  };
  readonly user?:
    | { readonly userPrincipalName?: string | undefined; readonly displayName?: string | undefined }
    | undefined;
  readonly team?:
    { readonly groupId?: string | undefined; readonly displayName?: string | undefined } | undefined;
  readonly channel?: { readonly id?: string | undefined } | undefined;
}

export interface TeamsTabConfig {
  readonly entityId: string;
  readonly contentUrl: string;
  readonly suggestedDisplayName: string;
  readonly websiteUrl?: string;
}

export interface TeamsApi {
  initialize(): Promise<void>;
  getContext(): Promise<TeamsContextLike>;
  onThemeChange(handler: (theme: string) => void): void;
  /** Tells Teams the app has loaded (hides the Teams loading indicator). */
  notifySuccess(): void;
  readonly config: {
    /** Whether this host supports tab configuration (`pages.config.isSupported()`). */
    isSupported(): boolean;
    setValidityState(valid: boolean): void;
    onSave(handler: (save: { notifySuccess(): void; notifyFailure(reason: string): void }) => void): void;
    setConfig(config: TeamsTabConfig): Promise<void>;
  };
}
