import type { PackageSettings } from '../../../devtools/package/settings.ts';

export const settings: PackageSettings = {
  appId: '0f6c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  clientId: '11111111-2222-3333-4444-555555555555',
  tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  origin: 'https://kompas.voorbeeldstad.nl',
  host: 'kompas.voorbeeldstad.nl',
  privacyUrl: 'https://www.voorbeeldstad.nl/privacy',
  termsUrl: 'https://www.voorbeeldstad.nl/privacy',
  organisation: 'Gemeente Voorbeeldstad',
  version: '1.2.3',
  siteAccess: 'all',
};

/** Every string value in a JSON document, with its path. */
export function strings(value: unknown, at = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path: at, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, at === '' ? k : `${at}.${k}`));
  }
  return [];
}
