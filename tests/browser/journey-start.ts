/**
 * `npm start` as a newcomer runs it (README): its own free ports and a fresh data folder, the URLs
 * read from what it prints, and the whole process group stopped at the end (npm, sh, tsx, node).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface RunningStart {
  readonly tabUrl: string;
  readonly wordUrl: string;
  /** Stops the whole process group and removes the data folder. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now (the OS picks it), so parallel runs never clash. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** The environment a terminal would give it: none of vitest's variables, no Kompas settings of this shell. */
function cleanEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key.startsWith('VITEST') || key.startsWith('KOMPAS_')) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // detached: the child leads its own group, so a negative pid reaches npm, sh, tsx and node.
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Starts `npm start` and resolves once it printed both URLs; rejects (and cleans up) otherwise. */
export async function startKompas(timeoutMs = 60_000): Promise<RunningStart> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kompas-journey-'));
  const [emulatorPort, webPort] = [await freePort(), await freePort()];
  const child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: cleanEnv({
      KOMPAS_EMULATOR_PORT: String(emulatorPort),
      KOMPAS_PORT: String(webPort),
      KOMPAS_DATA_DIR: dataDir,
    }),
  });
  let printed = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));

  const stop = async (): Promise<void> => {
    signalGroup(child, 'SIGTERM');
    const killer = setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(killer);
    // npm can exit before its children do: whatever is left of the group goes too.
    signalGroup(child, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const urls = await new Promise<{ tab: string; word: string }>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`npm start printed no URLs in ${timeoutMs} ms`)),
        timeoutMs,
      );
      const check = () => {
        const tab = /^Tab: (http\S+)$/m.exec(printed)?.[1];
        const word = /^Word add-in: (http\S+)$/m.exec(printed)?.[1];
        if (tab !== undefined && word !== undefined) {
          clearTimeout(timer);
          resolve({ tab, word });
        }
      };
      child.stdout?.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited (${String(code)}) before printing its URLs`));
      });
    });
    return { tabUrl: urls.tab, wordUrl: urls.word, stop };
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${printed}`, {
      cause: error,
    });
  }
}
