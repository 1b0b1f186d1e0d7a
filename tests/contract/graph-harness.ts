/**
 * The Graph store over the local emulator with real HTTP on loopback: one team, its site
 * provisioned, and handles on the emulator's test controls (faults, stats).
 */
import { z } from 'zod';
import { startEmulator } from '../../devtools/graph-emulator/server.ts';
import type { EmulatorStore } from '../../devtools/graph-emulator/store.ts';
import { GraphTrajectRepository } from '../../shared/graph/graph-repository.ts';
import { teamSitePath } from '../../shared/graph/items.ts';
import { provisionSite } from '../../shared/graph/provisioning.ts';
import type { RetryPolicy, Sleep } from '../../shared/graph/retry.ts';
import { GraphTransport, type FetchLike } from '../../shared/graph/transport.ts';

export const USER = 'anna@voorbeeldstad.nl';

const StatsSchema = z.object({
  requests: z.number(),
  byRoute: z.record(z.string(), z.number()),
  batchSubRequests: z.number(),
  faultsInjected: z.number(),
  earlyRetries: z.number(),
  droppedResponses: z.number().optional(),
});
export type Stats = z.infer<typeof StatsSchema>;

export interface FaultConfig {
  readonly rate?: number;
  readonly statuses?: readonly number[];
  readonly retryAfterSeconds?: number;
  readonly latencyMs?: number;
  readonly latencyJitterMs?: number;
  readonly seed?: number;
  readonly dropResponseRate?: number;
}

export interface TransportOptions {
  readonly user?: string;
  readonly retry?: Partial<RetryPolicy>;
  readonly fetch?: FetchLike;
  readonly sleep?: Sleep;
  readonly timeoutMs?: number;
}

export interface StoreHarness {
  readonly url: string;
  readonly store: EmulatorStore;
  readonly groupId: string;
  readonly siteId: string;
  readonly sitePath: string;
  transport(options?: TransportOptions): GraphTransport;
  repo(options?: TransportOptions & { readonly pageSize?: number }): GraphTrajectRepository;
  stats(): Promise<Stats>;
  resetStats(): Promise<void>;
  faults(config: FaultConfig): Promise<void>;
  clearFaults(): Promise<void>;
  /** A second team with an empty site. */
  newTeam(name: string): { groupId: string; siteId: string; sitePath: string };
  close(): Promise<void>;
}

async function control(url: string, method: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

export async function startStoreHarness(options: { provision?: boolean } = {}): Promise<StoreHarness> {
  const emulator = await startEmulator({ port: 0 });
  const base = emulator.url.replace(/\/+$/, '');
  const store = emulator.store;
  const newTeam = (name: string) => {
    const group = store.createGroup({
      displayName: name,
      members: [USER, 'bram@voorbeeldstad.nl', 'chris@voorbeeldstad.nl'],
    });
    return { groupId: group.id, siteId: group.siteId, sitePath: teamSitePath(group.id) };
  };
  const team = newTeam('Kompas Voorbeeldstad');
  const transport = (t: TransportOptions = {}): GraphTransport =>
    new GraphTransport({
      baseUrl: `${base}/v1.0`,
      tokens: { getToken: () => Promise.resolve(t.user ?? USER) },
      retry: { baseDelayMs: 20, maxDelayMs: 200, ...t.retry },
      ...(t.fetch === undefined ? {} : { fetch: t.fetch }),
      ...(t.sleep === undefined ? {} : { sleep: t.sleep }),
      timeoutMs: t.timeoutMs ?? 10_000,
    });
  if (options.provision !== false) await provisionSite(transport(), team.sitePath);
  return {
    url: base,
    store,
    ...team,
    transport,
    repo: (o = {}) =>
      new GraphTrajectRepository({
        transport: transport(o),
        sitePath: team.sitePath,
        ...(o.pageSize === undefined ? {} : { pageSize: o.pageSize }),
      }),
    stats: async () => StatsSchema.parse(await control(`${base}/_emulator/stats`, 'GET')),
    resetStats: async () => {
      await control(`${base}/_emulator/stats/reset`, 'POST');
    },
    faults: async (config) => {
      await control(`${base}/_emulator/faults`, 'POST', config);
    },
    clearFaults: async () => {
      await control(`${base}/_emulator/faults`, 'DELETE');
    },
    newTeam,
    close: () => emulator.close(),
  };
}
