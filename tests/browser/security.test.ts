/**
 * The access token never leaks (issue #8). A journey through the standalone tab records every place
 * a token could end up — request URLs, headers and bodies, the console, localStorage, sessionStorage,
 * IndexedDB, Cache Storage, cookies, the page's HTML and form values, downloads — and the tokens the
 * app really sent (read from the Authorization header of its Graph requests) must be in none of them.
 * The demo token is JWT-shaped with a random signature (shared/auth/demo.ts), so, unlike the user's
 * UPN, finding it anywhere is a leak. A control plants the token in each place and expects the same
 * scan to find it there, so the scan cannot pass by looking nowhere.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createTraject, newPage, outboxEmpty, useHarness } from './harness.ts';

const harness = useHarness(120_000);

/** One place a token could be found, with its text. */
interface Place {
  readonly where: string;
  readonly text: string;
}

interface Recording {
  /** Distinct bearer tokens from Authorization headers, in order of first use. */
  readonly tokens: string[];
  /** Requests that carried an Authorization header, as `METHOD url`. */
  readonly authorized: string[];
  readonly places: Place[];
  readonly downloads: Promise<Place>[];
}

/** Records the context's requests, console and downloads from now on. */
function record(context: BrowserContext, page: Page): Recording {
  const recording: Recording = { tokens: [], authorized: [], places: [], downloads: [] };
  context.on('request', (request) => {
    const label = `${request.method()} ${request.url()}`;
    const headers = request.headers();
    const authorization = headers['authorization'];
    if (authorization !== undefined) {
      recording.authorized.push(label);
      const token = /^Bearer (.+)$/.exec(authorization)?.[1];
      if (token !== undefined && !recording.tokens.includes(token)) recording.tokens.push(token);
    }
    const others = Object.entries(headers).filter(([name]) => name !== 'authorization');
    recording.places.push(
      { where: `request URL: ${label}`, text: request.url() },
      { where: `request headers: ${label}`, text: JSON.stringify(others) },
      { where: `request body: ${label}`, text: request.postData() ?? '' },
    );
  });
  context.on('console', (message) => {
    recording.places.push({ where: `console.${message.type()}`, text: message.text() });
  });
  page.on('pageerror', (error) => {
    recording.places.push({ where: 'page error', text: `${error.message}\n${error.stack ?? ''}` });
  });
  page.on('download', (download: Download) => {
    recording.downloads.push(
      download
        .path()
        .then((file) => readFile(file, 'utf8'))
        .then((text) => ({ where: `download: ${download.suggestedFilename()}`, text })),
    );
  });
  return recording;
}

/** What the page keeps: storage, IndexedDB, Cache Storage, cookies, HTML and form values. */
async function stored(context: BrowserContext, page: Page): Promise<Place[]> {
  const inPage = await page.evaluate(async () => {
    const places: { where: string; text: string }[] = [];
    const dump = (storage: Storage) =>
      JSON.stringify(Object.keys(storage).map((key) => [key, storage.getItem(key)]));
    places.push({ where: 'localStorage', text: dump(localStorage) });
    places.push({ where: 'sessionStorage', text: dump(sessionStorage) });
    places.push({ where: 'document.cookie', text: document.cookie });
    places.push({ where: 'location', text: location.href });
    places.push({ where: 'history.state', text: JSON.stringify(history.state) });
    places.push({ where: 'window.name', text: window.name });
    const fields = [...document.querySelectorAll('input, textarea, select')].map(
      (el) => (el as HTMLInputElement).value,
    );
    places.push({ where: 'form values', text: JSON.stringify(fields) });

    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
    const databases = await indexedDB.databases();
    places.push({ where: 'IndexedDB names', text: JSON.stringify(databases) });
    for (const { name } of databases) {
      if (name === undefined) continue;
      const db = await done(indexedDB.open(name));
      for (const storeName of [...db.objectStoreNames]) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
        places.push({ where: `IndexedDB ${name}/${storeName}`, text: JSON.stringify({ keys, values }) });
      }
      db.close();
    }

    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        places.push({
          where: `Cache Storage ${cacheName}: ${request.url}`,
          text: `${request.url}\n${(await response?.text()) ?? ''}`,
        });
      }
    }
    return places;
  });
  const cookies = await context.cookies();
  return [
    ...inPage,
    { where: 'cookies', text: JSON.stringify(cookies) },
    { where: 'page HTML', text: await page.content() },
    ...page.frames().map((frame) => ({ where: `frame URL`, text: frame.url() })),
  ];
}

/** The places that hold a token, or its signature on its own (the part no other text can hold). */
function leaks(places: readonly Place[], tokens: readonly string[]): string[] {
  const secrets = tokens.flatMap((token) => [token, token.split('.')[2] ?? token]);
  return places
    .filter((place) => secrets.some((secret) => secret.length > 0 && place.text.includes(secret)))
    .map((place) => place.where);
}

async function everything(context: BrowserContext, page: Page, recording: Recording): Promise<Place[]> {
  return [...recording.places, ...(await Promise.all(recording.downloads)), ...(await stored(context, page))];
}

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name });

describe('the access token', () => {
  it('appears only in the Authorization header of Graph requests during a whole journey', async () => {
    const { context, page, errors } = await newPage(harness);
    const recording = record(context, page);
    try {
      await page.goto(harness.appUrl);
      await page.getByRole('heading', { name: 'Kies een traject' }).waitFor();
      await createTraject(page, 'Veilig opgroeien in Voorbeeldstad', 'Voorbeeldstad');

      await nav(page, 'Werkbladen').click();
      const question = 'Met welk vraagstuk willen we aan de slag voor kinderen en jongeren?';
      await page.getByRole('textbox', { name: question }).fill('Jongeren voelen zich thuis niet veilig.');
      await page
        .getByRole('article', { name: question })
        .getByRole('status')
        .filter({ hasText: 'Opgeslagen' })
        .waitFor();

      await nav(page, 'Partners').click();
      await page.getByRole('button', { name: 'Partner toevoegen' }).click();
      await page.getByRole('textbox', { name: /Organisatie/ }).fill('Veilig Thuis Voorbeeldregio');
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await page.getByRole('textbox', { name: 'Contactpersoon' }).fill('Fatima Yilmaz');
      await page.getByRole('textbox', { name: 'E-mailadres' }).fill('f.yilmaz@veiligthuis.example');
      await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).first().waitFor();
      await outboxEmpty(page, 30_000);

      await nav(page, 'Acties').click();
      await page.getByRole('button', { name: 'Actie toevoegen' }).click();
      await page.getByRole('textbox', { name: /^Actie/ }).fill('Spreekuur op school starten');
      await page.getByRole('textbox', { name: /Eigenaar/ }).fill('demo@voorbeeldstad.nl');
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await page.getByRole('article', { name: 'Spreekuur op school starten' }).waitFor();
      await outboxEmpty(page, 30_000);

      await nav(page, 'Reflecties').click();
      await page.getByRole('button', { name: 'Reflectie plannen voor bouwsteen 0-B' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reflectie plannen in Outlook' });
      await dialog.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
      await dialog
        .getByRole('group', { name: 'Deelnemer 1' })
        .getByRole('textbox', { name: 'Naam' })
        .fill('Bas');
      await dialog
        .getByRole('group', { name: 'Deelnemer 1' })
        .getByRole('textbox', { name: 'E-mailadres' })
        .fill('bas@voorbeeldstad.nl');
      await dialog.getByRole('button', { name: 'Plannen in Outlook' }).click();
      const ics = dialog.getByRole('link', { name: 'Agenda-bestand (.ics) downloaden' });
      await ics.waitFor();
      const download = page.waitForEvent('download');
      await ics.click();
      await download;
      await dialog.getByRole('button', { name: 'Sluiten' }).click();

      await page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
      await nav(page, 'Overview').waitFor();
      await page.reload();
      await nav(page, 'Overview').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Reflections' }).waitFor();
      await outboxEmpty(page, 30_000);

      // Each page load is a session with its own token; both reached Graph, only through the proxy.
      expect(recording.tokens.length).toBeGreaterThanOrEqual(2);
      for (const token of recording.tokens) {
        expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]{43}$/);
        expect(token).not.toContain('@');
      }
      const graph = `${new URL(harness.appUrl).origin}/graph/`;
      expect(recording.authorized.filter((label) => !label.split(' ')[1]?.startsWith(graph))).toEqual([]);

      const places = await everything(context, page, recording);
      expect(places.some((p) => p.where.startsWith('download: ') && p.text.includes('BEGIN:VCALENDAR'))).toBe(
        true,
      );
      expect(places.filter((p) => p.where.startsWith('request URL')).length).toBeGreaterThan(10);
      expect(leaks(places, recording.tokens)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('is found by the same scan wherever it is planted (the control: the scan can fail)', async () => {
    const { context, page } = await newPage(harness);
    const recording = record(context, page);
    try {
      await page.goto(harness.appUrl);
      await page.getByRole('heading', { name: 'Kies een traject' }).waitFor();
      await expect.poll(() => recording.tokens.length).toBeGreaterThan(0);
      const [token] = recording.tokens;
      expect(token).toBeDefined();
      const secret = token ?? '';
      const clean = await everything(context, page, recording);
      expect(leaks(clean, [secret])).toEqual([]);

      const signature = secret.split('.')[2] ?? '';
      await page.evaluate(
        async ({ secret, signature }) => {
          localStorage.setItem('kompas:probe', secret);
          sessionStorage.setItem('probe', `prefix ${signature} suffix`);
          document.cookie = `probe=${secret}; path=/`;
          console.info(`token ${secret}`);
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('kompas-probe');
            open.onupgradeneeded = () => open.result.createObjectStore('tokens');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error ?? new Error('open failed'));
          });
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('tokens', 'readwrite');
            tx.objectStore('tokens').put({ nested: { value: secret } }, 'k');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error ?? new Error('put failed'));
          });
          db.close();
          const cache = await caches.open('probe');
          await cache.put('/probe', new Response(secret));
          const hidden = document.createElement('input');
          hidden.type = 'hidden';
          hidden.value = secret;
          document.body.append(hidden);
          const note = document.createElement('p');
          note.dataset['probe'] = signature;
          document.body.append(note);
          await fetch(`/graph/v1.0/me?probe=${encodeURIComponent(secret)}`).catch(() => undefined);
          await fetch('/graph/v1.0/$batch', {
            method: 'POST',
            headers: { 'x-probe': signature, 'content-type': 'application/json' },
            body: JSON.stringify({ requests: [], probe: secret }),
          }).catch(() => undefined);
        },
        { secret, signature },
      );
      const download = page.waitForEvent('download');
      await page.evaluate((secret) => {
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([`BEGIN:VCALENDAR\nX-PROBE:${secret}\n`]));
        link.download = 'probe.ics';
        document.body.append(link);
        link.click();
        link.remove();
      }, secret);
      await download;
      const found = leaks(await everything(context, page, recording), [secret]);
      for (const where of [
        'localStorage',
        'sessionStorage',
        'document.cookie',
        'cookies',
        'console.info',
        'IndexedDB kompas-probe/tokens',
        'Cache Storage probe: ',
        'form values',
        'page HTML',
        'request URL: GET ',
        'request headers: POST ',
        'request body: POST ',
        'download: probe.ics',
      ]) {
        expect(
          found.some((w) => w.startsWith(where)),
          where,
        ).toBe(true);
      }
    } finally {
      await context.close();
    }
  }, 60_000);
});
