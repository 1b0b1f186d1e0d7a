import { describe, expect, it } from 'vitest';
import { systemTheme, watchSystemTheme } from '../../../tab/host/standalone/system-theme.ts';
import { addressWithTraject, parseTrajectId, readAddress } from '../../../tab/host/url.ts';

describe('the address', () => {
  it('reads the traject, view and preferences, and ignores what it does not expect', () => {
    expect(
      readAddress('?traject=0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3&view=mijn-acties&lang=en&theme=contrast'),
    ).toEqual({
      trajectId: '0b1c2d3e-4f50-4a6b-8c7d-8e9fa0b1c2d3',
      view: 'mijn-acties',
      team: undefined,
      locale: 'en',
      theme: 'contrast',
    });
    expect(readAddress('?traject=<script>&view=admin&lang=de&theme=neon&team=a/b')).toEqual({
      trajectId: undefined,
      view: undefined,
      team: undefined,
      locale: undefined,
      theme: undefined,
    });
    expect(parseTrajectId('traject-1234')).toBe('traject-1234');
    expect(parseTrajectId('')).toBeUndefined();
    expect(parseTrajectId(undefined)).toBeUndefined();
  });

  it('puts the chosen traject in the address, keeping the rest', () => {
    expect(
      addressWithTraject(
        'https://kompas.example/tab/index.html?lang=en#/acties',
        parseTrajectId('traject-1234'),
        '#/overzicht',
      ),
    ).toBe('https://kompas.example/tab/index.html?lang=en&traject=traject-1234#/overzicht');
    expect(addressWithTraject('https://kompas.example/tab/?traject=traject-1234', undefined)).toBe(
      'https://kompas.example/tab/',
    );
  });
});

describe('the system theme outside Teams', () => {
  it('follows forced colours and dark mode, and reports changes', () => {
    const prefs = { '(forced-colors: active)': false, '(prefers-color-scheme: dark)': false };
    const listeners: (() => void)[] = [];
    const matchMedia = (query: string) => ({
      get matches() {
        return prefs[query as keyof typeof prefs];
      },
      addEventListener: (_type: string, listener: () => void) => {
        listeners.push(listener);
      },
      removeEventListener: () => undefined,
    });
    expect(systemTheme(matchMedia)).toBe('light');
    const seen: string[] = [];
    watchSystemTheme(matchMedia, (theme) => seen.push(theme));
    prefs['(prefers-color-scheme: dark)'] = true;
    listeners[1]?.();
    prefs['(forced-colors: active)'] = true;
    listeners[0]?.();
    expect(seen).toEqual(['dark', 'contrast']);
  });
});
