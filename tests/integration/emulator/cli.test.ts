import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { USAGE, parseCommandLine } from '../../../devtools/graph-emulator/cli-args.ts';
import { STATE_FILE } from '../../../devtools/graph-emulator/persistence.ts';
import { ANNE, call } from './helpers.ts';

const started: ChildProcessWithoutNullStreams[] = [];
const dirs: string[] = [];

/** Its own process group, so a signal reaches npx, tsx and node alike, as Ctrl-C in a terminal does. */
function runCli(args: readonly string[]): ChildProcessWithoutNullStreams {
  const child = spawn('npx', ['tsx', 'devtools/graph-emulator/cli.ts', ...args], {
    cwd: process.cwd(),
    env: process.env,
    detached: true,
  });
  started.push(child);
  return child;
}

function signalGroup(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null)
    process.kill(-child.pid, signal);
}

afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      signalGroup(child, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  const lines = createInterface({ input: child.stdout });
  const [line] = (await once(lines, 'line')) as [string];
  lines.close();
  return line;
}

function collectExit(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return once(child, 'exit').then(([code]) => ({ code: code as number | null, stderr }));
}

describe('cli', () => {
  it('prints the listening line first, serves Graph, and on SIGTERM saves and stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'graph-emulator-cli-'));
    dirs.push(dir);
    const child = runCli(['--port', '0', '--seed', 'none', '--data', dir]);
    const exited = collectExit(child);
    const line = await firstLine(child);
    const match = /^Graph emulator listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
    expect(match, line).not.toBeNull();
    const url = match?.[1] ?? '';
    expect((await call(url, 'GET', '/v1.0/me', { token: null })).status).toBe(401);
    expect((await call(url, 'GET', '/v1.0/me', { token: ANNE })).status).toBe(200);
    const created = await call(url, 'POST', '/v1.0/sites/root/lists', {
      body: { displayName: 'Net voor het stoppen' },
    });
    expect(created.status).toBe(201);

    // Sooner than the write delay, so only the graceful close can have saved it.
    signalGroup(child, 'SIGTERM');
    await exited;
    // npx may exit before the emulator's own process has finished closing.
    await vi.waitFor(
      async () => {
        await expect(fetch(`${url}/v1.0/me`)).rejects.toThrow();
        expect(readFileSync(join(dir, STATE_FILE), 'utf8')).toContain('Net voor het stoppen');
      },
      { timeout: 5000, interval: 100 },
    );
  });

  it('exits with 2 and a clear message on bad arguments', async () => {
    const { code, stderr } = await collectExit(runCli(['--port', 'abc']));
    expect(code).toBe(2);
    expect(stderr).toContain('--port must be a number');
    expect(stderr).toContain(USAGE);
  });

  it('validates every argument', () => {
    const refused: [string[], string][] = [
      [[], '--port is required'],
      [['--port', '70000'], 'at most 65535'],
      [['--port', '0', '--seed', 'tiny'], '--seed must be demo, large or none'],
      [['--port', '0', '--poort', '1'], "Unknown option '--poort'"],
      [['--port', '0', 'extra'], 'extra'],
    ];
    for (const [argv, message] of refused) {
      const parsed = parseCommandLine(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain(message);
    }
    expect(parseCommandLine(['--port', '5010', '--data', '.data/graph', '--seed', 'large'])).toEqual({
      ok: true,
      args: { port: 5010, data: '.data/graph', seed: 'large', host: '127.0.0.1' },
    });
    expect(parseCommandLine(['--port', '0'])).toMatchObject({ ok: true, args: { seed: 'none' } });
  });
});
