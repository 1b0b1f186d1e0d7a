/**
 * Every key a module uses has its section registered by the time the module runs. Read statically
 * from the source: each page's entry script and what it imports (its boot), then each chunk it
 * loads later with `import()` or `import.meta.glob` (a screen's `index.tsx`, the Word pane), with
 * what that chunk imports. A section counts as registered where its module is imported (it
 * registers itself); a key counts as used where its string stands in the code, also as the start
 * of a template (`tab.nav.${screen}` uses every `tab.nav.*` key).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { authMessages } from '../../../shared/i18n/auth.ts';
import { coreMessages } from '../../../shared/i18n/core.ts';
import { nl } from '../../../shared/i18n/nl.ts';
import type { MessageValue } from '../../../shared/i18n/index.ts';
import { reflectieMessages } from '../../../shared/i18n/reflectie-messages.ts';
import { reflectiesTabMessages } from '../../../shared/i18n/reflecties-tab.ts';
import { screensCommonMessages } from '../../../shared/i18n/screens-common.ts';
import { screensMessages } from '../../../shared/i18n/screens.ts';
import { sessionMessages } from '../../../shared/i18n/session.ts';
import { tabMessages } from '../../../shared/i18n/tab.ts';
import { werkbladenMessages } from '../../../shared/i18n/werkbladen.ts';
import { wordMessages } from '../../../shared/i18n/word.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const i18n = (file: string) => path.join(root, 'shared/i18n', file);

/** Each section module and its Dutch messages (the keys it registers). */
const sections: ReadonlyMap<string, Readonly<Record<string, MessageValue>>> = new Map<
  string,
  Readonly<Record<string, MessageValue>>
>([
  [i18n('core.ts'), coreMessages.nl],
  [i18n('auth.ts'), authMessages.nl],
  [i18n('session.ts'), sessionMessages.nl],
  [i18n('tab.ts'), tabMessages.nl],
  [i18n('screens-common.ts'), screensCommonMessages.nl],
  [i18n('screens.ts'), screensMessages.nl],
  [i18n('werkbladen.ts'), werkbladenMessages.nl],
  [i18n('reflectie-messages.ts'), reflectieMessages.nl],
  [i18n('reflecties-tab.ts'), reflectiesTabMessages.nl],
  [i18n('word.ts'), wordMessages.nl],
]);
/** The whole catalogues: every section at once, for tests and tooling only. */
const wholeCatalogues = [i18n('nl.ts'), i18n('en.ts')];

const sectionOf = new Map<string, string>();
for (const [file, messages] of sections) for (const key of Object.keys(messages)) sectionOf.set(key, file);
const allKeys = [...sectionOf.keys()];

interface ModuleInfo {
  /** Modules loaded with it (static `import` / `export … from`, type-only ones left out). */
  readonly imports: readonly string[];
  /** Modules loaded later: `import('…')` and the files `import.meta.glob('…')` matches. */
  readonly lazy: readonly string[];
  /** Catalogue keys its code names. */
  readonly keys: readonly string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `../features/*\/index.tsx` → the existing files it matches (one `*` per path segment). */
function glob(from: string, pattern: string): string[] {
  let found = [path.dirname(from)];
  for (const segment of pattern.split('/')) {
    found = found.flatMap((dir) => {
      if (!segment.includes('*')) {
        const next = path.resolve(dir, segment);
        return existsSync(next) ? [next] : [];
      }
      const match = new RegExp(`^${segment.split('*').map(escapeRegExp).join('[^/]*')}$`);
      return readdirSync(dir)
        .filter((name) => match.test(name))
        .map((name) => path.join(dir, name));
    });
  }
  return found;
}

/** The keys a template names: every key that fits its fixed parts, when it starts with a key's start. */
function keysOfTemplate(template: ts.TemplateExpression): string[] {
  if (!allKeys.some((key) => template.head.text.includes('.') && key.startsWith(template.head.text)))
    return [];
  const parts = [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
  const pattern = new RegExp(`^${parts.map(escapeRegExp).join('.+')}$`);
  return allKeys.filter((key) => pattern.test(key));
}

const infos = new Map<string, ModuleInfo>();

function moduleInfo(file: string): ModuleInfo {
  const known = infos.get(file);
  if (known !== undefined) return known;
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const resolve = (specifier: string) => path.resolve(path.dirname(file), specifier);
  const imports: string[] = [];
  const lazy: string[] = [];
  const keys = new Set<string>();
  // A section module's own strings are its definitions, not uses.
  const definesKeys = sections.has(file) || wholeCatalogues.includes(file);
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) && node.importClause?.isTypeOnly !== true) ||
      (ts.isExportDeclaration(node) && !node.isTypeOnly)
    ) {
      const specifier = node.moduleSpecifier;
      if (specifier !== undefined && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) {
        imports.push(resolve(specifier.text));
      }
      return;
    }
    if (ts.isCallExpression(node)) {
      const [argument] = node.arguments;
      const literal = argument !== undefined && ts.isStringLiteral(argument) ? argument.text : undefined;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && literal?.startsWith('.') === true) {
        lazy.push(resolve(literal));
      } else if (node.expression.getText(source) === 'import.meta.glob' && literal !== undefined) {
        lazy.push(...glob(file, literal));
      }
    }
    if (!definesKeys) {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (sectionOf.has(node.text)) keys.add(node.text);
      } else if (ts.isTemplateExpression(node)) {
        for (const key of keysOfTemplate(node)) keys.add(key);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const info = { imports, lazy, keys: [...keys] };
  infos.set(file, info);
  return info;
}

/** A module and everything it imports statically. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...moduleInfo(file).imports);
  }
  return seen;
}

interface Chunk {
  /** The entry script, or the module loaded with `import()`. */
  readonly entry: string;
  readonly modules: ReadonlySet<string>;
  /** Section modules loaded by the time this chunk runs: its own and those of the chunks before it. */
  readonly registered: ReadonlySet<string>;
}

/** A page's boot chunk and every chunk it loads later, each with what is registered when it runs. */
function chunksOf(entryScript: string): Chunk[] {
  const chunks: Chunk[] = [];
  const done = new Set<string>();
  const load = (entry: string, before: ReadonlySet<string>) => {
    if (done.has(entry)) return;
    done.add(entry);
    const modules = closure(entry);
    const registered = new Set([...before, ...[...modules].filter((file) => sections.has(file))]);
    chunks.push({ entry, modules, registered });
    for (const file of modules) for (const next of moduleInfo(file).lazy) load(next, registered);
  };
  load(entryScript, new Set());
  return chunks;
}

/** `tab/index.html` → its module script. */
function entryScript(page: string): string {
  const html = readFileSync(path.join(root, page), 'utf8');
  const src = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (src === undefined) throw new Error(`${page} has no module script`);
  return src.startsWith('/') ? path.join(root, src) : path.resolve(path.dirname(path.join(root, page)), src);
}

const rel = (file: string) => path.relative(root, file);

/** Per chunk, the keys its modules use whose section is not registered there. */
function unregistered(chunks: readonly Chunk[]): string[] {
  return chunks.flatMap((chunk) =>
    [...chunk.modules].flatMap((file) =>
      moduleInfo(file)
        .keys.filter((key) => !chunk.registered.has(sectionOf.get(key) ?? ''))
        .map((key) => `${rel(chunk.entry)}: ${rel(file)} uses ${key} (${rel(sectionOf.get(key) ?? '')})`),
    ),
  );
}

const pages = [
  'tab/index.html',
  'word-addin/index.html',
  'tab/auth-redirect.html',
  'tab/host/auth/auth-popup.html',
  'word-addin/auth-dialog.html',
];
const tab = chunksOf(entryScript('tab/index.html'));
const word = chunksOf(entryScript('word-addin/index.html'));

const sectionsAt = (chunk: Chunk | undefined) => [...(chunk?.registered ?? [])].map(rel).sort();
const chunkOf = (chunks: readonly Chunk[], entry: string) => chunks.find((c) => rel(c.entry) === entry);

describe('every key has its section registered where it is used', () => {
  it('knows every section of the catalogue, so no key is left unchecked', () => {
    expect([...allKeys].sort()).toEqual(Object.keys(nl).sort());
  });

  it.each(pages)('%s: in its boot and in every chunk it loads later', (page) => {
    const chunks = chunksOf(entryScript(page));
    expect(chunks.length).toBeGreaterThan(0);
    expect(unregistered(chunks)).toEqual([]);
  });

  it('finds the tab’s screens and the Word pane as chunks of their own, and the keys they use', () => {
    const screens = ['werkbladen', 'indicatoren', 'activiteiten', 'geschiedenis', 'reflecties', 'overzicht'];
    for (const screen of screens) {
      expect(chunkOf(tab, `tab/features/${screen}/index.tsx`), screen).toBeDefined();
    }
    expect(chunkOf(word, 'word-addin/app/Pane.tsx')).toBeDefined();
    const werkbladen = chunkOf(tab, 'tab/features/werkbladen/index.tsx');
    const used = [...(werkbladen?.modules ?? [])].flatMap((file) => moduleInfo(file).keys);
    expect(used).toContain('werkbladen.title');
    expect(used).toContain('werkbladen.copyLink.copied');
  });

  it('would catch a screen that does not register its section: the boot alone lacks their keys', () => {
    const [boot] = tab;
    const bootOnly = tab.slice(1).map((chunk) => ({ ...chunk, registered: boot?.registered ?? new Set() }));
    const missing = unregistered(bootOnly);
    for (const key of ['werkbladen.title', 'indicatoren.title', 'geschiedenis.title', 'reflecties.title']) {
      expect(
        missing.some((line) => line.endsWith(`uses ${key} (${rel(sectionOf.get(key) ?? '')})`)),
        key,
      ).toBe(true);
    }
  });
});

describe('what each host downloads first', () => {
  it('the tab boots with the core’s and the shell’s sections, not the screens’ nor Word’s', () => {
    const boot = sectionsAt(tab[0]);
    expect(boot).toEqual(
      expect.arrayContaining(
        ['core.ts', 'tab.ts', 'auth.ts', 'session.ts', 'screens-common.ts'].map((f) => rel(i18n(f))),
      ),
    );
    for (const lazy of ['werkbladen.ts', 'screens.ts', 'reflecties-tab.ts', 'word.ts']) {
      expect(boot, lazy).not.toContain(rel(i18n(lazy)));
    }
  });

  it('the Word pane boots with Word’s, sign-in’s and signing out’s sections, not the tab’s', () => {
    const boot = sectionsAt(word[0]);
    expect(boot).toEqual(
      expect.arrayContaining(['core.ts', 'word.ts', 'auth.ts', 'session.ts'].map((f) => rel(i18n(f)))),
    );
    for (const lazy of ['tab.ts', 'screens-common.ts', 'werkbladen.ts', 'screens.ts', 'reflecties-tab.ts']) {
      expect(boot, lazy).not.toContain(rel(i18n(lazy)));
    }
  });

  it('no page loads the whole catalogues (nl.ts, en.ts): they hold every section', () => {
    for (const page of pages) {
      for (const chunk of chunksOf(entryScript(page))) {
        for (const whole of wholeCatalogues)
          expect(chunk.modules.has(whole), `${page} ${rel(whole)}`).toBe(false);
      }
    }
  });
});
