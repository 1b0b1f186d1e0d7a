/**
 * `npm run bench`: prints figures as `name: value unit`, one per line, so runs can be compared;
 * nothing else goes to stdout (progress goes to stderr). Counts are exact (requests counted at the
 * client's fetch); timings are medians over several runs on this machine and are reported, never
 * asserted. Sizes are of a production build made for the run under `.tmp/bench-build`.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
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
import { GraphCalendar } from '../../shared/graph/calendar.ts';
import { planReflectie } from '../../shared/application/reflectie/overleg.ts';
import { hostPages, initialJs, productionBuild } from './bundle-size.ts';
import { measureOverzicht } from './overzicht.ts';

const root = path.resolve(import.meta.dirname, '../..');
const buildDir = path.join(root, '.tmp/bench-build');

function progress(message: string): void {
  console.error(`bench: ${message}`);
}

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

/** Requests the Graph calendar adapter sends for one planReflectie (the outbox's saves are faked). */
async function planReflectieRequests(): Promise<void> {
  // The wiring of tests/integration/calendar/plan.test.ts: its partnership, context and form.
  const { testContext } = await import('../../tests/unit/reflectie/fakes.ts');
  const { partnership } = await import('../../tests/unit/reflectie/traject.ts');
  const emulator = await startEmulator({ port: 0 });
  let count = 0;
  try {
    const transport = new GraphTransport({
      baseUrl: `${emulator.url}/v1.0`,
      tokens: { getToken: () => Promise.resolve(DEMO_USER.upn) },
      fetch: (input, init) => {
        count += 1;
        return fetch(input, init);
      },
    });
    const records = partnership().build();
    await planReflectie(
      { ...testContext(), calendar: new GraphCalendar(transport) },
      {
        traject: records.traject,
        records,
        form: {
          bouwstenen: ['2'],
          start: '2027-01-12T14:00',
          eind: '2027-01-12T15:30',
          tijdzone: 'Europe/Amsterdam',
          deelnemers: [{ partnerId: 'partner-ggd' }],
          herhaling: { frequentie: { interval: 3, unit: 'maanden' } },
        },
        link: 'https://teams.microsoft.com/l/entity/app/traject?context=%7B%22subEntityId%22%3A%22reflectie%22%7D',
      },
    );
    print('graph.requests.plan_reflectie', count, 'requests');
  } finally {
    await emulator.close();
  }
}

/** gzip KiB (1,024 bytes) of what each host's first paint downloads; see bundle-size.ts. */
async function bundleSizes(): Promise<void> {
  progress(`building for production into ${path.relative(root, buildDir)}`);
  await productionBuild(buildDir);
  const tab = await initialJs(buildDir, hostPages.tab);
  const addin = await initialJs(buildDir, hostPages.addin);
  print('tab.initial_js_gzip_kb', tab.gzipBytes / 1024, 'KiB');
  print('addin.initial_js_gzip_kb', addin.gzipBytes / 1024, 'KiB');
  // Two hosts, two first paints (Teams and Word share no cache): the sum, shared chunks twice.
  print('initial_js_gzip_kb.total', (tab.gzipBytes + addin.gzipBytes) / 1024, 'KiB');
}

/** The tab's Overzicht of the large traject in Chromium, against Graph 50 ms away; see overzicht.ts. */
async function overzicht(): Promise<void> {
  const { overzichtMs, roundTripMs } = await measureOverzicht({
    outDir: buildDir,
    runs: 5,
    roundTrips: 15,
    latencyMs: 50,
    progress,
  });
  const ms = median(overzichtMs);
  print('tab.overzicht_ms.large', ms, 'ms');
  print('tab.overzicht_ratio.large', ms / median(roundTripMs), 'x round trip');
}

async function wordSyncs(): Promise<void> {
  // The fake Word object model counts context.sync() calls exactly as Office batches them.
  const { measureWordSyncs } = await import('../../tests/unit/word/sync-bench.ts');
  const s = await measureWordSyncs();
  print('word.syncs.insert_full', s.insert, 'syncs');
  print('word.syncs.fill_full', s.fill, 'syncs');
  print('word.syncs.check', s.check, 'syncs');
}

const started = performance.now();
await main();
await wordSyncs();
await planReflectieRequests();
try {
  await bundleSizes();
  await overzicht();
} finally {
  await rm(buildDir, { recursive: true, force: true });
}
progress(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
