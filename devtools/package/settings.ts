/**
 * The settings of one installation, from the environment or the git-ignored `.env.package.user`
 * (the environment wins). Validated with zod; every problem is reported at once, by name, in Dutch:
 * the person running this is the municipality's Microsoft 365 administrator.
 */
import { z } from 'zod';
import { guidSchema, httpsOriginSchema } from '../../shared/auth/config.ts';
import type { SiteAccess } from '../../shared/auth/scopes.ts';

export interface PackageSettings {
  readonly appId: string;
  readonly clientId: string;
  readonly tenantId: string;
  /** `https://kompas.gemeente.nl` */
  readonly origin: string;
  /** `kompas.gemeente.nl` (with `:port` when the origin has one) */
  readonly host: string;
  readonly privacyUrl: string;
  readonly termsUrl: string;
  readonly organisation: string;
  /** `major.minor.patch` */
  readonly version: string;
  /** How Kompas reaches team sites (shared/auth/scopes.ts). */
  readonly siteAccess: SiteAccess;
}

const httpsUrl = z.url({ protocol: /^https$/, error: 'geen https-adres' });
const semver = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'geen versie als 1.2.3');

/** Every setting, what it is, and where an administrator finds it. */
export const settingDescriptions = {
  KOMPAS_APP_ID:
    'het id van de app in Teams en Office: een GUID die je één keer maakt (bijvoorbeeld met `node -e "console.log(crypto.randomUUID())"`) en daarna bij elke update hergebruikt',
  KOMPAS_CLIENT_ID: 'de Application (client) ID van de app-registratie in Microsoft Entra ID',
  KOMPAS_TENANT_ID: 'de Directory (tenant) ID van jullie Microsoft 365-omgeving',
  KOMPAS_HOST:
    'de https-origin waarop Kompas wordt gehost, zonder pad, bijvoorbeeld https://kompas.gemeente.nl',
  KOMPAS_PRIVACY_URL: 'het https-adres van de privacyverklaring van de gemeente',
  KOMPAS_TERMS_URL: '(optioneel) het https-adres van de gebruiksvoorwaarden; standaard de privacyverklaring',
  KOMPAS_ORGANISATION:
    '(optioneel) de naam van de organisatie die Kompas aanbiedt, hoogstens 32 tekens; standaard "Gemeente"',
  KOMPAS_VERSION:
    '(optioneel) het versienummer van dit pakket, bijvoorbeeld 1.0.3; standaard de versie uit package.json',
  KOMPAS_SITE_ACCESS:
    '(optioneel) "all" (standaard: Sites.ReadWrite.All en eenmalig Sites.Manage.All) of "selected" (Sites.Selected: alleen de teamsites die een beheerder Kompas toekent)',
} as const;
export type SettingName = keyof typeof settingDescriptions;

const schema = z.object({
  KOMPAS_APP_ID: guidSchema,
  KOMPAS_CLIENT_ID: guidSchema,
  KOMPAS_TENANT_ID: guidSchema,
  KOMPAS_HOST: httpsOriginSchema,
  KOMPAS_PRIVACY_URL: httpsUrl,
  KOMPAS_TERMS_URL: httpsUrl.optional(),
  KOMPAS_ORGANISATION: z.string().trim().min(1, 'is leeg').max(32, 'is langer dan 32 tekens').optional(),
  KOMPAS_VERSION: semver.optional(),
  KOMPAS_SITE_ACCESS: z.enum(['all', 'selected'], { error: 'kies "all" of "selected"' }).optional(),
});

export type SettingsResult =
  | { readonly ok: true; readonly settings: PackageSettings }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Reads `KEY=value` lines; `#` starts a comment; values may be quoted. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key = '', value = ''] = match;
    const quoted = /^(['"])(.*)\1$/.exec(value);
    out[key] = quoted ? (quoted[2] ?? '') : value.replace(/\s+#.*$/, '');
  }
  return out;
}

export function readSettings(sources: {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly file?: Readonly<Record<string, string>>;
  readonly defaultVersion: string;
}): SettingsResult {
  const names = Object.keys(settingDescriptions) as SettingName[];
  const input: Record<string, string> = {};
  for (const name of names) {
    const value = sources.env[name] ?? sources.file?.[name];
    if (value !== undefined && value.trim() !== '') input[name] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]) as SettingName;
      const value = input[name];
      const what = settingDescriptions[name] ?? '';
      return value === undefined
        ? `${name} ontbreekt: ${what}.`
        : `${name} is ongeldig (${JSON.stringify(value)}): ${issue.message}. Verwacht: ${what}.`;
    });
    return { ok: false, problems };
  }
  const s = parsed.data;
  // A tenant id in the wrong variable is the most common copy-paste slip in the Entra portal.
  if (s.KOMPAS_TENANT_ID === s.KOMPAS_CLIENT_ID || s.KOMPAS_TENANT_ID === s.KOMPAS_APP_ID) {
    return {
      ok: false,
      problems: [
        'KOMPAS_TENANT_ID is gelijk aan KOMPAS_CLIENT_ID of KOMPAS_APP_ID: kopieer de Directory (tenant) ID en de Application (client) ID opnieuw uit het overzicht van de app-registratie.',
      ],
    };
  }
  return {
    ok: true,
    settings: {
      appId: s.KOMPAS_APP_ID,
      clientId: s.KOMPAS_CLIENT_ID,
      tenantId: s.KOMPAS_TENANT_ID,
      origin: s.KOMPAS_HOST,
      host: s.KOMPAS_HOST.slice('https://'.length),
      privacyUrl: s.KOMPAS_PRIVACY_URL,
      termsUrl: s.KOMPAS_TERMS_URL ?? s.KOMPAS_PRIVACY_URL,
      organisation: s.KOMPAS_ORGANISATION ?? 'Gemeente',
      version: s.KOMPAS_VERSION ?? sources.defaultVersion,
      siteAccess: s.KOMPAS_SITE_ACCESS ?? 'all',
    },
  };
}

/** The Vite env vars a production build needs (sign-in reads them in `shared/auth/config.ts`). */
export function viteEnv(settings: PackageSettings): Record<string, string> {
  return {
    // The tab builds Teams deep links with the app id (tab/main.tsx).
    VITE_KOMPAS_APP_ID: settings.appId,
    VITE_KOMPAS_CLIENT_ID: settings.clientId,
    VITE_KOMPAS_TENANT_ID: settings.tenantId,
    VITE_KOMPAS_APP_ORIGIN: settings.origin,
    VITE_KOMPAS_SITE_ACCESS: settings.siteAccess,
  };
}
