import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedInUser } from '../../../devtools/graph-emulator/auth.ts';
import { authFailureCodes } from '../../../shared/auth/errors.ts';
import { DEMO_UPN } from '../../../shared/auth/demo.ts';
import { authFailureMessageKey, authMessages } from '../../../shared/i18n/auth.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { loadTabAuth } from '../../../tab/host/auth/index.ts';
import { loadWordAuth } from '../../../word-addin/host/auth/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const authDirs = ['shared/auth', 'tab/host/auth', 'word-addin/host/auth'];

function sources(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts'))
        out.push({ file: path.relative(root, full), text: readFileSync(full, 'utf8') });
    }
  };
  for (const dir of authDirs) walk(path.join(root, dir));
  return out;
}

describe('sign-in never costs the user their work', () => {
  const files = sources();

  it('finds the sign-in sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each([
    ['reloads the page', /location\.(reload|assign|replace)\s*\(|location\.href\s*=/],
    ['clears storage', /(localStorage|sessionStorage)\.clear\s*\(/],
    ['signs out', /logout(Redirect|Popup)?\s*\(/],
    ['touches localStorage (the outbox lives there)', /localStorage/],
    ['logs', /console\./],
  ])('no sign-in code %s', (_what, pattern) => {
    expect(files.filter((f) => pattern.test(f.text)).map((f) => f.file)).toEqual([]);
  });

  it('clears MSAL’s cache only when the person signs out', () => {
    const allowed = ['shared/auth/provider.ts', 'shared/auth/msal-shape.ts', 'shared/ports/auth.ts'];
    const clearing = files.filter((f) => /clearCache\s*\(/.test(f.text)).map((f) => f.file);
    expect(clearing.filter((f) => !allowed.includes(f))).toEqual([]);
    expect(clearing).toContain('shared/auth/provider.ts');
  });

  it('redirects only inside a sign-in window, never in the app’s own window', () => {
    const allowed = ['shared/auth/window-flow.ts', 'shared/auth/msal-shape.ts', 'shared/ports/auth.ts'];
    const redirecting = files
      .filter((f) => /acquireTokenRedirect|loginRedirect/.test(f.text))
      .map((f) => f.file);
    expect(redirecting.filter((f) => !allowed.includes(f))).toEqual([]);
  });
});

describe('standalone mode loads no MSAL', () => {
  it.each(['tab/host/auth/index.ts', 'word-addin/host/auth/index.ts'])(
    '%s imports MSAL and teams-js only dynamically',
    (file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      expect(text).not.toMatch(/^import[^;]*from '@azure\/msal-browser/m);
      expect(text).not.toMatch(/^import[^;]*from '@microsoft\/teams-js'/m);
      expect(text).toMatch(/await import\('\.\/(teams|word)-auth\.ts'\)/);
    },
  );

  it('signs the demo user in without any settings', async () => {
    const clock = new FakeClock();
    const tab = await loadTabAuth('standalone', { env: {}, clock });
    const word = await loadWordAuth('standalone', { env: {}, clock });
    // The demo token names the user the way the emulator reads it.
    expect(signedInUser(`Bearer ${await tab.getToken()}`)).toBe(DEMO_UPN);
    expect(signedInUser(`Bearer ${await word.getToken()}`)).toBe(DEMO_UPN);
    expect(tab.state()).toMatchObject({ status: 'signed-in', account: { username: DEMO_UPN } });
  });

  it('refuses to sign in against Teams without the build’s settings', async () => {
    await expect(loadTabAuth('teams', { env: {}, clock: new FakeClock() })).rejects.toThrow();
  });
});

describe('sign-in strings', () => {
  const holes = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

  it('has the same keys and placeholders in Dutch and English', () => {
    expect(Object.keys(authMessages.en).sort()).toEqual(Object.keys(authMessages.nl).sort());
    for (const [key, nl] of Object.entries(authMessages.nl)) {
      const en = authMessages.en[key as keyof typeof authMessages.en];
      expect(holes(en), key).toEqual(holes(nl));
      expect(en.trim(), key).not.toBe('');
      expect(nl.trim(), key).not.toBe('');
    }
  });

  it('explains every failure code', () => {
    for (const code of authFailureCodes) {
      const key = authFailureMessageKey(code);
      expect(authMessages.nl[key], code).toBeTruthy();
      expect(authMessages.en[key], code).toBeTruthy();
    }
  });
});
