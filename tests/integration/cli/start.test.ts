/**
 * `npm start` (devtools/start.ts): starts the emulator with the demo seed and the web app behind
 * its proxy, prints its three lines, stops cleanly on Ctrl+C, and says which port is taken.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { STATE_FILE } from '../../../devtools/graph-emulator/persistence.ts';

const started: ChildProcessWithoutNullStreams[] = [];
const dirs: string[] = [];
const servers: Server[] = [];

/**
 * What `npm start` runs (tsx, here as a loader in one node process, so its exit code is the
 * script's), in its own process group so a signal reaches it and its helpers as Ctrl+C does.
 */
function npmStart(env: Record<string, string>): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['--import', 'tsx', 'devtools/start.ts'], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    detached: true,
  });
  started.push(child);
  return child;
}

function signalGroup(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null)
    process.kill(-child.pid, signal);
}

afterEach(async () => {
  for (const child of started.splice(0)) {
    try {
      signalGroup(child, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Holds a port on every address, as another program would. */
async function occupy(port: number): Promise<void> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, resolve));
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-start-'));
  dirs.push(dir);
  return dir;
}

async function lines(child: ChildProcessWithoutNullStreams, count: number): Promise<string[]> {
  const reader = createInterface({ input: child.stdout });
  const out: string[] = [];
  for await (const line of reader) {
    out.push(line);
    if (out.length === count) break;
  }
  return out;
}

function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return once(child, 'exit').then(([code]) => ({ code: code as number | null, stderr }));
}

describe('npm start', () => {
  it('starts the emulator with the demo data and the web app, prints three lines, and stops on Ctrl+C', async () => {
    const [emulatorPort, webPort] = [await freePort(), await freePort()];
    const dataDir = tempDir();
    const child = npmStart({
      KOMPAS_EMULATOR_PORT: String(emulatorPort),
      KOMPAS_PORT: String(webPort),
      KOMPAS_DATA_DIR: dataDir,
    });
    const done = exited(child);
    const printed = await lines(child, 3);

    expect(printed[0]).toBe(`Graph emulator listening on http://127.0.0.1:${emulatorPort}`);
    expect(printed[1]).toBe(`Tab: http://localhost:${webPort}/tab/`);
    const addIn = existsSync(join(process.cwd(), 'word-addin', 'index.html'));
    expect(printed[2]).toBe(
      addIn ? `Word add-in: http://localhost:${webPort}/word-addin/` : 'Word add-in: (nog niet beschikbaar)',
    );

    const tab = await fetch(`http://localhost:${webPort}/tab/`);
    expect(tab.status).toBe(200);
    expect(await tab.text()).toContain('<div id="root"></div>');
    // The proxy reaches the emulator, which holds the demo team.
    const teams = await fetch(`http://localhost:${webPort}/graph/v1.0/me/joinedTeams`, {
      headers: { Authorization: 'Bearer demo@voorbeeldstad.nl' },
    });
    expect(teams.status).toBe(200);
    expect(await teams.text()).toContain('Jeugd Voorbeeldstad');

    signalGroup(child, 'SIGINT');
    const { code } = await done;
    expect(code).toBe(0);
    // The emulator saved its state on the way out, with the seed in it.
    expect(readFileSync(join(dataDir, STATE_FILE), 'utf8')).toContain('Gemeente Voorbeeldstad');
    await expect(fetch(`http://127.0.0.1:${emulatorPort}/v1.0/me`)).rejects.toThrow();
  });

  it('names the port that is taken and how to choose another', async () => {
    const [taken, free, otherTaken, otherFree] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    await occupy(taken);
    await occupy(otherTaken);
    const [first, second] = await Promise.all([
      exited(
        npmStart({
          KOMPAS_EMULATOR_PORT: String(taken),
          KOMPAS_PORT: String(free),
          KOMPAS_DATA_DIR: tempDir(),
        }),
      ),
      exited(
        npmStart({
          KOMPAS_EMULATOR_PORT: String(otherFree),
          KOMPAS_PORT: String(otherTaken),
          KOMPAS_DATA_DIR: tempDir(),
        }),
      ),
    ]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain(`Poort ${taken} is al in gebruik, dus de Graph-emulator kan niet starten`);
    expect(first.stderr).toContain('KOMPAS_EMULATOR_PORT=<poort> npm start');

    const webPort = otherTaken;
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`Poort ${webPort} is al in gebruik, dus de web-app kan niet starten`);
    expect(second.stderr).toContain('KOMPAS_PORT=<poort> npm start');
  });
});
