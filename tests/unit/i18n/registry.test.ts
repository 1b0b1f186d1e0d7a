/**
 * The registry `translate` reads: sections arrive when their module loads, a key whose section has
 * not arrived shows as itself and is reported once, and each host registers its shell's sections.
 * Every test loads fresh modules, so what one registers is not there for the next.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileProbe } from '../support/compile.ts';
import type * as I18nModule from '../../../shared/i18n/index.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';

type I18n = typeof I18nModule;

/** The i18n modules of this test's module graph (reset before each test). */
async function loadI18n(): Promise<I18n> {
  return import('../../../shared/i18n/index.ts');
}

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the registry', () => {
  it('has the core’s section as soon as translate is there, and no screen’s', async () => {
    const { isRegistered, translate } = await loadI18n();
    expect(translate('nl', 'save.saved')).toBe('Opgeslagen');
    expect(isRegistered('error.Conflict')).toBe(true);
    for (const key of [
      'tab.nav.overzicht',
      'werkbladen.title',
      'indicatoren.title',
      'word.app.title',
    ] as const) {
      expect(isRegistered(key), key).toBe(false);
    }
  });

  it('shows a key whose section has not loaded as the key, in every locale, and reports it once', async () => {
    const { reportMissingMessages, translate, pseudoLocale } = await loadI18n();
    const missing: MessageKey[] = [];
    reportMissingMessages((key) => missing.push(key));
    expect(translate('nl', 'werkbladen.title')).toBe('werkbladen.title');
    expect(translate('en', 'werkbladen.title')).toBe('werkbladen.title');
    expect(translate(pseudoLocale, 'werkbladen.title')).toBe('werkbladen.title');
    expect(translate('nl', 'werkbladen.copyLink.copied', { vraag: 'Ambitie' })).toBe(
      'werkbladen.copyLink.copied',
    );
    expect(missing).toEqual(['werkbladen.title', 'werkbladen.copyLink.copied']);
  });

  it('translates a section’s keys once its module is imported', async () => {
    const { isRegistered, translate } = await loadI18n();
    expect(isRegistered('werkbladen.title')).toBe(false);
    await import('../../../shared/i18n/werkbladen.ts');
    expect(isRegistered('werkbladen.title')).toBe(true);
    expect(translate('nl', 'werkbladen.title')).toBe('Werkbladen');
    expect(translate('en', 'werkbladen.copyLink.copied', { vraag: 'Ambition' })).toBe(
      'The link to ‘Ambition’ has been copied.',
    );
  });

  it('reports nothing without a reporter, and reports a key later once there is one', async () => {
    const { reportMissingMessages, translate } = await loadI18n();
    expect(translate('nl', 'word.app.title')).toBe('word.app.title');
    const report = vi.fn();
    reportMissingMessages(report);
    translate('nl', 'word.app.title');
    translate('en', 'word.app.title');
    expect(report).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith('word.app.title');
  });

  it('registers the same section twice without change', async () => {
    const { registerMessages, translate } = await loadI18n();
    const { tabMessages } = await import('../../../shared/i18n/tab.ts');
    registerMessages(tabMessages);
    expect(translate('nl', 'tab.acties.count', { count: 2 })).toBe('2 acties');
  });

  it('accepts only the catalogue’s keys, with English of the same shape (as the compiler sees it)', () => {
    const errors = compileProbe(
      'tsconfig.json',
      'tests/unit/i18n/probe.ts',
      [
        "import { registerMessages } from '../../../shared/i18n/index.ts';",
        "registerMessages({ nl: { 'tab.nope': 'Nee' }, en: { 'tab.nope': 'No' } });",
        "registerMessages({ nl: { 'save.saved': 'Opgeslagen' }, en: {} });",
        "registerMessages({ nl: { 'save.saved': 'Opgeslagen' }, en: { 'save.saved': 'Saved' } });",
      ].join('\n'),
    );
    // Line 2: no key of the catalogue; line 3: English lacks a key Dutch has; line 4 is right.
    expect(errors.map((e) => e.split(':')[0])).toEqual(['2', '3']);
  }, 120_000);
});

describe('the hosts', () => {
  it('the tab registers its shell’s sections at boot, not its screens’ nor Word’s', async () => {
    await import('../../../tab/app/i18n.ts');
    const { isRegistered } = await loadI18n();
    for (const key of [
      'tab.nav.overzicht',
      'auth.signIn',
      'session.signOut',
      'screens.validation.tooLong',
    ] as const) {
      expect(isRegistered(key), key).toBe(true);
    }
    for (const key of [
      'werkbladen.title',
      'indicatoren.title',
      'reflecties.title',
      'word.app.title',
    ] as const) {
      expect(isRegistered(key), key).toBe(false);
    }
  });

  it('the Word pane registers Word’s, sign-in’s and signing out’s sections, not the tab’s', async () => {
    await import('../../../word-addin/app/i18n.ts');
    const { isRegistered } = await loadI18n();
    for (const key of ['word.app.title', 'auth.signIn', 'session.signOut', 'error.Network'] as const) {
      expect(isRegistered(key), key).toBe(true);
    }
    for (const key of ['tab.nav.overzicht', 'werkbladen.title', 'indicatoren.title'] as const) {
      expect(isRegistered(key), key).toBe(false);
    }
  });

  it.each([
    ['tab', () => import('../../../tab/app/i18n.ts')],
    ['Word pane', () => import('../../../word-addin/app/i18n.ts')],
  ])('the %s says once on the console, in development, which key had no text', async (_host, load) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await load();
    const { translate } = await loadI18n();
    expect(translate('nl', 'geschiedenis.title')).toBe('geschiedenis.title');
    translate('en', 'geschiedenis.title');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('geschiedenis.title');
  });
});
