import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptProblems } from '../../../devtools/package/html.ts';

const root = path.resolve(import.meta.dirname, '../../..');

function swaHeaders(): Record<string, string> {
  const config = JSON.parse(readFileSync(path.join(root, 'deploy/staticwebapp.config.json'), 'utf8')) as {
    globalHeaders: Record<string, string>;
  };
  return Object.fromEntries(Object.entries(config.globalHeaders).map(([k, v]) => [k.toLowerCase(), v]));
}

function nginxHeaders(): Record<string, string> {
  const text = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
  const headers: Record<string, string> = {};
  for (const match of text.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;\s*$/gm)) {
    headers[(match[1] ?? '').toLowerCase()] = match[2] ?? '';
  }
  return headers;
}

/** `directive → sources` of a Content-Security-Policy. */
function csp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== undefined && parts[0] !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('security headers', () => {
  const swa = swaHeaders();
  const nginx = nginxHeaders();
  const policy = csp(swa['content-security-policy'] ?? '');

  it('are the same for Azure Static Web Apps and nginx', () => {
    expect(Object.keys(nginx).length).toBeGreaterThanOrEqual(5);
    expect(nginx).toEqual(swa);
  });

  it('let exactly Teams, Microsoft 365, Outlook and Office on the web frame Kompas', () => {
    expect(policy.get('frame-ancestors')?.sort()).toEqual(
      [
        "'self'",
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.cloud.microsoft',
        'https://*.microsoft365.com',
        'https://*.office.com',
        'https://outlook.office.com',
        'https://outlook.office365.com',
        'https://*.officeapps.live.com',
        'https://*.sharepoint.com',
      ].sort(),
    );
  });

  it('allow connections only to Kompas, Microsoft Graph, Entra ID sign-in and Office’s CDN', () => {
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'https://graph.microsoft.com',
      'https://login.microsoftonline.com',
      'https://appsforoffice.microsoft.com',
    ]);
  });

  it('run scripts only from Kompas and Office’s CDN, never inline or eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const [directive, sources] of policy) {
      if (directive === 'style-src') continue; // Fluent UI (Griffel) inserts its styles at runtime
      expect(sources, directive).not.toContain("'unsafe-inline'");
      expect(sources, directive).not.toContain("'unsafe-eval'");
    }
  });

  it('set HSTS, nosniff and a referrer policy, and nothing that breaks framing or the redirect bridge', () => {
    expect(swa['strict-transport-security']).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(swa['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(
      15_552_000,
    );
    expect(swa['x-content-type-options']).toBe('nosniff');
    expect(swa['referrer-policy']).toBe('no-referrer');
    expect(swa).not.toHaveProperty('x-frame-options');
    expect(swa).not.toHaveProperty('cross-origin-opener-policy');
  });
});

function htmlFiles(dir: string, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return recursive ? htmlFiles(full, true) : [];
    return name.endsWith('.html') ? [full] : [];
  });
}

describe('HTML entry points', () => {
  const sources = [
    ...htmlFiles(path.join(root, 'tab'), false),
    ...htmlFiles(path.join(root, 'tab/host/auth'), false),
    ...htmlFiles(path.join(root, 'word-addin'), false),
  ];
  const built = htmlFiles(path.join(root, 'dist/web'), true);

  it('include the sign-in pages', () => {
    const names = sources.map((f) => path.relative(root, f));
    expect(names).toEqual(
      expect.arrayContaining([
        'tab/auth-redirect.html',
        'tab/host/auth/auth-popup.html',
        'word-addin/auth-dialog.html',
      ]),
    );
  });

  it.each([...sources, ...built].map((f) => [path.relative(root, f), f]))(
    '%s has no inline script',
    (_name, file) => {
      expect(inlineScriptProblems(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  it('the check itself finds inline scripts and handlers', () => {
    expect(inlineScriptProblems('<html><body onclick="x()"><script>1</script></body></html>')).toHaveLength(
      2,
    );
  });
});
