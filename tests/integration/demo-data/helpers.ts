/** The Graph store over an emulator seeded with a demo-data seed, through real HTTP. */
import { z } from 'zod';
import { startEmulator, type RunningEmulator, type Seed } from '../../../devtools/graph-emulator/server.ts';
import { GraphTrajectRepository } from '../../../shared/graph/graph-repository.ts';
import { teamSitePath } from '../../../shared/graph/items.ts';
import { GraphTransport } from '../../../shared/graph/transport.ts';

export const StatsSchema = z.object({
  requests: z.number(),
  byRoute: z.record(z.string(), z.number()),
  batchSubRequests: z.number(),
});

export interface SeededGraph {
  readonly emulator: RunningEmulator;
  /** How long the seed took, in milliseconds. */
  readonly seedMs: number;
  transport(user?: string): GraphTransport;
  repo(
    groupId: string,
    options?: { readonly user?: string; readonly pageSize?: number },
  ): GraphTrajectRepository;
  stats(): Promise<z.infer<typeof StatsSchema>>;
  resetStats(): Promise<void>;
}

export async function startSeeded(seed: Seed): Promise<SeededGraph> {
  let seedMs = 0;
  const emulator = await startEmulator({
    port: 0,
    seed: async (store) => {
      const started = performance.now();
      await seed(store);
      seedMs = performance.now() - started;
    },
  });
  const transport = (user = 'demo@voorbeeldstad.nl') =>
    new GraphTransport({
      baseUrl: `${emulator.url}/v1.0`,
      tokens: { getToken: () => Promise.resolve(user) },
      retry: { baseDelayMs: 20, maxDelayMs: 200 },
      timeoutMs: 20_000,
    });
  return {
    emulator,
    seedMs,
    transport,
    repo: (groupId, options = {}) =>
      new GraphTrajectRepository({
        transport: transport(options.user),
        sitePath: teamSitePath(groupId),
        ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
      }),
    stats: async () => StatsSchema.parse(await (await fetch(`${emulator.url}/_emulator/stats`)).json()),
    resetStats: async () => {
      await fetch(`${emulator.url}/_emulator/stats/reset`, { method: 'POST' });
    },
  };
}
