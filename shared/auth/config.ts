/**
 * The sign-in settings of one installation, baked into the build as Vite env vars by
 * `npm run package` (devtools/package). Parsed at the boundary: a build without them fails loudly
 * instead of sending users to a half-configured sign-in.
 */
import { z } from 'zod';
import type { SiteAccess } from './scopes.ts';

const guid = z
  .string()
  .trim()
  .regex(
    /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/,
    'geen GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
  )
  .transform((s) => s.toLowerCase());

/** `https://host[:port]`: no path, query or trailing slash. */
export const httpsOriginSchema = z
  .string()
  .trim()
  .regex(
    /^https:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$/i,
    'geen https-origin zonder pad',
  )
  .transform((s) => s.toLowerCase());

export const guidSchema = guid;

export const authConfigSchema = z.object({
  /** Application (client) id of the Entra ID app registration. */
  clientId: guid,
  /** Directory (tenant) id of the municipality: guests get tokens from this tenant, not their own. */
  tenantId: guid,
  /** The https origin that serves Kompas. */
  appOrigin: httpsOriginSchema,
  /** How Kompas reaches team sites: Sites.ReadWrite.All (`all`) or per-site grants (`selected`). */
  siteAccess: z.enum(['all', 'selected'] satisfies SiteAccess[]).default('all'),
});
export type AuthConfig = z.output<typeof authConfigSchema>;

/** The `VITE_KOMPAS_*` variables a production build carries (set by `npm run package`). */
const viteEnvSchema = z.object({
  VITE_KOMPAS_CLIENT_ID: z.string(),
  VITE_KOMPAS_TENANT_ID: z.string(),
  VITE_KOMPAS_APP_ORIGIN: z.string(),
  VITE_KOMPAS_SITE_ACCESS: z.string().optional(),
});

export function readAuthConfig(env: unknown): AuthConfig {
  const vars = viteEnvSchema.parse(env);
  const access = vars.VITE_KOMPAS_SITE_ACCESS;
  return authConfigSchema.parse({
    clientId: vars.VITE_KOMPAS_CLIENT_ID,
    tenantId: vars.VITE_KOMPAS_TENANT_ID,
    appOrigin: vars.VITE_KOMPAS_APP_ORIGIN,
    ...(access === undefined || access === '' ? {} : { siteAccess: access }),
  });
}

/** Paths of the sign-in pages, relative to the origin (the Vite build keeps the source layout). */
export const authPages = {
  /** msal-browser v5 redirect bridge; registered as SPA redirect URI. */
  redirectBridge: '/tab/auth-redirect.html',
  /** Teams fallback: the window `authentication.authenticate` opens. */
  teamsAuthWindow: '/tab/host/auth/auth-popup.html',
  /** Word fallback: the Office dialog page. */
  wordAuthDialog: '/word-addin/auth-dialog.html',
} as const;

export function authorityOf(config: AuthConfig): string {
  return `https://login.microsoftonline.com/${config.tenantId}`;
}

export function redirectUriOf(config: AuthConfig): string {
  return `${config.appOrigin}${authPages.redirectBridge}`;
}

/** The NAA broker redirect URI the app registration needs (origin only, no path). */
export function brokerRedirectUriOf(config: AuthConfig): string {
  return `brk-multihub://${config.appOrigin.slice('https://'.length)}`;
}
