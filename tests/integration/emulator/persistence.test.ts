import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STATE_FILE } from '../../../devtools/graph-emulator/persistence.ts';
import { startEmulator, type RunningEmulator } from '../../../devtools/graph-emulator/server.ts';
import type { EmulatorStore } from '../../../devtools/graph-emulator/store.ts';
import { ANNE, call, fieldsOf, json } from './helpers.ts';

const dirs: string[] = [];
const running: RunningEmulator[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'graph-emulator-'));
  dirs.push(dir);
  return dir;
}

async function start(
  dataDir: string | undefined,
  seed: (store: EmulatorStore) => void,
): Promise<RunningEmulator> {
  const emulator = await startEmulator({ port: 0, seed, ...(dataDir === undefined ? {} : { dataDir }) });
  running.push(emulator);
  return emulator;
}

const seedTeam = (store: EmulatorStore): void => {
  const team = store.createGroup({
    displayName: 'Jeugd',
    members: [ANNE],
    id: '11111111-2222-3333-4444-555555555555',
  });
  store.createList(team.siteId, {
    displayName: 'KompasTrajecten',
    columns: [{ name: 'KompasId', text: {}, enforceUniqueValues: true }],
  });
};

describe('persistence', () => {
  it('keeps the state across a restart, and seeds only a new data folder', async () => {
    const dir = tempDir();
    const seed = vi.fn(seedTeam);
    const first = await start(dir, seed);
    expect(seed).toHaveBeenCalledTimes(1);
    const items = `/v1.0/groups/11111111-2222-3333-4444-555555555555/sites/root/lists/KompasTrajecten/items`;
    const item = json(
      await call(first.url, 'POST', items, { body: { fields: { Title: 'Bewaard', KompasId: 'p-1' } } }),
    );
    const updated = json(
      await call(first.url, 'PATCH', `${items}/${String(item['id'])}`, {
        body: { fields: { Title: 'Bijgewerkt' } },
      }),
    );
    const event = json(
      await call(first.url, 'POST', '/v1.0/me/events', {
        body: {
          subject: 'Bewaard overleg',
          start: { dateTime: '2025-05-01T10:00:00', timeZone: 'UTC' },
          end: { dateTime: '2025-05-01T11:00:00', timeZone: 'UTC' },
          transactionId: 'tx-bewaard',
        },
      }),
    );
    await first.close();
    expect(readdirSync(dir)).toEqual([STATE_FILE]);

    const second = await start(dir, seed);
    expect(seed).toHaveBeenCalledTimes(1);
    const reread = json(await call(second.url, 'GET', `${items}/${String(item['id'])}?$expand=fields`));
    expect(reread['eTag']).toBe(updated['eTag']);
    expect(fieldsOf(reread)['Title']).toBe('Bijgewerkt');
    const versions = json(await call(second.url, 'GET', `${items}/${String(item['id'])}/versions`))[
      'value'
    ] as unknown[];
    expect(versions).toHaveLength(2);
    // Unique values and the transaction id still hold after the restart.
    expect((await call(second.url, 'POST', items, { body: { fields: { KompasId: 'P-1' } } })).status).toBe(
      409,
    );
    const retried = await call(second.url, 'POST', '/v1.0/me/events', {
      body: {
        subject: 'Bewaard overleg',
        start: { dateTime: '2025-05-01T10:00:00', timeZone: 'UTC' },
        end: { dateTime: '2025-05-01T11:00:00', timeZone: 'UTC' },
        transactionId: 'tx-bewaard',
      },
    });
    expect(json(retried)['id']).toBe(event['id']);
    expect(second.store.joinedGroups(ANNE).map((g) => g.displayName)).toEqual(['Jeugd']);
  });

  it('writes changes without waiting for close', async () => {
    const dir = tempDir();
    const emulator = await start(dir, () => undefined);
    await call(emulator.url, 'POST', '/v1.0/sites/root/lists', { body: { displayName: 'Snel' } });
    await vi.waitFor(
      async () => {
        const copy = await startEmulator({ port: 0, dataDir: dir });
        running.push(copy);
        expect(copy.store.list('root', 'Snel')).toBeDefined();
      },
      { timeout: 3000, interval: 300 },
    );
  });

  it('keeps memory-only state without a data folder and seeds on every start', async () => {
    const seed = vi.fn(seedTeam);
    await start(undefined, seed);
    await start(undefined, seed);
    expect(seed).toHaveBeenCalledTimes(2);
  });

  it('refuses a state file it cannot read, instead of starting empty', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, STATE_FILE), '{"format":1,"sites":"kapot"}');
    await expect(startEmulator({ port: 0, dataDir: dir })).rejects.toThrow(/does not match/);
  });
});
