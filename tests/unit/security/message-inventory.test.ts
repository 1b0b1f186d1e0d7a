/**
 * Every place in tab/, word-addin/ and shared/ that listens to or sends cross-window messages, found
 * in the syntax tree (comments do not count). Each is listed with the test that proves its origin
 * handling; a new one fails here until it is listed, and so until someone writes that test.
 * Also: no postMessage-style call may target '*', and an Office `messageParent` without a
 * `targetOrigin` may only carry a `failureMessage(…)` (which has no token).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const scanned = ['tab', 'word-addin', 'shared'];

/** file → what it does with messages, and the test that checks the origin. */
const known: Readonly<Record<string, { readonly does: string; readonly test: string }>> = {
  'word-addin/host/auth/word-auth.ts': {
    does: 'listens to the Office dialog (DialogMessageReceived; origin checked in shared/auth/window-message.ts); MSAL',
    test: 'tests/unit/security/office-dialog.test.ts',
  },
  'word-addin/host/auth/auth-dialog.ts': {
    does: 'sends the token to the task pane (messageParent with targetOrigin); MSAL redirect flow',
    test: 'tests/unit/security/office-dialog.test.ts',
  },
  'tab/host/auth/auth-popup.ts': {
    does: 'teams-js: its message listener, and the token to Teams (notifySuccess/notifyFailure); MSAL',
    test: 'tests/unit/security/teams-window.test.ts',
  },
  'tab/host/auth/teams-auth.ts': {
    does: 'teams-js: the sign-in window’s result from Teams (authenticate); MSAL (NAA, silent)',
    test: 'tests/unit/security/teams-tab.test.ts',
  },
  'tab/host/teams/teams-sdk.ts': {
    does: 'teams-js: app.initialize installs the listener that hears the Teams client (events, config)',
    test: 'tests/unit/security/teams-tab.test.ts',
  },
  'tab/host/browser/session-channel.ts': {
    does: 'tells the user’s other windows of a sign-out (BroadcastChannel: same origin; message parsed, user checked)',
    test: 'tests/unit/security/session-channel.test.ts',
  },
  'tab/host/auth/redirect-bridge.ts': {
    does: 'hands Entra ID’s response on (msal redirect bridge: BroadcastChannel)',
    test: 'tests/unit/security/redirect-bridge.test.ts',
  },
};

/** Calls of these names (as `x.name(…)` or `name(…)`) send messages across windows. */
const messagingCalls = new Set(['postMessage', 'messageParent', 'messageChild']);
/**
 * Libraries that talk to other windows for us: teams-js (postMessage to the Teams client, and its
 * `message` listener) and MSAL (BroadcastChannel, the hosts' NAA bridges). Importing one makes a site.
 */
const messagingLibraries = /^(@microsoft\/teams-js|@azure\/msal-browser)(\/|$)/;
const messagingConstructors = new Set(['BroadcastChannel', 'MessageChannel', 'Worker', 'SharedWorker']);
const listenerMethods = new Set(['addEventListener', 'addEventHandler', 'addHandlerAsync']);

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly what: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : [];
  });
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function stringValue(node: ts.Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

function isMessageEventName(node: ts.Node | undefined): boolean {
  if (node === undefined) return false;
  if (stringValue(node) === 'message' || stringValue(node) === 'messageerror') return true;
  // Office: `EventType.DialogMessageReceived`, `DialogParentMessageReceived`.
  return ts.isPropertyAccessExpression(node) && /MessageReceived$/.test(node.name.text);
}

function targetOriginProperty(node: ts.Node | undefined): ts.Expression | undefined {
  if (node === undefined || !ts.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === 'targetOrigin') {
      return property.initializer;
    }
  }
  return undefined;
}

/** Messaging sites, and breaches of the targetOrigin rules, in one source text. */
function scan(file: string, text: string): { sites: Finding[]; breaches: Finding[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const sites: Finding[] = [];
  const breaches: Finding[] = [];
  const at = (node: ts.Node, what: string): Finding => ({
    file,
    line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    what,
  });
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      if (name !== undefined && listenerMethods.has(name) && isMessageEventName(node.arguments[0])) {
        sites.push(at(node, `${name}(${node.arguments[0]?.getText()})`));
      }
      if (name !== undefined && messagingCalls.has(name)) {
        sites.push(at(node, `${name}(…)`));
        const [message, target] = node.arguments;
        if (stringValue(target) === '*' || stringValue(targetOriginProperty(target)) === '*') {
          breaches.push(at(node, `${name} to '*'`));
        }
        const failureOnly =
          message !== undefined &&
          ts.isCallExpression(message) &&
          calleeName(message.expression) === 'failureMessage';
        if (name === 'messageParent' && targetOriginProperty(target) === undefined && !failureOnly) {
          breaches.push(at(node, 'messageParent without targetOrigin'));
        }
      }
    }
    const imported =
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
        ? stringValue(node.moduleSpecifier)
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
          ? stringValue(node.arguments[0])
          : undefined;
    if (imported !== undefined && messagingLibraries.test(imported)) {
      const typeOnly = ts.isImportDeclaration(node) && node.importClause?.isTypeOnly === true;
      if (!typeOnly) sites.push(at(node, `imports ${imported}`));
    }
    if (ts.isNewExpression(node)) {
      const name = calleeName(node.expression);
      if (name !== undefined && messagingConstructors.has(name)) sites.push(at(node, `new ${name}`));
    }
    // `window.onmessage = …` and a bare `onmessage = …` both reach the identifier.
    if (ts.isIdentifier(node) && node.text === 'onmessage') sites.push(at(node, 'onmessage'));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { sites, breaches };
}

const files = scanned.flatMap(sourceFiles);
const results = files.map((file) => scan(file, readFileSync(path.join(root, file), 'utf8')));
const sites = results.flatMap((r) => r.sites);
const breaches = results.flatMap((r) => r.breaches);
const label = (f: Finding) => `${f.file}:${f.line} ${f.what}`;

describe('cross-window messaging inventory', () => {
  it('scans the sources', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('word-addin/host/auth/auth-dialog.ts');
  });

  it('knows every file that listens to or sends messages', () => {
    const unknown = sites.filter((s) => known[s.file] === undefined).map(label);
    expect(unknown, 'list it in `known` with a test that checks its origin handling').toEqual([]);
  });

  it('lists no file that no longer does', () => {
    const found = new Set(sites.map((s) => s.file));
    expect(Object.keys(known).filter((file) => !found.has(file))).toEqual([]);
  });

  it.each(Object.entries(known))('%s has its origin test', (_, { test }) => {
    expect(existsSync(path.join(root, test))).toBe(true);
  });

  it("never posts to '*', and addresses every Office message that may carry a token", () => {
    expect(breaches.map(label)).toEqual([]);
  });
});

describe('the scanner (it can fail)', () => {
  const probe = (code: string) => scan('probe.ts', code);

  it('finds listeners, senders and channels, but not in comments', () => {
    const found = probe(`
      // window.addEventListener('message', f); parent.postMessage(x, '*');
      /* Office.context.ui.messageParent(token); */
      window.addEventListener('message', (e) => e);
      window.onmessage = () => undefined;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, f);
      Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, f);
      opener.postMessage(data, 'https://kompas.example');
      const channel = new BroadcastChannel('x');
      import { app } from '@microsoft/teams-js';
      import type { AccountInfo } from '@azure/msal-browser';
      const { broadcastResponseToMainFrame } = await import('@azure/msal-browser/redirect-bridge');
    `).sites.map((s) => s.what);
    expect(found).toEqual([
      "addEventListener('message')",
      'onmessage',
      'addEventHandler(Office.EventType.DialogMessageReceived)',
      'addHandlerAsync(Office.EventType.DialogParentMessageReceived)',
      'postMessage(…)',
      'new BroadcastChannel',
      'imports @microsoft/teams-js',
      'imports @azure/msal-browser/redirect-bridge',
    ]);
  });

  it('ignores listeners for other events', () => {
    expect(probe(`window.addEventListener('hashchange', f); x.addEventListener('change', g);`).sites).toEqual(
      [],
    );
  });

  it("flags '*' targets and untargeted messageParent with anything but a failure message", () => {
    const { breaches } = probe(`
      parent.postMessage(token, '*');
      Office.context.ui.messageParent(token, { targetOrigin: '*' });
      Office.context.ui.messageParent(successMessage(result));
      Office.context.ui.messageParent(failureMessage('Unknown', 'x'));
      Office.context.ui.messageParent(message, { targetOrigin: config.appOrigin });
    `);
    expect(breaches.map((b) => `${b.line} ${b.what}`)).toEqual([
      "2 postMessage to '*'",
      "3 messageParent to '*'",
      '4 messageParent without targetOrigin',
    ]);
  });
});
