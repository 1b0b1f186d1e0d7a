/**
 * `npm run bench`: prints figures as `name: value unit`, one per line, so runs can be compared.
 * Counts are exact (requests counted at the client's fetch); timings are medians over several runs
 * on this machine and are reported, never asserted.
 */
import { performance } from 'node:perf_hooks';
import {
  DEMO_GROUP_ID,
  DEMO_TRAJECT_ID,
  DEMO_USER,
  LARGE_BIG_TRAJECT_ID,
  LARGE_GROUP_ID,
  seeds,
  type SeedName,
} from '../demo-data/index.ts';
import { startEmulator } from '../graph-emulator/server.ts';
import { getEdition } from '../../shared/content/index.ts';
import { antwoordId } from '../../shared/domain/model.ts';
import { renderDocx } from '../../shared/document/docx.ts';
import { toFlatOpc } from '../../shared/document/ooxml.ts';
import { renderKompas } from '../../shared/document/render.ts';
import { GraphTrajectRepository, GraphTransport, teamSitePath } from '../../shared/graph/index.ts';

function print(name: string, value: number, unit: string): void {
  console.log(`${name}: ${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

async function timed<T>(runs: number, f: () => Promise<T> | T): Promise<{ ms: number; last: T }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await f();
    times.push(performance.now() - start);
  }
  return { ms: median(times), last: last as T };
}

async function withSeed<T>(
  seed: SeedName,
  groupId: string,
  f: (repo: GraphTrajectRepository, requests: () => number, url: string) => Promise<T>,
): Promise<T> {
  const emulator = await startEmulator({ port: 0, seed: seeds[seed] });
  let count = 0;
  const counting: typeof fetch = (input, init) => {
    count += 1;
    return fetch(input, init);
  };
  try {
    const transport = new GraphTransport({
      baseUrl: `${emulator.url}/v1.0`,
      tokens: { getToken: () => Promise.resolve(DEMO_USER.upn) },
      fetch: counting,
    });
    const repo = new GraphTrajectRepository({ transport, sitePath: teamSitePath(groupId) });
    return await f(repo, () => count, emulator.url);
  } finally {
    await emulator.close();
  }
}

async function main(): Promise<void> {
  const edition = getEdition('sgg');

  await withSeed('demo', DEMO_GROUP_ID, async (repo, requests) => {
    const id = DEMO_TRAJECT_ID;
    let before = requests();
    const snapshot = await repo.openTraject(id);
    print('graph.requests.open_overzicht.demo', requests() - before, 'requests');

    const answer = snapshot.antwoorden.find((a) => a.id === antwoordId(id, '0A.vraagstuk'));
    if (answer === undefined) throw new Error('the demo seed has no answer to 0A.vraagstuk');
    before = requests();
    const { version, ...rest } = answer;
    await repo.save('antwoord', { ...rest, revisie: rest.revisie + 1 }, version);
    print('graph.requests.save_answer', requests() - before, 'requests');
  });

  await withSeed('large', LARGE_GROUP_ID, async (repo, requests, url) => {
    const id = LARGE_BIG_TRAJECT_ID;
    const before = requests();
    const snapshot = await repo.openTraject(id);
    print('graph.requests.open_overzicht.large', requests() - before, 'requests');

    const open = await timed(7, () => repo.openTraject(id));
    const roundTrip = await timed(15, () =>
      fetch(`${url}/v1.0/me`, { headers: { authorization: `Bearer ${DEMO_USER.upn}` } }),
    );
    print('store.open_traject_ms.large', open.ms, 'ms');
    print('store.open_traject_ratio.large', open.ms / roundTrip.ms, 'x round trip');
    print(
      'store.items.large',
      Object.values(snapshot)
        .filter(Array.isArray)
        .reduce((n, xs) => n + xs.length, 0),
      'items',
    );

    const input = {
      edition,
      selection: { kind: 'kompas' } as const,
      snapshot,
      options: { guidance: 'include' as const },
    };
    const render = await timed(5, () => toFlatOpc(renderKompas(input)));
    print('word.render_ms.full', render.ms, 'ms');
    const docx = await timed(5, () => renderDocx(input));
    print('docx.export_ms.large', docx.ms, 'ms');
    print('docx.bytes.large', docx.last.byteLength, 'bytes');
  });
}

async function wordSyncs(): Promise<void> {
  // The fake Word object model counts context.sync() calls exactly as Office batches them.
  const { measureWordSyncs } = await import('../../tests/unit/word/sync-bench.ts');
  const s = await measureWordSyncs();
  print('word.syncs.insert_full', s.insert, 'syncs');
  print('word.syncs.fill_full', s.fill, 'syncs');
  print('word.syncs.check', s.check, 'syncs');
}

await main();
await wordSyncs();
