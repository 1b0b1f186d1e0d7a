/**
 * Keyboard-only helpers: where focus is (role and accessible name, as Playwright's ARIA snapshot
 * computes them), Tab until a named element has it, and whether its focus indicator can be seen.
 */
import type { ElementHandle, Page } from 'playwright-core';

export interface Focused {
  /** `body` when nothing has focus. */
  readonly role: string;
  readonly name: string;
}

/** `- 'link "a: b"'`, `- textbox "Naam": typed`, `- main:`: the role and the name of the first line. */
function parseSnapshotLine(line: string): Focused {
  const quoted = line.startsWith("- '");
  const match = /^- '?([a-z]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(line);
  if (match === null) return { role: line, name: '' };
  let name = match[2] === undefined ? '' : (JSON.parse(`"${match[2]}"`) as string);
  if (quoted) name = name.replace(/''/g, "'");
  return { role: match[1] ?? '', name };
}

export async function focused(page: Page): Promise<Focused> {
  const active = page.locator('*:focus');
  if ((await active.count()) === 0) return { role: 'body', name: '' };
  const snapshot = await active.ariaSnapshot({ depth: 0 });
  return parseSnapshotLine(snapshot.split('\n')[0] ?? '');
}

export function describeFocus(f: Focused): string {
  return f.name === '' ? f.role : `${f.role} "${f.name}"`;
}

export interface TabOptions {
  /** Presses before giving up (default 30). */
  readonly max?: number;
  /** Shift+Tab instead of Tab. */
  readonly backwards?: boolean;
  /** Only an element of this role counts (a link and a heading may share a name). */
  readonly role?: string;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element has `name`; fails after `max` presses with
 * every element visited, which also shows a keyboard trap (the same few elements over and over).
 */
export async function tabTo(page: Page, name: string | RegExp, options: TabOptions = {}): Promise<Focused> {
  const { max = 30, backwards = false, role } = options;
  const visited: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    visited.push(describeFocus(now));
    const named = typeof name === 'string' ? now.name === name : name.test(now.name);
    if (named && (role === undefined || now.role === role)) return now;
  }
  throw new Error(
    `${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${String(name)} in ${max} presses; visited:\n  ${visited.join('\n  ')}`,
  );
}

/** The focused element's own styles that can draw a focus indicator, for a failure's message. */
async function focusStyles(element: ElementHandle<Element>): Promise<string> {
  return element.evaluate((el) => {
    const lines: string[] = [];
    let node: Element | null = el;
    for (let depth = 0; node !== null && depth < 3; depth++, node = node.parentElement) {
      for (const pseudo of [null, '::after'] as const) {
        const s = getComputedStyle(node, pseudo);
        if (pseudo !== null && s.content === 'none') continue;
        lines.push(
          `${'  '.repeat(depth)}${node.tagName.toLowerCase()}${pseudo ?? ''}: outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow ${s.boxShadow}; border-bottom ${s.borderBottomWidth} ${s.borderBottomColor}; opacity ${s.opacity}`,
        );
      }
    }
    return lines.join('\n');
  });
}

/** A screenshot of the element and a margin around it, where a focus ring is drawn. */
async function around(page: Page, element: ElementHandle<Element>, margin = 6): Promise<Buffer> {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (box === null) throw new Error('the focused element has no box');
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  const clip = {
    x,
    y,
    width: Math.max(1, Math.min(viewport.width, box.x + box.width + margin) - x),
    height: Math.max(1, Math.min(viewport.height, box.y + box.height + margin) - y),
  };
  return page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
}

export interface FocusIndicator {
  readonly visible: boolean;
  /** The computed styles that could draw it, for the report. */
  readonly styles: string;
}

/**
 * Whether focus can be seen on the focused element: its picture (with a margin, the caret hidden,
 * transitions finished) with focus differs from its picture after Tab moved focus away. Shift+Tab
 * brings focus back, so the journey goes on where it was. Works for outlines, box-shadows and
 * Fluent's underline and ring pseudo-elements alike.
 */
export async function focusIndicator(page: Page): Promise<FocusIndicator> {
  const handle = await page.evaluateHandle(() => document.activeElement);
  const element = handle.asElement();
  if (element === null) throw new Error('nothing has focus');
  const styles = await focusStyles(element);
  const withFocus = await around(page, element);
  await page.keyboard.press('Tab');
  const without = await around(page, element);
  await page.keyboard.press('Shift+Tab');
  const back = await element.evaluate((el) => el === document.activeElement);
  if (!back)
    throw new Error(`Shift+Tab did not bring focus back; it is on ${describeFocus(await focused(page))}`);
  return { visible: !withFocus.equals(without), styles };
}
