/**
 * axe-core on every screen of the tab and on the states people meet: the start and config pages,
 * "Mijn acties", an empty new traject, a filled traject's screens and worksheets (every kind of
 * answer, guidance open), an open remove-confirmation, a comparison in Geschiedenis, a conflict, a
 * failed save and a failed load — in light, dark and high contrast, at 320 and 1280 px. At 320 px
 * the page must also not scroll sideways (WCAG 1.4.10 Reflow, which axe does not check).
 *
 * The themes run side by side, each in its own browser context with one page load per traject;
 * the light theme gets every axe rule, dark and high contrast the colour rules (see `colourRules`).
 * Faults are injected per context (Playwright routes), not with the emulator's tenant-wide
 * `/_emulator/faults`, so one theme's failing saves do not reach the others. `KOMPAS_SCREENS=all`
 * also saves a screenshot of every check to `.tmp/screens`.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../shared/domain/model.ts';
import type { TrajectId } from '../../shared/domain/ids.ts';
import { findBouwsteen, type BouwsteenId } from '../../shared/content/index.ts';
import { aTraject } from '../../shared/testing/builders.ts';
import { axeViolations, newPage, repositoryOf, shot, useHarness } from './harness.ts';
import { edition, question } from './worksheet.ts';

const harness = useHarness();
let emptyTrajectId: TrajectId;

beforeAll(async () => {
  // A traject as it is just after "Traject aanmaken": nothing answered, nothing added.
  const { traject } = aTraject({
    id: 'traject-axe-leeg',
    naam: 'Nog leeg traject',
    gemeente: 'Leegstad',
  }).build();
  await repositoryOf(harness).save('traject', traject);
  emptyTrajectId = traject.id;
});

const themes = ['light', 'dark', 'contrast'] as const;
type Theme = (typeof themes)[number];
const widths = [320, 1280] as const;
const GGD_USER = 'a.jansen@ggd-voorbeeld.nl';

/** Per theme a different answer to make a conflict on, so the themes do not meet each other's. */
const conflictQuestion: Record<Theme, string> = {
  light: '0A.samenwerkingen',
  dark: '0A.betrekken',
  contrast: '0A.gezamenlijk-vraagstuk.opvalt',
};
/** And a different answer to fail to save. */
const failQuestion: Record<Theme, string> = {
  light: '0B.regie',
  dark: '0B.mensen',
  contrast: '0B.organisatie',
};

/**
 * A theme changes colour tokens only, never the DOM: the light theme gets every rule, the dark and
 * high-contrast themes the rules that depend on colour. That keeps three themes affordable.
 */
const colourRules = ['color-contrast', 'link-in-text-block'] as const;

/** Screenshots of every check are many and slow: `KOMPAS_SCREENS=all` takes them, to look at. */
const screenshots = process.env['KOMPAS_SCREENS'] === 'all';

class Checker {
  readonly found: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly theme: Theme,
  ) {}

  /** axe and reflow at both widths (and a screenshot each when asked for). */
  async check(name: string): Promise<void> {
    for (const width of widths) {
      await this.page.setViewportSize({ width, height: 900 });
      const where = `${name} ${this.theme} ${width}`;
      const only = this.theme === 'light' ? undefined : colourRules;
      for (const v of await axeViolations(this.page, only)) {
        this.found.push(
          `${where}: ${v.id} (${v.impact ?? '?'}) ${v.help} @ ${v.nodes.slice(0, 3).join(', ')}`,
        );
      }
      // Reflow depends on layout, not colour: once, in the light theme.
      if (width === 320 && this.theme === 'light') {
        const wide = await sidewaysScroll(this.page);
        if (wide !== undefined) this.found.push(`${where}: reflow ${wide}`);
      }
      if (screenshots) await shot(this.page, `axe-${name}-${this.theme}-${width}`);
    }
  }
}

/**
 * Whether the page scrolls sideways at this width, and an element that makes it: one that sticks
 * out and is not clipped by a scroll container (where a wide data table may scroll on its own),
 * or is positioned absolutely and so escapes one whose box is not its containing block.
 */
async function sidewaysScroll(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return undefined;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a !== null && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprit = Array.from(document.body.querySelectorAll('*')).find((el) => {
      if (el.getBoundingClientRect().right <= width + 1) return false;
      const position = getComputedStyle(el).position;
      return !clipped(el) || position === 'absolute' || position === 'fixed';
    });
    if (culprit === undefined) return `scrollWidth ${scrollWidth} > ${width}`;
    const classes = Array.from(culprit.classList).join('.');
    const text = (culprit.textContent ?? '').trim().slice(0, 40);
    const position = getComputedStyle(culprit).position;
    return `scrollWidth ${scrollWidth} > ${width} by ${culprit.tagName.toLowerCase()}.${classes} “${text}” (position: ${position})`;
  });
}

async function goHash(page: Page, hash: string): Promise<void> {
  // Screens of one traject share a page load: the router follows the hash.
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main .fui-Skeleton, main .fui-Spinner') === null);
}

async function screen(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await goHash(page, hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await settled(page);
}

/** A bouwsteen's worksheets: the screen's heading stays, so wait for the bouwsteen's own title. */
async function worksheets(page: Page, bouwsteen: BouwsteenId): Promise<void> {
  const title = findBouwsteen(edition, bouwsteen)?.title;
  if (title === undefined) throw new Error(`bouwsteen ${bouwsteen} is not in the sgg edition`);
  await goHash(page, `#/werkbladen/${bouwsteen}`);
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  await settled(page);
}

/** Someone else changes an answer meanwhile, as the app would save it. */
async function changeAsSomeoneElse(trajectId: TrajectId, questionId: string, text: string): Promise<void> {
  const repository = repositoryOf(harness, GGD_USER);
  const snapshot = await repository.openTraject(trajectId);
  const stored = snapshot.antwoorden.find((a) => a.questionId === questionId);
  if (stored === undefined) throw new Error(`${questionId} has no answer to change`);
  const { version, ...answer } = stored;
  const next: Answer = {
    ...answer,
    value: { kind: 'text', text },
    auteur: GGD_USER,
    gewijzigd: new Date().toISOString(),
    revisie: answer.revisie + 1,
  };
  await repository.save('antwoord', next, version);
}

/** Saves are refused (403) for this context only; reads still work. */
async function refuseWrites(context: BrowserContext): Promise<void> {
  await context.route(/\/graph\/v1\.0\/.*\/items/, async (route) => {
    const method = route.request().method();
    if (method !== 'PATCH' && method !== 'POST' && method !== 'DELETE') return route.fallback();
    return route.fulfill({
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'accessDenied', message: 'Access denied' } }),
    });
  });
}

interface Visit {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly theme: Theme;
  readonly checker: Checker;
  /** The tab's address in this theme. */
  readonly base: string;
}

/** The standalone start, its form for a new traject, Teams' configuration page, the personal tab. */
async function startPages({ page, checker, base }: Visit): Promise<void> {
  await page.goto(base);
  await page.getByRole('heading', { name: 'Kies een traject' }).waitFor();
  await page.getByRole('radio').first().waitFor();
  await checker.check('start');
  await page.getByRole('radio', { name: 'Een nieuw traject beginnen' }).check();
  await page.getByRole('textbox', { name: /Naam van het traject/ }).waitFor();
  await checker.check('start-nieuw');
  await page.goto(`${base}&view=config`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('radio').first().waitFor();
  await checker.check('config');
  await page.goto(`${base}&view=mijn-acties`);
  await page.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await checker.check('mijn-acties');
}

const otherScreens = [
  ['partners', 'Partners'],
  ['indicatoren', 'Indicatoren en signalen'],
  ['activiteiten', /^Activiteiten/],
  ['reflecties', /^Reflecties/],
  ['acties', 'Verbeteracties'],
  ['geschiedenis', 'Geschiedenis'],
] as const;

/** A new traject: the empty state of every screen (one page load, the hash moves). */
async function emptyTraject({ page, checker, base }: Visit): Promise<void> {
  await page.goto(`${base}&traject=${emptyTrajectId}#/overzicht`);
  await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
  await settled(page);
  await checker.check('leeg-overzicht');
  await worksheets(page, '0B');
  await checker.check('leeg-werkbladen-0B');
  await worksheets(page, '3B');
  await checker.check('leeg-werkbladen-3B');
  for (const [route, heading] of otherScreens) {
    await screen(page, `#/${route}`, heading);
    await checker.check(`leeg-${route}`);
  }
}

/** A filled traject: every screen, and the bouwstenen that together hold every kind of answer. */
async function filledTraject({ page, checker, base }: Visit): Promise<void> {
  await page.goto(`${base}&traject=${harness.richTrajectId}#/overzicht`);
  await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
  await settled(page);
  await checker.check('overzicht');
  // 1-A and 1-B add no kind of answer that these do not have.
  for (const bouwsteen of ['0A', '0B', '2', '3A', '3B', '4', '5', '6'] as const) {
    await worksheets(page, bouwsteen);
    // Guidance is open while answering: axe sees its content too.
    if (bouwsteen === '0A') await page.getByRole('button', { name: 'Tip', expanded: true }).first().waitFor();
    await checker.check(`werkbladen-${bouwsteen}`);
  }
  // Geschiedenis is checked below with a comparison shown.
  for (const [route, heading] of otherScreens.filter(([route]) => route !== 'geschiedenis')) {
    await screen(page, `#/${route}`, heading);
    await checker.check(route);
  }
}

/** On the filled traject's page: a remove-confirmation, a comparison, a conflict, a failed save and load. */
async function states({ context, page, theme, checker }: Visit): Promise<void> {
  // An open remove-confirmation (then cancelled: the themes share this traject).
  await screen(page, '#/indicatoren', 'Indicatoren en signalen');
  await page
    .getByRole('button', { name: /^Verwijder/ })
    .first()
    .click();
  const confirm = page.getByRole('group', { name: /verwijder/i }).first();
  await confirm.waitFor();
  await checker.check('indicatoren-verwijderen');
  await confirm.getByRole('button', { name: 'Annuleren' }).click();

  // Geschiedenis with a comparison between two dates.
  await screen(page, '#/geschiedenis', 'Geschiedenis');
  await page.getByRole('textbox', { name: 'Eerder: datum' }).fill('2025-01-01');
  const comparison = page.getByRole('region', { name: 'Eerder en op dit moment' });
  await comparison
    .getByRole('status')
    .filter({ hasText: /veranderd tussen/ })
    .waitFor();
  await comparison.getByRole('article').first().waitFor();
  await checker.check('geschiedenis-vergelijking');

  // A conflict: offline, this page edits an answer someone else changes meanwhile.
  await worksheets(page, '0A');
  const conflictId = conflictQuestion[theme];
  const conflictBlock = question(page, conflictId);
  await context.setOffline(true);
  await conflictBlock.getByRole('textbox').first().fill(`Mijn versie (${theme}).`);
  await conflictBlock.getByRole('status').filter({ hasText: 'Wacht op verbinding' }).waitFor();
  await changeAsSomeoneElse(harness.richTrajectId, conflictId, `Versie van de GGD (${theme}).`);
  await context.setOffline(false);
  const panel = conflictBlock.getByRole('group', {
    name: 'Iemand anders heeft dit tegelijk met jou gewijzigd',
  });
  await panel.waitFor();
  await panel.scrollIntoViewIfNeeded();
  await checker.check('conflict');
  await panel.getByRole('button', { name: 'Hun versie overnemen' }).click();
  await panel.waitFor({ state: 'detached' });

  // A save refused by SharePoint: the field's message and the tab-wide banner.
  await refuseWrites(context);
  await worksheets(page, '0B');
  const failBlock = question(page, failQuestion[theme]);
  await failBlock.getByRole('textbox').first().fill(`Dit wordt niet opgeslagen (${theme}).`);
  await failBlock.getByRole('button', { name: /opnieuw/i }).waitFor();
  await page.getByText(/wijziging is niet opgeslagen/).waitFor();
  await failBlock.scrollIntoViewIfNeeded();
  await checker.check('fout-opslaan');

  // A traject that cannot be loaded (reads refused too), after a reload.
  await context.route(/\/graph\/v1\.0\/\$batch/, (route) =>
    route.fulfill({
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'accessDenied', message: 'Access denied' } }),
    }),
  );
  await goHash(page, '#/overzicht');
  await page.reload();
  await page
    .getByText(/Foutcode/)
    .first()
    .waitFor();
  await checker.check('fout-laden');
}

async function checkTheme(theme: Theme): Promise<string[]> {
  const { context, page, errors } = await newPage(harness);
  const visit: Visit = {
    context,
    page,
    theme,
    checker: new Checker(page, theme),
    base: `${harness.appUrl}?theme=${theme}`,
  };
  try {
    await startPages(visit);
    await emptyTraject(visit);
    await filledTraject(visit);
    await states(visit);
  } finally {
    await context.close();
  }
  return [...visit.checker.found, ...errors.map((e) => `${theme}: page error ${e}`)];
}

describe.concurrent('accessibility (axe-core)', () => {
  for (const theme of themes) {
    it(`finds no violations on any screen or state in the ${theme} theme at 320 and 1280 px`, async () => {
      expect(await checkTheme(theme)).toEqual([]);
    }, 300_000);
  }
});
